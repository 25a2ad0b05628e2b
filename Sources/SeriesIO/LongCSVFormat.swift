/// TargetTrack's own interchange format, one observation per row:
///
///     series,period,measure,value,unit,released,source
///     gdp,2013-Q3,ytd_growth,10.1,%,2013-10-25,省统计局月报
///
/// - `period`: `YYYY-MM` (January–MM for year-to-date measures, the month itself for month
///   measures), `YYYY-Qn` or `YYYY`; or a label as bureaus print it (`ReleasePeriodLabel`:
///   `2014/2`, `2014-2`, `2014年2月`, `2014年1-2月`, and `1-2月` when the reader is given the year);
/// - `measure`: a `Measure` raw value (`ytd_value`, `ytd_growth`, `month_value`, …) or a printed
///   name (`Measure(printedName:)`: 累计值, 累计同比 …); a milestone's value is a `MilestoneState`
///   (`done`, `in_progress`, `not_started`, `late`);
/// - `value`: a number, also as a spreadsheet shows it (`1,234.5`, `18.5%`: `ReleaseCell`); a
///   blank, `—`, `…`, `-`, `NA` or another `MissingValue` mark means missing (no observation,
///   never zero), while `-3.2` is a number;
/// - `released`: `YYYY-MM-DD` or blank when unknown; `unit` and `source` are free text.
///
/// Columns may come in any order, under their English or Chinese names (`LongCSVHeaderName`:
/// 指标,期间,口径,数值,单位,发布日期,来源); `unit`, `released` and `source` may be left out.
public enum LongCSVFormat {
    public static let header = ["series", "period", "measure", "value", "unit", "released", "source"]
    /// Columns a file must have.
    public static let requiredColumns = ["series", "period", "measure", "value"]
}
