import Foundation
import Projection
import Scenarios
import TargetModel
import Workspace

/// What the scenario commands share: the workspace's catalog, its data as of a month, the fitted
/// links and the projection engine as the scenarios' projector.
struct ScenarioInputs {
    static let linksDocument = "link-estimates"

    let workspace: Workspace

    func runner(asOf: Period) throws -> ScenarioRunner {
        let catalog = try workspace.requiredCatalog()
        let links = try workspace.document([LinkEstimate].self, name: Self.linksDocument) ?? []
        return ScenarioRunner(catalog: catalog, data: try workspace.seriesData(asOfPeriod: asOf), links: links) { catalog, data, asOf in
            try ProjectionEngine().project(catalog: catalog, series: data, asOf: asOf)
        }
    }
}
