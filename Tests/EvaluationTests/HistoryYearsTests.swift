import Evaluation
import Foundation
import Testing

/// `backtest --history-years N` (issue 15): each year scored as a province with N prior years sees it.
@Suite struct HistoryYearsTests {
    @Test("The provincial panel with two prior years: the same projections scored, the profile from last years, wider intervals")
    func provincialPanelWithTwoYears() throws {
        let all = try BacktestDataset.report([.provincial], folder: BacktestFiguresTests.root).datasets[0]
        let two = try BacktestDataset.report([.provincial], folder: BacktestFiguresTests.root, historyYears: 2).datasets[0]
        #expect(all.series == 31 && two.series == 31)
        #expect(all.byMonth.map(\.count) == two.byMonth.map(\.count))
        // Measured (m = 3…9): all history skill 0.857, cov80 0.570; two years 0.856, cov80 0.887.
        // The year total is never the amount so far: the chosen MAE stays far below carry-forward's.
        #expect(two.skill > 0.5)
        #expect(two.coverage80 > all.coverage80)
        #expect(two.byMonth.allSatisfy { $0.mae["profile"] != nil })
    }
}
