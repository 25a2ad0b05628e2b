@testable import Evaluation
import Foundation
import TargetModel
import Testing

/// The parts of `targettrack bench` that decide what is compared (issue 21): the million-series
/// panel's ids, the carry-forward the DuckDB peer is checked against, and the results file.
@Suite struct BenchHarnessTests {
    @Test("Every county × 350 indicators: at least a million distinct series ids")
    func millionSeriesIDs() {
        let panel = SyntheticPanel.national(series: 1_000_000, indicators: 350)
        #expect(panel.seriesCount >= 1_000_000 && panel.seriesCount < 1_000_000 + 350)
        let ids = Set((0..<panel.indicators).map { panel.seriesID(unit: panel.units - 1, indicator: $0) })
        #expect(ids.count == 350)
        #expect(panel.seriesID(unit: 2, indicator: 349) == "c00002_i349")
        // The canonical national panel keeps its ids.
        let national = SyntheticPanel.national(series: 113_840)
        #expect(national.units == 2_846 && national.seriesID(unit: 0, indicator: 7) == "c00000_i07")
    }

    @Test("Carry-forward growth: the newest YTD value of the year over the same month a year earlier")
    func carryForwardGrowth() {
        var complete = SeriesData(id: "a")
        complete.set(.ytdValue, .month(year: 2012, month: 8), 80)
        complete.set(.ytdValue, .month(year: 2012, month: 9), 100)
        complete.set(.ytdValue, .month(year: 2013, month: 8), 90)
        complete.set(.ytdValue, .month(year: 2013, month: 9), 112)
        var gap = SeriesData(id: "b")
        gap.set(.ytdValue, .month(year: 2012, month: 8), 80)
        gap.set(.ytdValue, .month(year: 2013, month: 9), 112)
        let growth = DuckDBPeer.carryForwardGrowth(["a": complete, "b": gap], asOf: .month(year: 2013, month: 9))
        #expect(growth.count == 1)
        #expect(abs(growth["a"]! - 12) < 1e-12)
    }

    @Test("A results file keeps what follows its marker and nothing before it")
    func resultsFileKeepsOtherSections() {
        let existing = "# old bench\n\nold table\n\n\(BenchResultsFile.keptMarker)\n\n## Dashboard load\n\n| a | b |\n"
        let merged = BenchResultsFile.merged("# new bench\n", existing: existing)
        #expect(merged == "# new bench\n\n\(BenchResultsFile.keptMarker)\n\n## Dashboard load\n\n| a | b |\n")
        #expect(BenchResultsFile.merged("# new bench\n", existing: "# old bench\n") == "# new bench\n")
        #expect(BenchResultsFile.merged("# new bench\n", existing: nil) == "# new bench\n")
    }
}
