import Foundation
import Testing
import Projection
import SeriesIO

/// The accuracy figures issue 6 asks for, on the bundled real datasets, with margins.
@Suite struct BacktestFiguresTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Datasets").path

    @Test func fredMD() throws {
        let file = try FREDMD.read(path: Self.root + "/fred-md/fredmd_vintage_2026-02.csv")
        let result = try Backtest.run(name: "fred-md", series: BacktestPanels.fredMD(file.series),
                                      evaluationYears: BacktestPanels.fredMDYears)
        print(String(decoding: try JSONEncoder.sorted.encode(result), as: UTF8.self))
        #expect(result.series == 20)
        #expect(result.skill > 0)
    }

    @Test func chinaNBS() throws {
        let series = try ChinaNBSLong.read(path: Self.root + "/china-nbs/china_monthly_ytd_nbs_via_choice.csv")
        let result = try Backtest.run(name: "china-nbs", series: BacktestPanels.chinaNBS(series))
        print(String(decoding: try JSONEncoder.sorted.encode(result), as: UTF8.self))
        #expect(result.series == 4)
        #expect(result.skill > 0)
    }
}

extension JSONEncoder {
    static var sorted: JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys]
        return e
    }
}
