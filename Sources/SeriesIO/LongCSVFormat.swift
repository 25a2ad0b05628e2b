/// TargetTrack's own interchange format, one observation per row:
///
///     series,period,measure,value,unit,released,source
///     gdp,2013-Q3,ytd_growth,10.1,%,2013-10-25,省统计局月报
///
/// - `period`: `YYYY-MM` (January–MM for year-to-date measures, the month itself for month
///   measures), `YYYY-Qn` or `YYYY`;
/// - `measure`: a `Measure` raw value (`ytd_value`, `ytd_growth`, `month_value`, …); a milestone's
///   value is a `MilestoneState` (`done`, `in_progress`, `not_started`, `late`);
/// - `value`: a number; a blank, `—`, `…`, `-`, `NA` or another `MissingValue` mark means missing
///   (no observation, never zero), while `-3.2` is a number;
/// - `released`: `YYYY-MM-DD` or blank when unknown; `unit` and `source` are free text.
///
/// Columns may come in any order; `unit`, `released` and `source` may be left out.
public enum LongCSVFormat {
    public static let header = ["series", "period", "measure", "value", "unit", "released", "source"]
    /// Columns a file must have.
    public static let requiredColumns = ["series", "period", "measure", "value"]
}
