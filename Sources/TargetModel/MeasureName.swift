/// Measure names as statistics bureaus print them in a table's header or a spreadsheet's
/// `口径` column, mapped to `Measure`.
///
/// | measure | printed names |
/// |---|---|
/// | `ytd_value` | 累计值, 累计, 累计数, 本年累计 |
/// | `ytd_growth` | 累计增长, 累计同比, 累计增速, 累计同比增长, 累计增长率, 本年累计增长 |
/// | `month_value` | 当月值, 当月, 当月数, 本月, 本月值 |
/// | `month_growth` | 当月同比, 当月增长, 当月增速, 当月同比增长, 本月同比, 本月增长 |
/// | `ytd_avg_index` | 累计平均 (上年=100), 累计平均 (上年同期=100), 累计平均指数 |
/// | `level` | 期末值, 期末, 期末数, 月末值 |
/// | `annual_value` | 全年值, 年度值 |
/// | `annual_growth` | 全年增长, 年度增长, 比上年增长 |
/// | `progress` | 完成进度, 完成数, 完成量 |
/// | `milestone` | 进展, 进展情况, 节点 |
///
/// Edge Cases: spaces (ASCII or full-width) are ignored, full-width brackets and `＝` read as
/// ASCII, and a trailing `(%)` or `%` is dropped (`累计增长(%)`); `Measure`'s own raw values
/// are read in any case (`YTD_Growth`); anything else is `nil`.
extension Measure {
    /// The measure a printed name stands for, or `nil` when it is none of the names above.
    public init?(printedName text: String) {
        var name = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x20, 0x3000, 0x09, 0xA0: continue
            case 0xFF08: name.append("(")
            case 0xFF09: name.append(")")
            case 0xFF1D: name.append("=")
            case 0xFF05: name.append("%")
            default: name.append(scalar)
            }
        }
        var key = String(name)
        for suffix in ["(%)", "%"] where key.hasSuffix(suffix) { key.removeLast(suffix.count) }
        guard let measure = Self.printedNames[key] ?? Self(rawValue: key.lowercased()) else { return nil }
        self = measure
    }

    /// The printed names, spaces removed, brackets and `=` in ASCII.
    public static let printedNames: [String: Measure] = [
        "累计值": .ytdValue, "累计": .ytdValue, "累计数": .ytdValue, "本年累计": .ytdValue,
        "累计增长": .ytdGrowth, "累计同比": .ytdGrowth, "累计增速": .ytdGrowth, "累计同比增长": .ytdGrowth,
        "累计增长率": .ytdGrowth, "本年累计增长": .ytdGrowth,
        "当月值": .monthValue, "当月": .monthValue, "当月数": .monthValue, "本月": .monthValue, "本月值": .monthValue,
        "当月同比": .monthGrowth, "当月增长": .monthGrowth, "当月增速": .monthGrowth, "当月同比增长": .monthGrowth,
        "本月同比": .monthGrowth, "本月增长": .monthGrowth,
        "累计平均(上年=100)": .ytdAvgIndex, "累计平均(上年同期=100)": .ytdAvgIndex, "累计平均指数": .ytdAvgIndex,
        "期末值": .level, "期末": .level, "期末数": .level, "月末值": .level,
        "全年值": .annualValue, "年度值": .annualValue,
        "全年增长": .annualGrowth, "年度增长": .annualGrowth, "比上年增长": .annualGrowth,
        "完成进度": .progress, "完成数": .progress, "完成量": .progress,
        "进展": .milestone, "进展情况": .milestone, "节点": .milestone,
    ]
}
