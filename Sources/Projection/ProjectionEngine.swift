import TargetModel

/// The `project` verb: a catalog and the series known as of a month in, one `TargetProjection` per
/// target out.
///
/// For each target with data (`Target.dataSeries`: its linked series, else observations under its
/// id, such as a level target's reported progress), the year-end figure of the measure it is judged on
/// (`YearEndMeasure.of`) is projected from the newest month of the target's year with data, by the
/// model the rolling-origin backtest of that series (and the others in the batch) prefers at that
/// information month, with the interval `RollingOrigin` calibrates. All series are fitted together
/// (`ModelSuite` batches shared designs).
///
/// Postconditions: the result has one projection per catalog target, in catalog order; every
/// number in it is finite. Edge Cases:
/// - a milestone, a target without data, or a series without usable data: no distribution,
///   source `.noData` (`.milestone` for milestones);
/// - the year already complete (December or the annual figure known): a point distribution,
///   source `.actual`, interval `exact`;
/// - too little history for any model: the models that project, equally weighted, with a wide
///   analytic interval and a warning (`.fallback` to carry-forward when none does); a cumulative
///   amount (year totals, progress) is never carried forward as its year-end: with one or two past years last years' completion profile projects it (`ProfileModel`), with
///   none the profile pooled over the catalog's series of the same measure, else the calendar;
/// - every projection carries the past years it stands on (`TargetProjection.historyYears`), and a
///   warning says what its choice or interval borrowed from the batch's other series;
/// - an index measure (CPI 102.6) judged as a growth target is reported as growth (2.6).
public struct ProjectionEngine: Sendable {
    public init() {}

    /// Projects every target of the catalog with the data known as of `asOf` (a month).
    ///
    /// Values for periods after `asOf` are ignored, so a caller may pass all it has. `indicators`
    /// names the series whose year-to-date readings the indicator bridge regresses each target's
    /// series on (none: the bridge projects nothing). `references` names the reference record each
    /// target may borrow its model choice and error scale from when neither its series nor the
    /// batch has a record; a record whose measure is not the target's is not used.
    public func project(catalog: Catalog, series: [String: SeriesData], asOf: Period,
                        indicators: IndicatorLinks = .none, references: ReferenceLinks = .none) throws -> [TargetProjection] {
        var jobs: [Job] = []
        var results = catalog.targets.map { TargetProjection(target: $0, source: .noData) }
        for (k, target) in catalog.targets.enumerated() {
            if target.kind == .milestone {
                results[k].source = .milestone
                continue
            }
            guard let data = series[target.dataSeries].map({ Self.truncate($0, asOf: asOf) }),
                  let measure = YearEndMeasure.of(target, in: data),
                  var grid = YearGrid(series: data, measure: measure, growth: target.kind == .growthRate,
                                      through: target.year)
            else {
                if target.series != nil { results[k].warnings.append("no usable data for series \(target.series!)") }
                continue
            }
            let related = indicators.indicators(of: target.dataSeries)
            if !related.isEmpty { grid = grid.attachingIndicators(related, from: Self.indicatorData(related, in: series, asOf: asOf)) }
            let reference = references.records[target.id].flatMap { $0.measure == measure ? $0 : nil }
            let t = target.year - grid.firstYear
            let history = (0..<Swift.max(0, Swift.min(t, grid.yearCount))).filter { !grid.outcome($0).isNaN }.count
            let asOfMonth = asOf.year > target.year ? 12 : (asOf.year < target.year ? 0 : asOf.endMonth)
            if measure == .annual {
                // Annual figures: known (exact) or projected from the years before at any month.
                let known = !grid.outcome(t).isNaN
                let shown = known ? t : t - 1
                jobs.append(Job(target: k, grid: grid, year: t, month: known ? 12 : Swift.min(Swift.max(asOfMonth, 1), 11),
                                latest: grid.outcome(shown).isNaN ? nil : grid.outcome(shown),
                                latestPeriod: .year(grid.firstYear + shown), historyYears: history, reference: reference))
                continue
            }
            let latest = grid.latest(t, upTo: asOfMonth)
            jobs.append(Job(target: k, grid: grid, year: t, month: latest?.month ?? 0, latest: latest?.value,
                            latestPeriod: latest.map { Self.period(grid: grid, year: target.year, month: $0.month, data: data) },
                            historyYears: history, reference: reference))
        }
        for (month, group) in Dictionary(grouping: jobs, by: { $0.month == 0 ? 12 : $0.month }) {
            let grids = group.map(\.grid)
            let forecasts = try ModelSuite.forecasts(grids, months: [month])
            let choices = RollingOrigin.choose(grids: grids, forecasts: forecasts, months: [month], references: group.map(\.reference),
                                               years: group.map(\.year))
            // The completion share pooled over the catalog, once per cumulative measure (not per target).
            var shares: [YearEndMeasure: (share: Double, series: Int)?] = [:]
            for (g, job) in group.enumerated() {
                let measure = job.grid.measure
                if measure.isCumulative && shares[measure] == nil {
                    shares.updateValue(ProfileModel.pooledShare(jobs.map { ($0.grid, $0.year) }, measure: measure, month: month),
                                       forKey: measure)
                }
                let pooled = measure.isCumulative ? shares[measure]! : nil
                results[job.target] = Self.projection(of: catalog.targets[job.target], job: job,
                                                      choice: job.month == 0 ? nil : choices[g, job.year, month], pooled: pooled)
            }
        }
        return results
    }

