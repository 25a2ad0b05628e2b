/// The names a long CSV file's header may give its columns: `LongCSVFormat.header`'s English
/// names (any case), or the Chinese ones a spreadsheet user types.
///
///     指标,期间,口径,数值,单位,发布日期,来源
///     gdp,2014年1-2月,累计同比,8.5,%,2014-03-20,省统计局
///
/// | column | Chinese names |
/// |---|---|
/// | `series` | 指标, 指标名称, 系列, 序列 |
/// | `period` | 期间, 时期, 时间, 统计期, 月份 |
/// | `measure` | 口径, 统计口径, 指标口径 |
/// | `value` | 数值, 值, 数据 |
/// | `unit` | 单位, 计量单位 |
/// | `released` | 发布日期, 公布日期, 发布时间 |
/// | `source` | 来源, 数据来源, 资料来源 |
///
/// Edge Cases: surrounding spaces (ASCII or full-width) are ignored; a name that is none of
/// these is kept (lower-cased) as an extra column, which readers ignore.
public enum LongCSVHeaderName {
    /// `LongCSVFormat.header` in Chinese, column for column.
    public static let chineseHeader = ["指标", "期间", "口径", "数值", "单位", "发布日期", "来源"]

    /// The Chinese names, by the English column each stands for.
    public static let chinese: [String: String] = [
        "指标": "series", "指标名称": "series", "系列": "series", "序列": "series",
        "期间": "period", "时期": "period", "时间": "period", "统计期": "period", "月份": "period",
        "口径": "measure", "统计口径": "measure", "指标口径": "measure",
        "数值": "value", "值": "value", "数据": "value",
        "单位": "unit", "计量单位": "unit",
        "发布日期": "released", "公布日期": "released", "发布时间": "released",
        "来源": "source", "数据来源": "source", "资料来源": "source",
    ]

    /// The column a header cell names: one of `LongCSVFormat.header` for a known English or
    /// Chinese name, else the cell trimmed and lower-cased.
    public static func column(_ cell: String) -> String {
        let name = cell.trimmingSpaces
        return chinese[name] ?? name.lowercased()
    }

    /// Whether header cells name a long CSV file: every required column is there, in any order
    /// and under either name.
    public static func isLongHeader(_ cells: [String]) -> Bool {
        let columns = Set(cells.map(column))
        return LongCSVFormat.requiredColumns.allSatisfy(columns.contains)
    }
}
