import TargetModel

/// What goal seek varies in the remaining months, chosen by the kind of series it acts on.
public enum GoalSeekVariable: String, Sendable, Equatable, Codable {
    /// The single-month growth on the same month last year, in % (monthly year-to-date series;
    /// for a year-average index such as CPI, the month's rise on last year).
    case monthGrowth = "month_growth"
    /// The single-quarter growth on the same quarter last year, in % (quarterly series: GDP, incomes).
    case quarterGrowth = "quarter_growth"
    /// The constant amount added each month, in the target's unit (cumulative progress, or a
    /// level target on a monthly year-to-date amount such as investment in 亿元).
    case monthAmount = "month_amount"
    /// The level held at each remaining month or quarter end, in the target's unit (a rate such as unemployment).
    case level
}

/// Why goal seek gives no value to reach.
public enum GoalSeekReason: String, Sendable, Equatable, Codable {
    /// The goal is met whatever the remaining months do within the searched range.
    case alreadyMet = "already_met"
    /// No value in the searched range reaches the goal.
    case outOfReach = "out_of_reach"
    /// The series is published once a year and no link drives it: there are no months to vary.
    case annualOnly = "annual_only"
}

/// What a series would have to do in the remaining months for a target to be met.
public struct GoalSeekResult: Sendable, Equatable {
    public var target: Target
    /// The series whose months are varied: the target's own, or a linked driver.
    public var series: String
    /// The varied series as a reader knows it: the indicator of the first catalog target linked
    /// to it (规模以上工业增加值 for `industry`), else its id.
    public var seriesName: String
    /// What was varied.
    public var variable: GoalSeekVariable
    /// The remaining months the constant value applies to.
    public var months: ClosedRange<Int>
    /// The constant value of `variable` that was found; `nil` with a `reason`.
    public var value: Double?
    /// Why there is no value, when there is none.
    public var reason: GoalSeekReason?
    /// P(meet) at that value.
    public var probability: Double?
    /// The highest growth the series reached in the same months (or quarters) of past years, for growth variables.
    public var historicalMaximum: Double?
    /// The link through which the target moves when the varied series is a driver.
    public var link: LinkEstimate?

    /// Whether the required growth is beyond anything in the series' history.
    public var isUnprecedented: Bool {
        guard let g = value, let h = historicalMaximum else { return value == nil && reason == .outOfReach }
        return g > h
    }
}

/// Finds, by bisection over scenarios, the constant value in the remaining months that brings
/// P(meet) to a given level (or, with `probability == nil`, the median onto the target). The
/// variable fits the series: monthly growth for monthly year-to-date series and CPI, quarterly
/// growth for quarterly series, the monthly amount for cumulative progress and level targets, the
/// level for rates.
public struct GoalSeek {
    public var runner: ScenarioRunner
    /// Growth rates searched, in % on the same month (quarter) last year.
    public var growthRange: ClosedRange<Double> = -50...150

    public init(runner: ScenarioRunner) {
        self.runner = runner
    }

