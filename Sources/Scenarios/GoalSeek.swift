import TargetModel

/// What a series would have to do in the remaining months for a target to be met.
public struct GoalSeekResult: Sendable, Equatable {
    public var targetID: String
    /// The series whose months are varied: the target's own, or a linked driver.
    public var series: String
    /// The remaining months the constant growth applies to.
    public var months: ClosedRange<Int>
    /// The constant single-month growth (% on the same month last year) that was found; `nil`
    /// when no growth in the searched range reaches the goal.
    public var monthGrowth: Double?
    /// P(meet) at that growth.
    public var probability: Double?
    /// The highest single-month growth the series reached in the same months of past years.
    public var historicalMaximum: Double?

    /// Whether the required growth is beyond anything in the series' history.
    public var isUnprecedented: Bool {
        guard let g = monthGrowth, let h = historicalMaximum else { return monthGrowth == nil }
        return g > h
    }
}

/// Finds, by bisection over scenarios, the constant single-month growth in the remaining months
/// that brings P(meet) to a given level (or, with `probability == nil`, the median onto the target).
public struct GoalSeek {
    public var runner: ScenarioRunner
    /// Growth rates searched, in % per month on the same month last year.
    public var range: ClosedRange<Double> = -50...150

    public init(runner: ScenarioRunner) {
        self.runner = runner
    }

    public func solve(targetID: String, via driver: String? = nil, probability goal: Double?, asOf: Period) throws -> GoalSeekResult {
        guard let target = runner.catalog.target(id: targetID) else { throw GoalSeekError.unknownTarget(targetID) }
        guard let series = driver ?? target.series, let seriesData = runner.data[series] else {
            throw driver.map(GoalSeekError.unknownDriver) ?? GoalSeekError.noSeries(target: targetID)
        }
        let first = Swift.max(asOf.endMonth, seriesData.lastReleasedMonth(in: asOf.year)) + 1
        guard first <= 12 else { throw GoalSeekError.yearComplete(series: series, year: asOf.year) }
        let months = first...12
        func score(_ g: Double) throws -> Double? {
            let scenario = Scenario(name: "goal-seek", asOf: asOf,
                                    shocks: [Shock(series: series, kind: .monthGrowth(g), months: months)], file: "goal-seek")
            guard let p = try runner.run(scenario).first(where: { $0.target.id == targetID }) else { return nil }
            if let goal { return p.probability.map { $0 - goal } }
            guard let median = p.projection, let value = target.value else { return nil }
            return target.direction == .decrease ? -(median + value) : median - value
        }
        var lo = range.lowerBound, hi = range.upperBound
        guard let fLo = try score(lo), let fHi = try score(hi), (fLo <= 0) != (fHi < 0) else {
            return GoalSeekResult(targetID: targetID, series: series, months: months, monthGrowth: nil,
                                  probability: nil, historicalMaximum: historicalMaximum(series, months, before: asOf.year))
        }
        for _ in 0..<60 where hi - lo > 1e-6 {
            let mid = (lo + hi) / 2
            // P(meet) rises with growth for floors and falls for ceilings: follow the sign at `lo`.
            if let f = try score(mid), (f < 0) == (fLo < 0) { lo = mid } else { hi = mid }
        }
        let found = hi
        let scenario = Scenario(name: "goal-seek", asOf: asOf, shocks: [Shock(series: series, kind: .monthGrowth(found), months: months)])
        let p = try runner.run(scenario).first { $0.target.id == targetID }?.probability
        return GoalSeekResult(targetID: targetID, series: series, months: months, monthGrowth: found,
                              probability: p, historicalMaximum: historicalMaximum(series, months, before: asOf.year))
    }

    /// The highest single-month growth in the given months over past years, from the series'
    /// month growth, or from its YTD values.
    private func historicalMaximum(_ series: String, _ months: ClosedRange<Int>, before year: Int) -> Double? {
        guard let data = runner.data[series] else { return nil }
        let years = Set(data.values.values.flatMap(\.keys).map(\.year)).filter { $0 < year }
        let amounts = data.monthAmounts
        var best: Double?
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
