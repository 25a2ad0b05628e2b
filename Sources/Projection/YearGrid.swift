import TargetModel

/// One series laid out by year and month for year-end projection: its `YearToDatePath` (the
/// year-to-date figures, single-month levels and month weights every part of TargetTrack reads
/// the same way) plus the single-month changes the pace model extrapolates. Flat arrays indexed
/// `year * 12 + (month − 1)`, with `.nan` marking a missing value (internal only; nothing NaN
/// leaves the module).
///
/// - `monthChange`: single-month change on the same month last year: growth in % for amounts and
///   indices, the difference in points for `.yearEndLevel`.
package struct YearGrid: Sendable {
    package let measure: YearEndMeasure
    package let firstYear: Int
    package let yearCount: Int
    /// The arrays, shared by every copy of the grid: batches copy grids often (into the arrays
    /// each model serves, while looping), and one reference is one retain where five arrays
    /// would be five.
    private var columns: Columns

    var path: [Double] { columns.path }
    var level: [Double] { columns.level }
    var monthChange: [Double] { columns.monthChange }
    var weight: [Double] { columns.weight }
    /// The year-to-date readings of the series' related indicators (`IndicatorLinks`), each laid
    /// out like `path`; empty when none is attached (see `attachingIndicators`).
    var indicators: [[Double]] { columns.indicators }
    /// Whether the series has any single-month level.
    let hasLevels: Bool

    /// A grid's arrays, immutable once made.
    private final class Columns: Sendable {
        let path: [Double]
        let level: [Double]
        let monthChange: [Double]
        let weight: [Double]
        let indicators: [[Double]]

        init(path: [Double], level: [Double], monthChange: [Double], weight: [Double], indicators: [[Double]]) {
            self.path = path
            self.level = level
            self.monthChange = monthChange
            self.weight = weight
            self.indicators = indicators
        }
    }

    /// The same grid with the indicators' readings (each laid out like `path`) attached.
    func with(indicators: [[Double]]) -> YearGrid {
        var out = self
        out.columns = Columns(path: path, level: level, monthChange: monthChange, weight: weight, indicators: indicators)
        return out
    }

    @inline(__always) package func index(_ yearIndex: Int, _ month: Int) -> Int { yearIndex * 12 + month - 1 }

    /// The outcome (December path value) of a year, NaN when unknown.
    package func outcome(_ yearIndex: Int) -> Double {
        yearIndex >= 0 && yearIndex < yearCount ? path[index(yearIndex, 12)] : .nan
    }

    /// The newest path value at or before `month` of a year and its month, when any.
    func latest(_ yearIndex: Int, upTo month: Int) -> (month: Int, value: Double)? {
        guard yearIndex >= 0 && yearIndex < yearCount else { return nil }
        var m = month
        while m >= 1 {
            let v = path[index(yearIndex, m)]
            if !v.isNaN { return (m, v) }
            m -= 1
        }
        return nil
    }

    /// Lays out a series for a measure (see `YearToDatePath` for the rules); `nil` when the series
    /// has no period.
    package init?(series: SeriesData, measure: YearEndMeasure, growth: Bool = false, through lastYear: Int? = nil) {
        guard let ytd = YearToDatePath(series: series, measure: measure, growth: growth, through: lastYear) else { return nil }
        self.measure = measure
        firstYear = ytd.firstYear
        yearCount = ytd.yearCount
        hasLevels = ytd.level.contains { !$0.isNaN }
        var changes = MonthChanges(measure: measure, firstYear: ytd.firstYear, yearCount: ytd.yearCount,
                                   path: ytd.path, level: ytd.level, weight: ytd.weight)
        if measure != .annual && measure != .progress {
            changes.derive(series: series, publishedGrowth: measure == .ytdGrowth && ytd.publishesGrowth)
        }
        columns = Columns(path: ytd.path, level: ytd.level, monthChange: changes.monthChange, weight: ytd.weight, indicators: [])
    }
}

/// The single-month changes of a grid being laid out (`YearGrid.monthChange`).
private struct MonthChanges {
    let measure: YearEndMeasure
    let firstYear: Int
    let yearCount: Int
    let path: [Double]
    let level: [Double]
    let weight: [Double]
    var monthChange: [Double]

    init(measure: YearEndMeasure, firstYear: Int, yearCount: Int, path: [Double], level: [Double], weight: [Double]) {
        self.measure = measure
        self.firstYear = firstYear
        self.yearCount = yearCount
        self.path = path
        self.level = level
        self.weight = weight
        monthChange = .init(repeating: .nan, count: path.count)
    }

    /// Fills `monthChange`: published single-month growth first; then, for published YTD growth,
    /// the decomposition of its path (level ratios would ignore the revised base the published
    /// growth is computed on); then level ratios (differences for a year-end level); then the
    /// decomposition of the YTD path.
    ///
    /// The decomposition inverts x_m = Σ_{k≤m} w_k g_k / Σ_{k≤m} w_k with the month weights w (equal
    /// for a year-average index, whose path is the plain mean of its months).
    mutating func derive(series: SeriesData, publishedGrowth: Bool) {
        let n = path.count
        if measure != .yearEndLevel {
            for (p, v) in series.values[.monthGrowth] ?? [:] where v.isFinite {
                if case .year = p { continue }
                monthChange[(p.year - firstYear) * 12 + p.endMonth - 1] = v
            }
        }
        if publishedGrowth { decomposePath() }
        for i in 12..<max(12, n) where monthChange[i].isNaN {
            let now = level[i], before = level[i - 12]
            guard !now.isNaN, !before.isNaN else { continue }
            if measure == .yearEndLevel { monthChange[i] = now - before }
            else if before > 0 { monthChange[i] = (now / before - 1) * 100 }
        }
        guard measure == .ytdGrowth || measure == .yearAverageIndex else { return }
        decomposePath()
    }

    /// Single-month changes from the YTD path where none is known yet (January missing: February's
    /// figure stands for both months).
    private mutating func decomposePath() {
        let offset = measure == .yearAverageIndex ? 100.0 : 0
        let equal = measure == .yearAverageIndex
        for y in 0..<yearCount {
            var cumulative = 0.0
            for m in 1...12 {
                let i = y * 12 + m - 1
                let w = equal ? 1.0 / 12 : weight[i]
                let before = cumulative
                cumulative += w
                guard monthChange[i].isNaN, !path[i].isNaN, w > 0 else { continue }
                if m == 1 { monthChange[i] = path[i] - offset; continue }
                if !path[i - 1].isNaN {
                    monthChange[i] = (cumulative * (path[i] - offset) - before * (path[i - 1] - offset)) / w
                } else if m == 2 {
                    monthChange[i] = path[i] - offset
                    if monthChange[i - 1].isNaN { monthChange[i - 1] = path[i] - offset }
                }
            }
        }
    }
}
