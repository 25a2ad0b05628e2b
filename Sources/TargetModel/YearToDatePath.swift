import TargetModel
/// A series read as year-to-date figures of one measure, month by month over all its years: the
/// one reading of year-to-date data that projections, required paces, news and scenarios share.
///
/// Flat arrays indexed `year · 12 + (month − 1)` from `firstYear`, NaN where nothing is known:
/// - `path`: the measure's year-to-date figure at each month; December is the year's outcome
///   (for `.annual` only December is filled).
/// - `level`: single-month amounts or levels, when the series gives or implies them.
/// - `weight`: each month's share of the year before's total (1/12 each when unknown).
///
/// The rules, each in one place:
/// - **Measure precedence** is `YearEndMeasure.of`: the measure a target is judged on.
/// - **Quarters** sit at their last month (a Q3 year-to-date figure is January–September); where a
///   month and the quarter ending with it both have a value, the month's is used.
/// - **A combined January–February release** (China publishes 1-2月 together): the February
///   year-to-date amount is split evenly between the two months, and the year's cumulative shares
///   run linearly through January. Every other gap in last year's months is bridged the same way:
///   cumulative shares are linear between published months.
/// - **Single-month amounts** are published month values where given, else differences of the
///   year-to-date amounts.
/// - **Growth from amounts**: where a series publishes no year-to-date growth at all, it is this
///   year's year-to-date amount over last year's (when that is positive), minus one, in %.
/// - **Shares**: from the year before's year-to-date amounts (or its single-month amounts
///   summed) when its December total is positive and the cumulative shares never fall; else equal.
///   A year-average index always has equal months (it is the plain mean of its months).
public struct YearToDatePath: Sendable {
    public let measure: YearEndMeasure
    public let firstYear: Int
    public let yearCount: Int
    public internal(set) var path: [Double]
    public internal(set) var level: [Double]
    public internal(set) var weight: [Double]
    /// Whether the series publishes year-to-date growth (which then beats growth from amounts).
    public let publishesGrowth: Bool

    @inline(__always) public func index(_ yearIndex: Int, _ month: Int) -> Int { yearIndex * 12 + month - 1 }

    /// Lays out a series for a measure; `growth` picks `annual_growth` over `annual_value` for
    /// `.annual`; `lastYear` extends the layout to a year without data yet (the target's year).
    /// `nil` when the series has no period at all.
    public init?(series: SeriesData, measure: YearEndMeasure, growth: Bool = false, through lastYear: Int? = nil) {
        var first = Int.max, newest = Int.min
        for byPeriod in series.values.values {
            guard let years = byPeriod.years else { continue }
            first = Swift.min(first, years.lowerBound)
            newest = Swift.max(newest, years.upperBound)
        }
        guard first <= newest else { return nil }
        let last = Swift.max(newest, lastYear ?? newest)
        self.measure = measure
        firstYear = first
        yearCount = last - first + 1
        let n = yearCount * 12
        path = .init(repeating: .nan, count: n)
        level = .init(repeating: .nan, count: n)
        weight = .init(repeating: 1.0 / 12, count: n)
        let published = Self.monthly(series.values[.ytdGrowth], first: first, count: n)
        publishesGrowth = published != nil

        switch measure {
        case .annual:
            let annual = (growth ? series.values[.annualGrowth] : series.values[.annualValue])
                ?? series.values[.annualValue] ?? series.values[.annualGrowth] ?? [:]
            for (p, v) in annual where v.isFinite { path[(p.year - first) * 12 + 11] = v }
            return
        case .yearEndLevel:
            level = Self.monthly(series.values[.level], first: first, count: n) ?? level
            path = level
        case .progress:
            path = Self.monthly(series.values[.progress], first: first, count: n) ?? path
            for (p, v) in series.values[.progress] ?? [:] where v.isFinite {
                if case let .year(y) = p, path[(y - first) * 12 + 11].isNaN { path[(y - first) * 12 + 11] = v }
            }
            return
        case .ytdGrowth, .yearTotal:
            let months = Self.monthly(series.values[.monthValue], first: first, count: n)
            var ytd = Self.monthly(series.values[.ytdValue], first: first, count: n)
                ?? months.map(Self.yearToDateFromMonths) ?? .init(repeating: .nan, count: n)
            level = Self.monthsFromYearToDate(ytd)
            for (i, value) in (months ?? []).enumerated() where !value.isNaN { level[i] = value }
            if measure == .yearTotal {
                path = ytd
            } else if let published {
                // Published growth is against a revised base: growth comes from amounts only for a
                // series that publishes no growth at all.
                path = published
            } else {
                for i in 12..<Swift.max(12, n) where ytd[i - 12] > 0 && !ytd[i].isNaN {
                    path[i] = (ytd[i] / ytd[i - 12] - 1) * 100
                }
            }
            for (i, fromMonths) in Self.yearToDateFromMonths(level).enumerated() where ytd[i].isNaN { ytd[i] = fromMonths }
            deriveWeights(yearToDate: ytd)
        case .yearAverageIndex:
            if let index = Self.monthly(series.values[.ytdAvgIndex], first: first, count: n) {
                path = index
            } else if let g = Self.monthly(series.values[.monthGrowth], first: first, count: n) {
                for y in 0..<yearCount {
                    var sum = 0.0, count = 0
                    for m in 1...12 where !g[y * 12 + m - 1].isNaN {
                        sum += g[y * 12 + m - 1]; count += 1
                        path[y * 12 + m - 1] = 100 + sum / Double(count)
                    }
                }
            }
        }
    }

