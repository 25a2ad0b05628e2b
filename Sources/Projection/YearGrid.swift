import TargetModel

/// One series laid out by year and month for year-end projection: flat arrays indexed
/// `year * 12 + (month − 1)`, with `.nan` marking a missing value (internal only; nothing NaN
/// leaves the module).
///
/// - `path`: the year-to-date figure of the projected measure at each month; December is the
///   outcome. For `.annual` only the December slot is filled.
/// - `level`: single-month levels (amounts, index levels, rates), when the series gives them.
/// - `monthChange`: single-month change on the same month last year: growth in % for amounts and
///   indices, the difference in points for `.yearEndLevel`.
/// - `weight`: each month's share of last year's total (1/12 when last year's levels are unknown).
package struct YearGrid: Sendable {
    package let measure: YearEndMeasure
    package let firstYear: Int
    package let yearCount: Int
    var path: [Double]
    var level: [Double]
    var monthChange: [Double]
    var weight: [Double]

    var hasLevels: Bool { level.contains { !$0.isNaN } }

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

    /// Lays out a series for a measure. Quarters sit at their last month (a Q3 YTD figure is
    /// January–September). `growth` picks `annual_growth` over `annual_value` for
    /// `.annual`; `lastYear` extends the grid to a year without data yet (the target's year).
    ///
    /// Edge cases: January missing (China publishes January–February together) splits the
    /// February YTD amount evenly between the two months; growth rates derived from YTD growth
    /// alone assume equal month weights. Returns `nil` when the series has no period usable for the
    /// measure.
    package init?(series: SeriesData, measure: YearEndMeasure, growth: Bool = false, through lastYear: Int? = nil) {
        let monthly = { (m: Measure) -> PeriodValues in
            (series.values[m] ?? [:]).filter { if case .year = $0.key { return false } else { return true } }
        }
        var years = Set<Int>()
        for (_, byPeriod) in series.values { for p in byPeriod.keys { years.insert(p.year) } }
        guard let first = years.min(), let newest = years.max() else { return nil }
        let last = Swift.max(newest, lastYear ?? newest)
        self.measure = measure
        firstYear = first
        yearCount = last - first + 1
        let n = yearCount * 12
        path = .init(repeating: .nan, count: n)
        level = .init(repeating: .nan, count: n)
        monthChange = .init(repeating: .nan, count: n)
        weight = .init(repeating: 1.0 / 12, count: n)

        func slot(_ p: Period) -> Int? {
            if case .year = p { return nil }
            return (p.year - first) * 12 + p.endMonth - 1
        }
        func fill(_ target: inout [Double], _ values: PeriodValues) {
            for (p, v) in values where v.isFinite { if let i = slot(p) { target[i] = v } }
        }

        switch measure {
        case .annual:
            let annual = (growth ? series.values[.annualGrowth] : series.values[.annualValue])
                ?? series.values[.annualValue] ?? series.values[.annualGrowth] ?? [:]
            for (p, v) in annual where v.isFinite { path[(p.year - first) * 12 + 11] = v }
            return
        case .yearEndLevel:
            fill(&level, monthly(.level))
            path = level
        case .progress:
            fill(&path, monthly(.progress))
            for (p, v) in series.values[.progress] ?? [:] where v.isFinite {
                if case let .year(y) = p, path[(y - first) * 12 + 11].isNaN { path[(y - first) * 12 + 11] = v }
            }
            return
        case .ytdGrowth, .yearTotal:
            var ytd = [Double](repeating: .nan, count: n)
            fill(&ytd, monthly(.ytdValue))
            let months = monthly(.monthValue)
            if !months.isEmpty { fill(&level, months) } else { level = YearGrid.monthsFromYearToDate(ytd) }
            if months.isEmpty == false && monthly(.ytdValue).isEmpty { ytd = YearGrid.yearToDateFromMonths(level) }
            if measure == .yearTotal {
                path = ytd
            } else {
                // Published growth is against a revised base: growth is computed from amounts only
                // for a series that publishes no growth at all.
                let published = monthly(.ytdGrowth)
                fill(&path, published)
                for i in 12..<max(12, n) where published.isEmpty && ytd[i - 12] > 0 && !ytd[i].isNaN {
                    path[i] = (ytd[i] / ytd[i - 12] - 1) * 100
                }
            }
        case .yearAverageIndex:
            fill(&path, monthly(.ytdAvgIndex))
            if path.allSatisfy(\.isNaN) {
                let growthByMonth = monthly(.monthGrowth)
                var g = [Double](repeating: .nan, count: n)
                fill(&g, growthByMonth)
                for y in 0..<yearCount {
                    var sum = 0.0, count = 0
                    for m in 1...12 where !g[y * 12 + m - 1].isNaN {
                        sum += g[y * 12 + m - 1]; count += 1
                        path[y * 12 + m - 1] = 100 + sum / Double(count)
                    }
                }
            }
        }
        deriveWeights()
        deriveMonthChanges(series: series, publishedGrowth: measure == .ytdGrowth && !monthly(.ytdGrowth).isEmpty)
    }

    /// Single-month amounts from YTD amounts (January missing: February's YTD split evenly).
    static func monthsFromYearToDate(_ ytd: [Double]) -> [Double] {
        var out = [Double](repeating: .nan, count: ytd.count)
        for y in 0..<(ytd.count / 12) {
            for m in 1...12 {
                let i = y * 12 + m - 1
                if m == 1 { out[i] = ytd[i]; continue }
                if !ytd[i - 1].isNaN { out[i] = ytd[i] - ytd[i - 1] }
                else if m == 2 && !ytd[i].isNaN { out[i] = ytd[i] / 2; out[i - 1] = ytd[i] / 2 }
            }
        }
        return out
    }

    /// YTD amounts from single-month amounts (NaN from the first missing month of a year on).
    static func yearToDateFromMonths(_ months: [Double]) -> [Double] {
        var out = [Double](repeating: .nan, count: months.count)
        for y in 0..<(months.count / 12) {
            var sum = 0.0
            for m in 0..<12 {
                sum += months[y * 12 + m]
                out[y * 12 + m] = sum
            }
        }
        return out
    }

    /// Fills `monthChange`: published single-month growth first; then, for published YTD growth,
    /// the decomposition of its path (level ratios would ignore the revised base the published
    /// growth is computed on); then level ratios (differences for a year-end level); then the
    /// decomposition of the YTD path.
    ///
    /// The decomposition inverts x_m = Σ_{k≤m} w_k g_k / Σ_{k≤m} w_k with the month weights w (equal
    /// for a year-average index, whose path is the plain mean of its months).
    private mutating func deriveMonthChanges(series: SeriesData, publishedGrowth: Bool) {
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

    /// Month weights from last year's single-month levels, where all twelve are known.
    private mutating func deriveWeights() {
        guard measure == .ytdGrowth || measure == .yearTotal else { return }
        for y in 1..<max(1, yearCount) {
            let last = (0..<12).map { level[(y - 1) * 12 + $0] }
            let total = last.reduce(0, +)
            guard total > 0, last.allSatisfy({ $0 >= 0 }) else { continue }
            for m in 0..<12 { weight[y * 12 + m] = last[m] / total }
        }
    }
}
