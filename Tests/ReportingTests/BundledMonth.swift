import Foundation
import PolicyText
import Projection
import Risk
import Scenarios
import TargetModel
import TextFormats
import Workspace

/// The bundled Heilongjiang 2013 example as of September, built as the monthly job builds it: the
/// catalog and both data files imported into a fresh workspace, projected as of August and
/// September and assessed (September's news against August), plus the two bundled scenarios.
struct BundledMonth: Sendable {
    static let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Datasets/heilongjiang-2013")
    static let asOf = Period.month(year: 2013, month: 9)

    let assessments: [TargetAssessment]
    let departments: [DepartmentSummary]
    let scenarios: ScenarioComparison
    let scenarioFiles: [Scenario]
    /// September's data, for the charts' last-year paths and past years.
    let series: [String: SeriesData]

    /// Built once for every test that needs it.
    static let shared: Result<BundledMonth, Failure> = Result { try BundledMonth() }.mapError { Failure(message: "\($0)") }

    struct Failure: Error, Sendable { var message: String }

    private init() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bundled-month-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        func file(_ name: String) -> String { Self.data.appendingPathComponent(name).path }
        let workspace = try Workspace(path: folder.appendingPathComponent("w.sqlite").path)
        let catalog = try CatalogFile.read(path: file("catalog.yaml"))
        try workspace.saveCatalog(catalog)
        for name in ["heilongjiang-2013-reconstructed.csv", "published.csv"] { _ = try workspace.importFile(path: file(name)) }

        let engine = ProjectionEngine(), assessor = RiskAssessor()
        let august = Period.month(year: 2013, month: 8)
        let earlierSeries = try workspace.seriesData(asOfPeriod: august)
        let earlier = assessor.assess(try engine.project(catalog: catalog, series: earlierSeries, asOf: august), series: earlierSeries)
        let series = try workspace.seriesData(asOfPeriod: Self.asOf)
        assessments = assessor.assess(try engine.project(catalog: catalog, series: series, asOf: Self.asOf),
                                      series: series, previous: earlier)
        departments = DepartmentRollUp.summarise(assessments)

        let files = ["q4-investment-slowdown.yaml", "poor-harvest.yaml"].map { file("scenarios/" + $0) }
        let parsed = try files.map { try ScenarioFile.parse(try ReadableFile.utf8Text($0), file: $0) }
        let runner = ScenarioRunner(catalog: catalog, data: series) { catalog, data, asOf in
            try ProjectionEngine().project(catalog: catalog, series: data, asOf: asOf)
        }
        scenarios = try ScenarioComparison(runner: runner, scenarios: parsed)
        scenarioFiles = parsed
        self.series = series
    }
}
