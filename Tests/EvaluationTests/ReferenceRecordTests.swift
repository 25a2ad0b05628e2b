import Foundation
import Projection
import TargetModel
import Testing
@testable import Evaluation

/// The bundled China NBS reference record (decision 041): regenerating it gives the committed
/// file, and a record built for the years before one reads nothing of that year or later.
@Suite struct ReferenceRecordTests {
    static let generated = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/Projection/ReferenceRecord+ChinaNBS.swift").path

    @Test("backtest --write-reference regenerates the committed ReferenceRecord+ChinaNBS.swift exactly")
    func regeneratesTheBundledRecord() throws {
        let committed = try String(contentsOfFile: Self.generated, encoding: .utf8)
        #expect(try BacktestDataset.referenceSource(folder: BacktestFiguresTests.root) == committed)
    }

    @Test("A record of the years before 2010 is the record of the panel with nothing from 2010 on")
    func noLeakage() throws {
        let series = try BacktestDataset.chinaNBS(BacktestFiguresTests.root + "/china-nbs")
        func grids(through last: Int) -> [(id: String, grid: YearGrid)] {
            BacktestPanels.chinaNBS(series).compactMap { data, measure in
                YearGrid(series: Backtest.truncated(data, from: 0, through: last), measure: measure).map { (data.id, $0) }
            }
        }
        let months = [3, 6, 9]
        let before = try Backtest.PanelRecord(grids: grids(through: 9999), months: months)
            .records(names: BacktestPanels.chinaNBSNames, before: 2010)
        let cut = try Backtest.PanelRecord(grids: grids(through: 2009), months: months)
            .records(names: BacktestPanels.chinaNBSNames, before: nil)
        #expect(Set(before.keys) == Set(cut.keys) && before.count == 5)
        for (id, record) in before {
            let other = try #require(cut[id])
            #expect(record.months.keys.sorted() == other.months.keys.sorted(), "\(id)")
            for (m, month) in record.months {
                let same = try #require(other.months[m])
                #expect(month.years == same.years, "\(id) m = \(m)")
                #expect(Set(month.ratios.keys) == Set(same.ratios.keys), "\(id) m = \(m)")
                for (model, ratio) in month.ratios { #expect(abs(ratio - same.ratios[model]!) < 1e-9, "\(id) \(model) m = \(m)") }
                #expect(abs((month.scale ?? 0) - (same.scale ?? 0)) < 1e-9, "\(id) m = \(m)")
            }
        }
        // And the record does move with the years it covers.
        let all = try Backtest.PanelRecord(grids: grids(through: 9999), months: months).records(names: BacktestPanels.chinaNBSNames, before: nil)
        #expect(all["nbs_fai"]!.months[6]!.years > before["nbs_fai"]!.months[6]!.years)
    }

    @Test("The China NBS backtest with two years of history and the reference panel scores the same projections")
    func referencePanelBacktest() throws {
        let plain = try BacktestDataset.report([.chinaNBS], folder: BacktestFiguresTests.root, historyYears: 2).datasets[0]
        let borrowed = try BacktestDataset.report([.chinaNBS], folder: BacktestFiguresTests.root, historyYears: 2,
                                                  referencePanel: true).datasets[0]
        #expect(plain.byMonth.map(\.count) == borrowed.byMonth.map(\.count))
        // Measured (decision 041): skill 0.116 without, 0.069 with the reference panel.
        #expect(borrowed.skill < plain.skill)
    }
}
