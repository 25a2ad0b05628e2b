import TargetModel
/// What is projected for a target: the year-end figure of one measure of its series.
///
/// Every monthly measure is read as a path of year-to-date figures, one per month, whose December
/// value is the outcome: `carry_forward` takes the newest figure of that path as the outcome.
public enum YearEndMeasure: String, Sendable, Codable, CaseIterable {
    /// December year-to-date growth in % (规上工业增加值 +12 %, 投资/社零 growth): read from
    /// `ytd_growth`, else computed from `ytd_value` or `month_value` against last year.
    case ytdGrowth = "ytd_growth"
    /// The year's total in the series' unit (投资 亿元): December `ytd_value`, or the sum of
    /// `month_value`.
    case yearTotal = "year_total"
    /// December year-to-date average index, last year = 100 (CPI 102.6): `ytd_avg_index`, else
    /// 100 + the mean of `month_growth` so far.
    case yearAverageIndex = "year_average_index"
    /// The level at the end of the year (失业率): December `level`.
    case yearEndLevel = "year_end_level"
    /// A figure published once a year (粮食总产, 能耗): `annual_value` or `annual_growth`.
    case annual
    /// Cumulative completion against a level target (保障房开工 26万套): December `progress`.
    case progress

    /// The measure a target is judged on, given what its series carries; `nil` when the series has
    /// nothing that measures the target.
    ///
    /// Edge cases: a growth target whose series carries both `ytd_growth` and `ytd_value` is judged
    /// on the published growth; a level target on a series with only growth rates has no measure.
    public static func of(_ target: Target, in series: SeriesData) -> YearEndMeasure? {
        let has = { (m: Measure) in !(series.values[m]?.isEmpty ?? true) }
        if has(.progress) { return .progress }
        switch target.kind {
        case .milestone:
            return nil
        case .growthRate:
            return growth(in: series)
        case .level, .ratio:
            if has(.level) { return .yearEndLevel }
            if has(.ytdValue) || has(.monthValue) { return .yearTotal }
            if has(.annualValue) || has(.annualGrowth) { return .annual }
            if has(.ytdAvgIndex) { return .yearAverageIndex }
            return has(.ytdGrowth) ? .ytdGrowth : nil
        }
    }

    /// The measure a growth rate on the series is read from (a growth target's measure, and the
    /// reading of an indicator the indicator bridge regresses on): the year-to-date average index,
    /// else year-to-date growth (published or from amounts), else the mean of single-month growth,
    /// else annual figures, else the level; `nil` when the series has none of them.
    public static func growth(in series: SeriesData) -> YearEndMeasure? {
        let has = { (m: Measure) in !(series.values[m]?.isEmpty ?? true) }
        if has(.ytdAvgIndex) { return .yearAverageIndex }
        if has(.ytdGrowth) || has(.ytdValue) || has(.monthValue) { return .ytdGrowth }
        if has(.monthGrowth) { return .yearAverageIndex }
        if has(.annualGrowth) || has(.annualValue) { return .annual }
        return has(.level) ? .yearEndLevel : nil
    }

    /// Whether the target's comparator reads this measure as a growth rate in % (for P(meet)):
    /// an average index of 102.6 is judged as growth 2.6.
    public var indexOffset: Double { self == .yearAverageIndex ? 100 : 0 }

    /// Whether the year-to-date figure is a cumulative amount that grows to the year-end value
    /// (year totals, progress): never itself a projection of the year-end.
    public var isCumulative: Bool { self == .yearTotal || self == .progress }
}