    /// One target to project: its grid, the year's index in it and the information month
    /// (0 when the year has no data yet).
    struct Job {
        var target: Int
        var grid: YearGrid
        var year: Int
        var month: Int
        var latest: Double?
        var latestPeriod: Period?
        /// Past years (before the target's) whose outcome is known.
        var historyYears: Int
        /// The reference record the choice may borrow from (of the grid's measure).
        var reference: ReferenceRecord? = nil
    }

    /// The period a grid month came from: the quarter for quarterly series, else the month.
    static func period(grid: YearGrid, year: Int, month: Int, data: SeriesData) -> Period {
        let quarter = Period.quarter(year: year, quarter: (month + 2) / 3)
        let quarterly = month % 3 == 0 && data.values.values.contains { $0[quarter] != nil }
        return quarterly ? quarter : .month(year: year, month: month)
    }

    /// The projection of one target from its job and the rolling-origin choice.
    /// `pooled` is the completion share pooled over the catalog's series of the same measure (for a
    /// cumulative amount without past years of its own).
    static func projection(of target: Target, job: Job, choice: RollingOrigin.Choice?,
                           pooled: (share: Double, series: Int)? = nil) -> TargetProjection {
        let grid = job.grid
        let offset = target.kind == .growthRate ? grid.measure.indexOffset : 0
        var result = TargetProjection(target: target, source: .noData)
        result.historyYears = job.historyYears
        if let value = job.latest {
            result.latestPeriod = job.latestPeriod
            result.latestValue = value - offset
        }
        if job.month == 12, let value = job.latest, job.latestPeriod?.year == target.year {
            result.distribution = .point(value - offset)
            result.source = .actual
            result.interval = .exact
            return result
        }
        // A cumulative amount so far is not its year-end: without a record, the fallback's profile.
        let carriesCumulative = grid.measure.isCumulative && choice?.lead == ModelSuite.benchmark && choice?.interval == .analytic
        if let choice, !carriesCumulative, choice.center.isFinite, isFinite(choice.distribution) {
            result.distribution = choice.distribution.shifted(by: -offset)
            result.source = .models(choice.weights)
            result.interval = choice.interval
            result.warnings += Self.borrowing(choice)
            return result
        }
        guard let fallback = fallback(grid: grid, year: job.year, month: job.month, latest: job.latest, pooled: pooled) else {
            result.warnings.append(job.year > 0
                ? "no data for \(target.year) yet, and \(target.year - 1)'s outcome is not known yet: nothing to carry forward"
                : "no data for \(target.year) and no earlier year to carry forward")
            return result
        }
        result.distribution = .normal(mean: fallback.center - offset, sd: fallback.sd)
        result.source = .fallback(fallback.model)
        result.interval = .analytic
        result.warnings.append(fallback.warning)
        return result
    }