    /// The year's outcome (December), NaN when unknown or outside the layout.
    public func outcome(_ yearIndex: Int) -> Double {
        yearIndex >= 0 && yearIndex < yearCount ? path[index(yearIndex, 12)] : .nan
    }

    /// How the measure reads month by month: year-to-date growth (an average index as growth) or
    /// a cumulative amount; `nil` for a year-end level or an annual figure.
    public var scale: YearToDate.Scale? {
        switch measure {
        case .ytdGrowth, .yearAverageIndex: return .growth
        case .yearTotal, .progress: return .amount
        case .yearEndLevel, .annual: return nil
        }
    }

    /// One year of the path as readings in its scale (an average index 102.6 reads as growth 2.6),
    /// with the cumulative shares of the year before's total; `nil` without a scale or a reading.
    public func yearToDate(year: Int) -> YearToDate? {
        guard let scale else { return nil }
        let t = year - firstYear
        guard t >= 0 && t < yearCount else { return nil }
        let offset = measure.indexOffset
        var readings: [MonthReading] = []
        var shares = [0.0]
        for m in 1...12 {
            let i = index(t, m)
            if !path[i].isNaN { readings.append(MonthReading(month: m, value: path[i] - offset)) }
            shares.append(shares[m - 1] + weight[i])
        }
        shares[12] = 1
        return YearToDate(scale: scale, year: year, readings: readings, cumulativeShare: shares)
    }

    /// The single-month amount or level of a month, when known.
    public func monthLevel(year: Int, month: Int) -> Double? {
        let t = year - firstYear
        guard t >= 0 && t < yearCount, (1...12).contains(month) else { return nil }
        let value = level[index(t, month)]
        return value.isNaN ? nil : value
    }

    /// A measure's monthly and quarterly values laid out by month (a month beats the quarter that
    /// ends with it); `nil` when it has none.
    static func monthly(_ values: PeriodValues?, first: Int, count n: Int) -> [Double]? {
        guard let values else { return nil }
        var out = [Double](repeating: .nan, count: n)
        var any = false
        var monthFilled = -1
        for (p, v) in values where v.isFinite {
            let slot: Int
            switch p {
            case .year: continue
            case .month: slot = (p.year - first) * 12 + p.endMonth - 1; monthFilled = slot
            case .quarter:
                slot = (p.year - first) * 12 + p.endMonth - 1
                if slot == monthFilled { continue }
            }
            guard slot >= 0 && slot < n else { continue }
            out[slot] = v
            any = true
        }
        return any ? out : nil
    }

    /// Single-month amounts from year-to-date amounts (January missing: February's split evenly).
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

    /// Year-to-date amounts from single-month amounts (NaN from the first missing month of a year on).
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

    /// Month weights of each year from the year before's cumulative amounts, linear between
    /// published months, when its December total is positive and the shares never fall.
    private mutating func deriveWeights(yearToDate ytd: [Double]) {
        let years = yearCount
        withUnsafeTemporaryAllocation(of: Double.self, capacity: 13) { shares in
            weight.withUnsafeMutableBufferPointer { weight in
                for y in 1..<Swift.max(1, years) {
                    let total = ytd[(y - 1) * 12 + 11]
                    guard total > 0 else { continue }
                    // Cumulative shares at the end of months 0…12.
                    shares.initialize(repeating: .nan)
                    shares[0] = 0
                    var lastKnown = 0
                    for m in 1...12 {
                        let v = ytd[(y - 1) * 12 + m - 1]
                        guard !v.isNaN else { continue }
                        shares[m] = v / total
                        for k in (lastKnown + 1)..<m {
                            shares[k] = shares[lastKnown] + Double(k - lastKnown) / Double(m - lastKnown) * (shares[m] - shares[lastKnown])
                        }
                        lastKnown = m
                    }
                    guard (1...12).allSatisfy({ shares[$0] >= shares[$0 - 1] }) else { continue }
                    for m in 1...12 { weight[y * 12 + m - 1] = shares[m] - shares[m - 1] }
                }
            }
        }
    }
}

extension YearToDatePath {
    /// The path of the measure a target is judged on (`YearEndMeasure.of`), through the target's
    /// year; `nil` when the series has nothing that measures it.
    public init?(judging target: Target, in series: SeriesData) {
        guard let measure = YearEndMeasure.of(target, in: series) else { return nil }
        self.init(series: series, measure: measure, growth: target.kind == .growthRate, through: target.year)
    }
}
