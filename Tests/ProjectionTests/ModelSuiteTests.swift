import TargetModel
import Testing
@testable import Projection

/// The model registry: each model once under its own id, the measures each serves, and the suite
/// handing every model the grids it serves.
@Suite struct ModelSuiteTests {
    @Test func everyModelIsRegisteredOnceWithTheBenchmark() {
        let ids = ModelSuite.models.map { $0.id }
        #expect(Set(ids).count == ids.count)
        #expect(ids.first == ModelSuite.benchmark)
    }

    /// The models that may project a measure (the benchmark serves every one).
    @Test(arguments: YearEndMeasure.allCases, [false, true])
    func modelsServingAMeasure(measure: YearEndMeasure, hasLevels: Bool) {
        let served = ModelSuite.models.filter { $0.serves(measure, hasLevels: hasLevels) }.map { $0.id }
        let expected: [ModelID] = switch measure {
        case .annual: [CarryForwardModel.id, TrendModel.id]
        case .progress: [CarryForwardModel.id, ProfileModel.id]
        case .yearTotal: [CarryForwardModel.id, BridgeModel.id, IndicatorBridgeModel.id] + (hasLevels ? [SeasonalModel.id] : [])
                + [PaceModel.id, ProfileModel.id]
        case .ytdGrowth, .yearEndLevel: [CarryForwardModel.id, BridgeModel.id, IndicatorBridgeModel.id]
                + (hasLevels ? [SeasonalModel.id] : []) + [PaceModel.id]
        case .yearAverageIndex: [CarryForwardModel.id, BridgeModel.id, IndicatorBridgeModel.id, PaceModel.id]
        }
        #expect(served == expected)
    }

    /// On the Heilongjiang series, with the links of its links.yaml as the indicator bridge's
    /// indicators: a model's table is NaN for every grid it does not serve (the indicator bridge
    /// serves only grids with indicators), and every model
    /// projects some grid it serves (so each receives its grids).
    @Test func eachModelForecastsExactlyTheGridsItServes() throws {
        let series = try HeilongjiangFixture.series()
        let links = IndicatorLinks(["gdp": ["industry", "fai", "retail"], "fiscal_revenue": ["gdp", "industry"]])
        let grids = series.keys.sorted().flatMap { id in
            YearEndMeasure.allCases.compactMap {
                YearGrid(series: series[id]!, measure: $0)?.attachingIndicators(links.indicators(of: id), from: series)
            }
        }
        let suite = try ModelSuite.forecasts(grids, months: [3, 6, 9])
        #expect(suite.models == ModelSuite.models.map { $0.id })
        #expect(suite.models[suite.benchmark] == ModelSuite.benchmark)
        for (k, model) in ModelSuite.models.enumerated() {
            var projected = 0
            for (g, grid) in grids.enumerated() {
                let finite = suite.tables[k].center.row(g).filter { !$0.isNaN }.count
                if model.serves(grid, hasLevels: grid.hasLevels) {
                    projected += finite
                } else {
                    #expect(finite == 0, "\(model.id) projects a \(grid.measure) grid it does not serve")
                }
            }
            #expect(projected > 0, "\(model.id) projects nothing")
        }
    }

    /// Without any indicator attached, the suite leaves the indicator bridge out (no table, no
    /// work per series), and every other model is still there in registry order.
    @Test func withoutIndicatorsTheBridgeIsLeftOut() throws {
        let series = try HeilongjiangFixture.series()
        let grids = series.keys.sorted().flatMap { id in YearEndMeasure.allCases.compactMap { YearGrid(series: series[id]!, measure: $0) } }
        let suite = try ModelSuite.forecasts(grids, months: [3, 6, 9])
        #expect(suite.models == ModelSuite.models.map { $0.id }.filter { $0 != IndicatorBridgeModel.id })
        #expect(suite.models[suite.benchmark] == ModelSuite.benchmark)
    }
}
