import ArgumentParser
import Projection
import Risk
import TargetModel
import Workspace

/// A month's risk assessment from the workspace, the shared step of `risks`, `departments` and
/// `report`: project as of the previous month and as of this one, assess both, keep this month's
/// with its news, and roll it up by department.
struct MonthlyRisk {
    let asOf: Period
    let assessments: [TargetAssessment]
    let departments: [DepartmentSummary]

    init(workspace: Workspace, options: AssessmentOptions, progress: Progress) throws {
        let catalog = try workspace.requiredCatalog()
        let asOf = try options.asOf.flatMap(Period.init) ?? MonthlyRisk.latestMonth(workspace: workspace, catalog: catalog)
        let since = options.since.flatMap(Period.init) ?? MonthlyRisk.monthBefore(asOf)
        let engine = ProjectionEngine()
        let assessor = RiskAssessor(thresholds: try options.thresholds())

        progress.step("projecting \(catalog.targets.count) targets as of \(since)")
        let earlierSeries = try workspace.seriesData(asOfPeriod: since)
        let earlier = assessor.assess(try engine.project(catalog: catalog, series: earlierSeries, asOf: since),
                                      series: earlierSeries)
        progress.step("projecting \(catalog.targets.count) targets as of \(asOf)")
        let series = try workspace.seriesData(asOfPeriod: asOf)
        let now = try engine.project(catalog: catalog, series: series, asOf: asOf)
        progress.step("assessing risks and rolling up by department")
        self.asOf = asOf
        assessments = assessor.assess(now, series: series, previous: earlier)
        departments = DepartmentRollUp.summarise(assessments)
    }

    /// The newest month of the catalog's year that any linked series has data for.
    private static func latestMonth(workspace: Workspace, catalog: Catalog) throws -> Period {
        let year = catalog.targets.map(\.year).max() ?? 0
        let data = try workspace.seriesData(knownAt: nil)
        let months = catalog.linkedSeries.compactMap { data[$0] }
            .flatMap { $0.values.values.flatMap(\.keys) }
            .filter { if case .month(year, _) = $0 { return true } else { return false } }
        guard let latest = months.max() else {
            throw CommandFailure("\(workspace.path): no series linked to the catalog has a month of \(year); import data or give --as-of")
        }
        return latest
    }

    private static func monthBefore(_ period: Period) -> Period {
        guard case let .month(year, month) = period else { return period }
        return month == 1 ? .month(year: year - 1, month: 12) : .month(year: year, month: month - 1)
    }
}