    /// What a choice did without a record of its own: the models weighted equally for want of
    /// any record, the model choice borrowed from the batch's record or the reference panel's, the
    /// error scale borrowed from the batch's series of the same measure or the reference panel.
    static func borrowing(_ choice: RollingOrigin.Choice) -> [String] {
        var notes: [String] = []
        switch choice.basis {
        case .none where choice.weights.count == 1 && choice.lead == ModelSuite.benchmark:
            notes.append("too little history: carry-forward with a wide analytic interval")
        case .none:
            notes.append("no backtest record yet: " + choice.weights.map(\.model.rawValue).joined(separator: ", ")
                         + " weighted equally, with a wide analytic interval")
        case let .pooled(series):
            notes.append("model choice borrowed from the backtest record of \(series) series in the batch")
        case let .reference(indicator, years):
            notes.append("model choice borrowed from the \(ReferenceRecord.panel) record of \(indicator) (\(years) years)")
        case .own:
            break
        }
        switch choice.borrowedScale {
        case let .batch(series):
            notes.append("error scale borrowed from \(series) series of the same measure")
        case let .reference(indicator, years):
            notes.append("error scale borrowed from the \(ReferenceRecord.panel) record of \(indicator) (\(years) years)")
        case nil:
            break
        }
        return notes
    }

    /// Without any backtested model: for totals and progress, the year-to-date amount over the
    /// completion share `pooled` over the catalog's series of the same measure, else over the
    /// calendar's (m/12); for other measures the year-to-date figure; last year's outcome when the
    /// year has no data; each with a wide normal interval.
    static func fallback(grid: YearGrid, year t: Int, month: Int, latest: Double?,
                         pooled: (share: Double, series: Int)? = nil)
        -> (center: Double, sd: Double, model: ModelID, warning: String)? {
        let remaining = Double(12 - month) / 12
        if month > 0, grid.measure != .annual, let value = latest, value.isFinite {
            if grid.measure.isCumulative {
                let share = pooled?.share ?? Double(month) / 12
                let center = value / share
                let source = pooled.map { "the completion profile of \($0.series) series of the catalog with the same measure" }
                    ?? "the calendar's completion (\(month)/12 of the year)"
                return (center, ProfileModel.shortHistorySpread(center: center, month: month), ProfileModel.id,
                        "no past years of its own: \(source) assumed, wide analytic interval")
            }
            return (value, Swift.max(abs(value), 1) * 0.2 * Swift.max(remaining, 1.0 / 12), CarryForwardModel.id,
                    "too little history: carry-forward with a wide analytic interval")
        }
        let previous = grid.outcome(t - 1)
        guard previous.isFinite else { return nil }
        return (previous, Swift.max(abs(previous), 1) * 0.3, CarryForwardModel.id,
                "no data for the year yet: last year's outcome carried forward with a wide analytic interval")
    }

    static func isFinite(_ d: PredictiveDistribution) -> Bool {
        switch d {
        case let .point(v): return v.isFinite
        case let .normal(mean, sd): return mean.isFinite && sd.isFinite && sd >= 0
        case let .empirical(center, scale, errors): return center.isFinite && scale.isFinite && scale > 0 && errors.allSatisfy(\.isFinite)
        }
    }

    /// The indicators' series without values for periods after `asOf`.
    static func indicatorData(_ ids: [String], in series: [String: SeriesData], asOf: Period) -> [String: SeriesData] {
        Dictionary(ids.compactMap { id in series[id].map { (id, truncate($0, asOf: asOf)) } }, uniquingKeysWith: { first, _ in first })
    }

    /// The series without values for periods after `asOf`.
    static func truncate(_ data: SeriesData, asOf: Period) -> SeriesData {
        var out = data
        for (measure, byPeriod) in data.values {
            out.values[measure] = byPeriod.ending(onOrBefore: asOf.year, month: asOf.endMonth)
        }
        return out
    }
}
