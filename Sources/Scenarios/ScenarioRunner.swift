import Projection
import TargetModel

/// Projects the targets of a catalog from series data as of a month: the projection engine, as a
/// scenario sees it.
public typealias Projector = @Sendable (_ catalog: Catalog, _ data: [String: SeriesData], _ asOf: Period) throws -> [TargetProjection]

/// Runs scenarios against a baseline. The baseline data and catalog are never changed: every
/// scenario works on copies.
public struct ScenarioRunner: Sendable {
    public let catalog: Catalog
    public let data: [String: SeriesData]
    public let links: [LinkEstimate]
    let projector: Projector

    public init(catalog: Catalog, data: [String: SeriesData], links: [LinkEstimate] = [], projector: @escaping Projector) {
        self.catalog = catalog
        self.data = data
        self.links = links
        self.projector = projector
    }

    /// The projections without any assumption.
    public func baseline(asOf: Period) throws -> [TargetProjection] {
        try projector(catalog, data, asOf)
    }

    /// The projections under a scenario, one per catalog target, in catalog order.
    ///
    /// - Throws: `ScenarioProblems` listing every problem at once: unknown series or target ids,
    ///   months already released, contradictory shocks on the same series and month.
    public func run(_ scenario: Scenario) throws -> [TargetProjection] {
        try validate(scenario)
        let scenarioCatalog = overriding(scenario.targetOverrides)
        let base = try projector(scenarioCatalog, data, scenario.asOf)
        var byID = Dictionary(uniqueKeysWithValues: base.map { ($0.target.id, $0) })
        let year = scenario.asOf.year
        let shockedSeries = Set(scenario.shocks.map(\.series))

        for series in shockedSeries.sorted() {
            let shocks = scenario.shocks.filter { $0.series == series }
            let affected = scenarioCatalog.targets.filter { $0.series == series }
            guard !affected.isEmpty else { continue }
            var projected = try projectMonthly(shocks, series: series, targets: affected, asOf: scenario.asOf)
                .map { recentred(byID[$0.target.id], on: $0) }
            for shock in shocks where !shock.kind.isMonthly {
                projected = projected.map { adjust($0, by: shock, year: year) }
            }
            for p in projected { byID[p.target.id] = p }
        }
        propagateThroughLinks(&byID, baseline: base, directlyShocked: shockedSeries)
        return scenarioCatalog.targets.compactMap { byID[$0.id] }
    }

    /// Re-projects the targets of one series with its monthly shocks written into the data.
    private func projectMonthly(_ shocks: [Shock], series: String, targets: [Target], asOf: Period) throws -> [TargetProjection] {
        let monthly = shocks.filter(\.kind.isMonthly)
        let sub = Catalog(targets: targets)
        guard !monthly.isEmpty, var seriesData = data[series] else { return try projector(sub, data, asOf) }
        let year = asOf.year
        let first = Swift.max(asOf.endMonth, seriesData.lastReleasedMonth(in: year)) + 1
        var lastAssumed = asOf.endMonth
        for month in first...12 {
            guard let shock = monthly.first(where: { ($0.months ?? first...12).contains(month) }) else { break }
            switch shock.kind {
            case let .monthGrowth(g): try seriesData.assume(year: year, month: month, growth: g, amount: nil)
            case let .monthValue(v): try seriesData.assume(year: year, month: month, growth: nil, amount: v)
            default: break
            }
            lastAssumed = month
        }
        var shockedData = data
        shockedData[series] = seriesData
        return try projector(sub, shockedData, .month(year: year, month: lastAssumed))
    }

    /// The baseline's distribution moved onto the scenario's median: assumed months set the
    /// central path, the uncertainty stays that of the information month (so P(meet) moves
    /// smoothly with the assumption instead of jumping to 0 or 1 once December is assumed).
    private func recentred(_ baseline: TargetProjection?, on scenario: TargetProjection) -> TargetProjection {
        guard let baseline, let before = baseline.distribution, let after = scenario.projection else { return scenario }
        var p = baseline
        p.distribution = before.shifted(by: after - before.median)
        p.source = .scenario(baseline.source)
        return p
    }

    /// Applies a shock that acts on the projected outcome rather than on months of data.
    private func adjust(_ projection: TargetProjection, by shock: Shock, year: Int) -> TargetProjection {
        var p = projection
        guard let distribution = p.distribution else { return p }
        switch shock.kind {
        case let .annualValue(v):
            p.distribution = .point(v)
            p.source = .assumed
            p.interval = .exact
        case let .addPercentagePoints(pp):
            p.distribution = distribution.shifted(by: pp * remainingShare(shock, year: year))
        case let .scale(f):
            p.distribution = distribution.shifted(by: (f - 1) * remainingAmount(p, shock: shock, year: year))
        case .monthGrowth, .monthValue:
            break
        }
        return p
    }

