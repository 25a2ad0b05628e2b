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

    @Test("The exact leave-one-out error equals refitting without each year, for every penalty", arguments: [0.5, 8, Double.infinity])
    func exactLeaveOneOut(penalty: Double) throws {
        // FAI at m = 6 of 2009…2023 on [1, own reading, PMI, electricity, new loans] (raw, unscaled).
        let grid = try Self.faiGrid(try Self.data())
        let years = (2009...2023).map { $0 - grid.firstYear }
        let design = years.map { t in [1, grid.path[grid.index(t, 6)]] + grid.indicators.map { $0[grid.index(t, 6)] } }
        let y = years.map(grid.outcome)
        #expect(design.allSatisfy { $0.allSatisfy(\.isFinite) } && y.allSatisfy(\.isFinite))
        let ridge = try #require(try IndicatorBridgeModel.ridge(design, y, penalty: penalty))
        var squared = 0.0
        for i in design.indices {
            var rows = design, outcomes = y
            rows.remove(at: i)
            outcomes.remove(at: i)
            let without = try #require(try IndicatorBridgeModel.ridge(rows, outcomes, penalty: penalty))
            let predicted = zip(design[i], without.beta).reduce(0) { $0 + $1.0 * $1.1 }
            squared += (y[i] - predicted) * (y[i] - predicted)
        }
        let refitted = squared / Double(design.count)
        #expect(abs(ridge.looError - refitted) < 1e-8 * Swift.max(1, refitted), "\(ridge.looError) against \(refitted)")
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
            let late = forecasts.center[0, full.index(year - full.firstYear, month)]
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
            let projected = forecasts.center.row(0).filter { !$0.isNaN }
            #expect(projected.isEmpty)
        }
    }

    @Test("Six regressors on few years stay finite and within the scale of the series (the ridge shrinks them)")
    func manyRegressorsFewYears() throws {
        let data = try Self.data()
        let six = IndicatorLinks(["nbs_fai": ["nbs_pmi_manufacturing", "nbs_pmi_non_manufacturing", "nec_electricity",
                                              "nbs_new_loans", "jin10_exports", "nbs_ppi"]])
        let grid = try Self.faiGrid(data, links: six)
        #expect(grid.indicators.count == 6)
        let months = Array(3...9)
        let forecasts = try IndicatorBridgeModel.forecasts([grid], months: months)
        let projected = (0..<grid.yearCount).flatMap { t in months.map { forecasts.center[0, grid.index(t, $0)] } }
            .filter { !$0.isNaN }
        // PMI and new loans start in 2008–2009: six training years with every indicator from 2015
        // on; before, the indicators with the shortest history are dropped.
        #expect(projected.count >= 9 * months.count)
        // Within the range of every FAI year-to-date figure published, widened by half its width.
        let seen = grid.path.filter { !$0.isNaN }
        let low = try #require(seen.min()), high = try #require(seen.max())
        let margin = (high - low) / 2
        let outside = projected.filter { !(low - margin...high + margin).contains($0) }
        #expect(outside.isEmpty, "\(outside) outside \(low - margin)…\(high + margin)")
    }
}