    public func solve(targetID: String, via driver: String? = nil, probability goal: Double?, asOf: Period) throws -> GoalSeekResult {
        guard let target = runner.catalog.target(id: targetID) else { throw GoalSeekError.unknownTarget(targetID) }
        guard let own = target.series, runner.data[own] != nil || driver != nil else {
            throw GoalSeekError.noSeries(target: targetID)
        }
        // An annual-only series moves through a link when one drives it.
        let link = runner.links.first { $0.series == own }
        let annualOnly = runner.data[own].map(Self.isAnnualOnly) ?? true
        let series = driver ?? (annualOnly ? link?.drivers.first ?? own : own)
        guard let seriesData = runner.data[series] else { throw GoalSeekError.unknownDriver(series) }
        let usedLink = series == own ? nil : runner.links.first { $0.series == own && $0.drivers.contains(series) }
        let first = Swift.max(asOf.endMonth, seriesData.lastReleasedMonth(in: asOf.year)) + 1
        let months = Swift.min(first, 12)...12
        if Self.isAnnualOnly(seriesData) {
            return GoalSeekResult(target: target, series: series, seriesName: name(of: series), variable: .level, months: months,
                                  value: nil, reason: .annualOnly, link: usedLink)
        }
        guard first <= 12 else { throw GoalSeekError.yearComplete(series: series, year: asOf.year) }

        let variable: GoalSeekVariable
        var range = growthRange
        if seriesData.values[.progress] != nil || (target.kind == .level && seriesData.values[.ytdValue] != nil && !seriesData.isQuarterly) {
            variable = .monthAmount
            range = 0...Swift.max(abs(target.value ?? 0), 1)
        } else if seriesData.values[.level] != nil {
            variable = .level
            let latest = seriesData.latest(.level, year: asOf.year, before: first)
            range = 0...Swift.max(2 * Swift.max(latest, target.value ?? 0), 1)
        } else {
            variable = seriesData.isQuarterly ? .quarterGrowth : .monthGrowth
        }
        func shock(_ x: Double) -> Shock {
            Shock(series: series, kind: variable == .monthAmount || variable == .level ? .monthValue(x) : .monthGrowth(x), months: months)
        }
        func score(_ x: Double) throws -> Double? {
            let scenario = Scenario(name: "goal-seek", asOf: asOf, shocks: [shock(x)], file: "goal-seek")
            guard let p = try runner.run(scenario).first(where: { $0.target.id == targetID }) else { return nil }
            if let goal { return p.probability.map { $0 - goal } }
            guard let median = p.projection, let value = target.value else { return nil }
            return target.direction == .decrease ? -(median + value) : median - value
        }
        let history = variable == .monthGrowth || variable == .quarterGrowth
            ? historicalMaximum(seriesData, months, quarterly: variable == .quarterGrowth, before: asOf.year) : nil
        var result = GoalSeekResult(target: target, series: series, seriesName: name(of: series), variable: variable, months: months, value: nil,
                                    reason: nil, probability: nil, historicalMaximum: history, link: usedLink)
        var lo = range.lowerBound, hi = range.upperBound
        guard let fLo = try score(lo), let fHi = try score(hi) else {
            result.reason = .outOfReach
            return result
        }
        // The goal holds across the whole range (progress already enough, a growth target already
        // beyond reach of a fall): nothing more is needed.
        if fLo >= 0 && fHi >= 0 {
            result.reason = .alreadyMet
            return result
        }
        guard (fLo <= 0) != (fHi < 0) else {
            result.reason = .outOfReach
            return result
        }
        for _ in 0..<60 where hi - lo > 1e-6 * Swift.max(1, range.upperBound - range.lowerBound) {
            let mid = (lo + hi) / 2
            // P(meet) rises with the variable for floors and falls for ceilings: follow the sign at `lo`.
            if let f = try score(mid), (f < 0) == (fLo < 0) { lo = mid } else { hi = mid }
        }
        result.value = hi
        result.probability = try runner.run(Scenario(name: "goal-seek", asOf: asOf, shocks: [shock(hi)]))
            .first { $0.target.id == targetID }?.probability
        return result
    }

    /// The indicator of the first catalog target linked to a series, else the series id.
    private func name(of series: String) -> String {
        runner.catalog.targets.first { $0.series == series }?.indicator ?? series
    }

    /// Whether a series has only annual figures: no month or quarter to vary.
    static func isAnnualOnly(_ data: SeriesData) -> Bool {
        !data.values.values.contains { $0.keys.contains { if case .year = $0 { return false } else { return true } } }
    }

    /// The highest single-month (or single-quarter) growth in the given months over past years,
    /// from the series' month growth or from its YTD values.
    private func historicalMaximum(_ data: SeriesData, _ months: ClosedRange<Int>, quarterly: Bool, before year: Int) -> Double? {
        let years = Set(data.values.values.flatMap(\.keys).map(\.year)).filter { $0 < year }
        var best: Double?
        if quarterly {
            func ytd(_ y: Int, _ q: Int) -> Double? { q == 0 ? 0 : data.value(.ytdValue, .quarter(year: y, quarter: q)) }
            for y in years {
                for q in ((months.lowerBound + 2) / 3)...4 {
                    guard let a = ytd(y, q), let b = ytd(y, q - 1), let c = ytd(y - 1, q), let d = ytd(y - 1, q - 1), c - d > 0 else { continue }
                    let g = ((a - b) / (c - d) - 1) * 100
                    best = Swift.max(best ?? g, g)
                }
            }
            return best
        }
        let amounts = data.monthAmounts
        for y in years {
            for m in months {
                let growth = data.value(.monthGrowth, .month(year: y, month: m)) ?? {
                    guard let now = amounts?.monthLevel(year: y, month: m), let before = amounts?.monthLevel(year: y - 1, month: m),
                          before > 0 else { return nil }
                    return (now / before - 1) * 100
                }()
                if let g = growth { best = Swift.max(best ?? g, g) }
            }
        }
        return best
    }
}