    /// The share of the year's total still to come in the months a shock covers (by last year's
    /// monthly amounts when known, else by month count).
    private func remainingShare(_ shock: Shock, year: Int) -> Double {
        guard let series = data[shock.series] else { return 0 }
        let released = series.lastReleasedMonth(in: year)
        let months = (shock.months ?? (released + 1)...12).clamped(to: Swift.min(released + 1, 12)...12)
        guard released < 12, !months.isEmpty else { return 0 }
        if let total = series.value(.ytdValue, .month(year: year - 1, month: 12)), total > 0 {
            let path = series.monthAmounts
            let amounts = months.compactMap { path?.monthLevel(year: year - 1, month: $0) }
            if amounts.count == months.count { return amounts.reduce(0, +) / total }
        }
        return Double(months.count) / 12
    }

    /// What is still to come, in the outcome's unit: for growth targets, the remaining amount as
    /// a share of last year's total in percent; for levels, median minus the latest value.
    private func remainingAmount(_ p: TargetProjection, shock: Shock, year: Int) -> Double {
        guard let median = p.projection else { return 0 }
        if p.target.kind == .growthRate, let series = data[shock.series],
           let lastTotal = series.value(.ytdValue, .month(year: year - 1, month: 12)), lastTotal > 0 {
            let released = series.lastReleasedMonth(in: year)
            let known = series.value(.ytdValue, .month(year: year, month: released)) ?? 0
            return (lastTotal * (1 + median / 100) - known) / lastTotal * 100
        }
        return median - (p.latestValue ?? 0)
    }

    /// Moves linked indicators by the change of their drivers' projections, widening their
    /// spread by the link's residual standard deviation. Links are applied in dependency order.
    private func propagateThroughLinks(_ byID: inout [String: TargetProjection], baseline: [TargetProjection],
                                       directlyShocked: Set<String>) {
        var moved = directlyShocked
        var pending = links.filter { !directlyShocked.contains($0.series) }
        while let index = pending.firstIndex(where: { link in
            link.drivers.contains(where: moved.contains) &&
                !link.drivers.contains(where: { d in pending.contains { $0.series == d } })
        }) {
            let link = pending.remove(at: index)
            let delta = link.drivers.enumerated().reduce(0.0) { sum, item in
                let (k, driver) = item
                guard let now = headline(driver, in: Array(byID.values)), let before = headline(driver, in: baseline) else { return sum }
                return sum + link.coefficients[k + 1] * (now - before)
            }
            guard delta != 0 else { continue }
            for (id, p) in byID where p.target.series == link.series {
                guard let d = p.distribution else { continue }
                let spread = (d.quantile(0.9) - d.quantile(0.1)) / (2 * 1.2815515655446004)
                let sd = (spread * spread + link.residualStandardDeviation * link.residualStandardDeviation).squareRoot()
                var shifted = p
                shifted.distribution = .normal(mean: d.median + delta, sd: sd)
                shifted.source = .linked(p.source)
                shifted.interval = .analytic
                byID[id] = shifted
            }
            moved.insert(link.series)
        }
    }

    /// The projected year-end growth of a series: the median of its first growth-rate target.
    private func headline(_ series: String, in projections: [TargetProjection]) -> Double? {
        projections.first { $0.target.series == series && $0.target.kind == .growthRate }?.projection
    }

    private func overriding(_ overrides: [TargetOverride]) -> Catalog {
        var copy = catalog
        for o in overrides {
            if let i = copy.targets.firstIndex(where: { $0.id == o.id }) { copy.targets[i].value = o.value }
        }
        return copy
    }

    /// Every problem with the scenario against this data, at once.
    func validate(_ scenario: Scenario) throws {
        var problems = ProblemList(file: scenario.file)
        let year = scenario.asOf.year
        for shock in scenario.shocks {
            guard let series = data[shock.series] else {
                problems.add(shock.line, "unknown series '\(shock.series)'")
                continue
            }
            let released = Swift.max(scenario.asOf.endMonth, series.lastReleasedMonth(in: year))
            if let months = shock.months, months.lowerBound <= released {
                problems.add(shock.line, "\(shock.series): month \(months.lowerBound) of \(year) is already released (data up to month \(released))")
            }
            if shock.months == nil && shock.kind.isMonthly && released >= 12 {
                problems.add(shock.line, "\(shock.series): every month of \(year) is already released")
            }
        }
        // Each shock is reported once, against the first earlier shock it contradicts.
        for (i, b) in scenario.shocks.enumerated() {
            if let a = scenario.shocks[..<i].first(where: { $0.series == b.series && overlaps($0, b, year: year) }) {
                problems.add(b.line, "\(b.series): contradicts the shock on line \(a.line) for the same months")
            }
        }
        for o in scenario.targetOverrides where catalog.target(id: o.id) == nil {
            problems.add(o.line, "unknown target id '\(o.id)'")
        }
        try problems.throwIfAny()
    }

    private func overlaps(_ a: Shock, _ b: Shock, year: Int) -> Bool {
        if case .annualValue = a.kind { return true }
        if case .annualValue = b.kind { return true }
        let all = 1...12
        return (a.months ?? all).overlaps(b.months ?? all)
    }
}
