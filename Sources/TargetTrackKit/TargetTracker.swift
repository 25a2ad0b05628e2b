import Projection
import Risk
import Scenarios
import TargetModel
import TextFormats
import Workspace

/// TargetTrack as an application: a store, and each question a front end asks of it (the command
/// line, a server, a notebook or a Swift program) as one call.
///
/// Every front end goes through here, so the same month gives the same numbers everywhere: one rule
/// for the newest month with data, one projection engine, one assessment.
public struct TargetTracker: Sendable {
    /// Where the catalog, the data and the fitted links are kept.
    public let store: any TargetStore

    /// Whether a series with too little history borrows its model choice and error scale from the
    /// bundled China NBS national record of its indicator when its batch has no record either
    /// (`ReferenceLinks.bundled(for:)`). Off by default: on China NBS with two years of history it
    /// lowered the skill (docs/decisions/041-reference-panel-borrowing.md).
    public var referencePanel: Bool

    /// The name under which fitted links are stored.
    static let linksDocument = "link-estimates"

    public init(store: any TargetStore, referencePanel: Bool = false) {
        self.store = store
        self.referencePanel = referencePanel
    }

    // MARK: - Catalog and months

    /// The catalog, which every projecting call needs.
    /// - Throws: `TargetTrackError` saying how to import one when the store has none.
    public func catalog() throws -> Catalog {
        let catalog = try store.catalog()
        guard !catalog.targets.isEmpty else {
            throw TargetTrackError("\(store.path): the workspace has no catalog yet; import one with `targettrack catalog import FILE`")
        }
        return catalog
    }

    /// The newest month of the catalog's year with data: the latest month or quarter (a quarter
    /// counts as its last month) of that year for which any series a target links to has a value.
    /// - Throws: `TargetTrackError` when no linked series has a figure of the year yet.
    public func newestMonth(of catalog: Catalog, in series: [String: SeriesData]) throws -> Month {
        let year = catalog.targets.map(\.year).max() ?? 0
        var newest: Month?
        for id in catalog.linkedSeries {
            for (_, values) in series[id]?.values ?? [:] {
                values.forEach(inYear: year) { period, _ in
                    if case .year = period { return }
                    if let month = Month(year: year, month: period.endMonth), newest.map({ month > $0 }) ?? true { newest = month }
                }
            }
        }
        guard let newest else {
            throw TargetTrackError("\(store.path): no series linked to the catalog has data for \(year) yet; import data or give --as-of")
        }
        return newest
    }

    /// `month`, else the newest month with data in everything stored.
    public func resolve(_ month: Month?) throws -> Month {
        if let month { return month }
        return try newestMonth(of: try catalog(), in: try store.seriesData(knownAt: nil))
    }

    // MARK: - Projections and the month's assessment

    /// Every target's year-end projection as of a month's release (the newest month with data when `nil`).
    public func projections(asOf month: Month?) throws -> MonthProjections {
        let catalog = try catalog()
        let asOf = try resolve(month)
        let series = try store.seriesData(asOfPeriod: asOf.period)
        return MonthProjections(asOf: asOf, projections: try ProjectionEngine().project(catalog: catalog, series: series, asOf: asOf.period,
                                                                                        indicators: try indicatorLinks(),
                                                                                        references: try referenceLinks(for: catalog)))
    }

    /// Every target's year-end projection with what was released by `day`, from the newest month
    /// of the catalog's year then known.
    public func projections(knownAt day: CalendarDay?) throws -> MonthProjections {
        let catalog = try catalog()
        let series = try store.seriesData(knownAt: day)
        let asOf = try newestMonth(of: catalog, in: series)
        return MonthProjections(asOf: asOf, projections: try ProjectionEngine().project(catalog: catalog, series: series, asOf: asOf.period,
                                                                                        indicators: try indicatorLinks(),
                                                                                        references: try referenceLinks(for: catalog)))
    }

