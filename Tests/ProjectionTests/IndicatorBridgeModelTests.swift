import Evaluation
import Foundation
import TargetModel
import Testing
@testable import Projection

/// The multi-indicator bridge on a real slice: China NBS FAI with PMI, electricity and new loans
/// (the bundled default's indicators for `nbs_fai`).
@Suite struct IndicatorBridgeModelTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Datasets/china-nbs").path
    static let links = IndicatorLinks(["nbs_fai": ["nbs_pmi_manufacturing", "nec_electricity", "nbs_new_loans"]])

    /// The dataset's series by id (the panel's under the maps' ids).
    static func data() throws -> [String: SeriesData] {
        BacktestPanels.chinaNBSData(try BacktestDataset.chinaNBS(folder))
    }

    static func faiGrid(_ data: [String: SeriesData], links: IndicatorLinks = links) throws -> YearGrid {
        let fai = try #require(data["nbs_fai"])
        let grid = try #require(YearGrid(series: fai, measure: .ytdGrowth))
        return grid.attachingIndicators(links.indicators(of: "nbs_fai"), from: data)
    }

    @Test("Out of sample, the bridge's FAI error at m = 3…9 is below carry-forward's on the same years")
    func beatsCarryForwardOnFAI() throws {
        let grid = try Self.faiGrid(try Self.data())
        #expect(grid.indicators.count == 3)
        let months = Array(3...9)
        let bridge = try IndicatorBridgeModel.forecasts([grid], months: months)
        let carry = CarryForwardModel.forecasts([grid], months: months)
        var bridgeError = 0.0, carryError = 0.0, count = 0
        for t in 0..<grid.yearCount {
            for m in months where !bridge.center[0][grid.index(t, m)].isNaN && !grid.outcome(t).isNaN {
                bridgeError += abs(bridge.center[0][grid.index(t, m)] - grid.outcome(t))
                carryError += abs(carry.center[0][grid.index(t, m)] - grid.outcome(t))
                count += 1
            }
        }
        // PMI and new loans start in 2008: six training years first give a projection for 2014.
        #expect(count >= 7 * 10 * 7 / 10)
        print("indicator bridge on FAI: \(count) projections, MAE \(bridgeError / Double(count)) against carry-forward \(carryError / Double(count))")
        #expect(bridgeError < carryError)
    }

    @Test("A projection uses nothing after its own year and month: the same with every later value removed")
    func noLookAhead() throws {
        let data = try Self.data()
        let full = try Self.faiGrid(data)
        let forecasts = try IndicatorBridgeModel.forecasts([full], months: [3, 6, 9])
        var compared = 0
        for (year, month) in [(2016, 3), (2019, 6), (2022, 9)] {
            let cut = data.mapValues { series in
                var out = series
                for (measure, byPeriod) in series.values {
                    out.values[measure] = byPeriod.ending(onOrBefore: year, month: month)
                }
                return out
            }
            let grid = try Self.faiGrid(cut)
            let early = try IndicatorBridgeModel.projection(grid, year: year - grid.firstYear, month: month)
            let late = forecasts.center[0][full.index(year - full.firstYear, month)]
            let value = try #require(early?.center)
            #expect(abs(value - late) < 1e-9, "\(year)-\(month): \(value) with data to then, \(late) with all")
            compared += 1
        }
        #expect(compared == 3)
    }

    @Test("Without links, or with indicators missing from the data, the bridge projects nothing")
    func missingIndicatorsProjectNothing() throws {
        let data = try Self.data()
        for links in [IndicatorLinks.none, IndicatorLinks(["nbs_fai": ["no_such_series"]])] {
            let grid = try Self.faiGrid(data, links: links)
            #expect(grid.indicators.isEmpty)
            let forecasts = try IndicatorBridgeModel.forecasts([grid], months: Array(2...11))
            let projected = forecasts.center[0].filter { !$0.isNaN }
            #expect(projected.isEmpty)
        }
    }

    @Test("Six regressors on few years stay finite and near the outcome's scale (the ridge shrinks them)")
    func manyRegressorsFewYears() throws {
        let data = try Self.data()
        let six = IndicatorLinks(["nbs_fai": ["nbs_pmi_manufacturing", "nbs_pmi_non_manufacturing", "nec_electricity",
                                              "nbs_new_loans", "jin10_exports", "nbs_ppi"]])
        let grid = try Self.faiGrid(data, links: six)
        #expect(grid.indicators.count == 6)
        let forecasts = try IndicatorBridgeModel.forecasts([grid], months: [3, 6, 9])
        let projected = (0..<grid.yearCount).flatMap { t in [3, 6, 9].map { forecasts.center[0][grid.index(t, $0)] } }
            .filter { !$0.isNaN }
        #expect(projected.count >= 20)
        // FAI growth has stayed within −5 … 35 % over the years projected.
        #expect(projected.allSatisfy { (-15...45).contains($0) }, "\(projected)")
    }
}