    /// The month's work: every target projected and assessed as of `month` (the newest month with
    /// data when `nil`) with its news since `since` (the month before when `nil`), rolled up by
    /// department.
    public func month(_ month: Month?, since: Month? = nil, thresholds: StatusThresholds = .standard,
                      progress: ProgressReporter = .silent) throws -> MonthlyResults {
        let catalog = try catalog()
        let asOf = try resolve(month)
        let since = since ?? asOf.previous
        let engine = ProjectionEngine()
        let indicators = try indicatorLinks(), references = try referenceLinks(for: catalog)
        let assessor = RiskAssessor(thresholds: thresholds)

        progress.step("projecting \(catalog.targets.count) targets as of \(since)")
        let earlierSeries = try store.seriesData(asOfPeriod: since.period)
        let earlier = assessor.assess(try engine.project(catalog: catalog, series: earlierSeries, asOf: since.period, indicators: indicators,
                                                                 references: references),
                                      series: earlierSeries)
        progress.step("projecting \(catalog.targets.count) targets as of \(asOf)")
        let series = try store.seriesData(asOfPeriod: asOf.period)
        let projections = try engine.project(catalog: catalog, series: series, asOf: asOf.period, indicators: indicators,
                                             references: references)
        progress.step("assessing risks and rolling up by department")
        let assessments = assessor.assess(projections, series: series, previous: earlier)
        return MonthlyResults(asOf: asOf, since: since, assessments: assessments,
                              departments: DepartmentRollUp.summarise(assessments))
    }

    // MARK: - What if

    /// The fitted links stored by `fitLinks`, empty when none.
    public func links() throws -> [LinkEstimate] {
        try store.document([LinkEstimate].self, name: Self.linksDocument) ?? []
    }

    /// The indicators the indicator bridge reads for each series: the workspace's fitted links
    /// (`links fit`), then the bundled default for the national series (`IndicatorLinks.bundled`).
    public func indicatorLinks() throws -> IndicatorLinks {
        IndicatorLinks(try links()).merging(defaults: try .bundled())
    }

    /// The reference records a catalog's targets may borrow from: the bundled map's when
    /// `referencePanel` is on, else none.
    public func referenceLinks(for catalog: Catalog) throws -> ReferenceLinks {
        referencePanel ? try .bundled(for: catalog) : .none
    }

    /// Fits the links of a specification on everything stored before `year` (the catalog's year
    /// when `nil`) and stores them for the scenarios.
    public func fitLinks(_ specification: LinkSpecification, before year: Int? = nil, file: String) throws -> [LinkEstimate] {
        let before = try year ?? store.catalog().targets.map(\.year).max() ?? 9999
        let data = try store.seriesData(knownAt: nil)
        let estimates = try specification.links.map { try LinkEstimate.fit($0, data: data, before: before, file: file) }
        try store.saveDocument(estimates, name: Self.linksDocument)
        return estimates
    }

    /// The scenario runner on the data as of a month: the catalog, the stored links and the
    /// projection engine as the scenarios' projector.
    public func scenarioRunner(asOf month: Month) throws -> ScenarioRunner {
        let catalog = try catalog()
        let indicators = try indicatorLinks(), references = try referenceLinks(for: catalog)
        return ScenarioRunner(catalog: catalog, data: try store.seriesData(asOfPeriod: month.period), links: try links()) { catalog, data, asOf in
            try ProjectionEngine().project(catalog: catalog, series: data, asOf: asOf, indicators: indicators, references: references)
        }
    }

    /// Baseline and scenarios side by side, on the data as of the first scenario's month.
    public func compare(_ scenarios: [Scenario], thresholds: StatusThresholds = .standard) throws -> ScenarioComparison {
        guard let first = scenarios.first, let asOf = Month(year: first.asOf.year, month: first.asOf.endMonth) else {
            throw TargetTrackError("no scenario to run")
        }
        return try ScenarioComparison(runner: try scenarioRunner(asOf: asOf), scenarios: scenarios,
                                      assessor: RiskAssessor(thresholds: thresholds))
    }

    /// The constant monthly growth in the remaining months that meets a target (see `GoalSeek`).
    public func goalSeek(target: String, via driver: String? = nil, probability: Double?, asOf month: Month) throws -> GoalSeekResult {
        try GoalSeek(runner: try scenarioRunner(asOf: month)).solve(targetID: target, via: driver, probability: probability,
                                                                    asOf: month.period)
    }
}
