import Foundation
import Testing

/// `links fit`, `links show`, `scenario run` and a goal seek through a link flag a weak link.
@Suite struct WeakLinkCommandTests {
    @Test("A weak link (trade on investment) is flagged by every command that shows or uses it")
    func weakLinkIsFlagged() throws {
        let folder = try ReadmeCommandsTests.folder(empty: false)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "trade: [fai]        # foreign trade on investment: a poor link\n"
            .write(to: folder.appendingPathComponent("weak.yaml"), atomically: true, encoding: .utf8)
        let fit = try ReadmeCommandsTests.shell("targettrack links fit weak.yaml", in: folder)
        #expect(fit.status == 0, "\(fit.error)")
        #expect(fit.output.contains("imprecise_coefficient low_r_squared"), "\(fit.output)")
        #expect(fit.output.contains("warning: weak link trade ← fai: SE above half the coefficient of fai; R² "), "\(fit.output)")

        let show = try ReadmeCommandsTests.shell("targettrack links show --format json", in: folder)
        #expect(show.output.contains("\"weak\":\"imprecise_coefficient low_r_squared\""), "\(show.output)")
        #expect(show.error.contains("warning: weak link trade ← fai"), "\(show.error)")

        let scenario = try ReadmeCommandsTests.shell(
            "targettrack scenario run Datasets/heilongjiang-2013/scenarios/q4-investment-slowdown.yaml", in: folder)
        #expect(scenario.status == 0, "\(scenario.error)")
        #expect(scenario.error.contains("注意：弱关联 trade ← fai"), "\(scenario.error)")

        let seek = try ReadmeCommandsTests.shell("targettrack goal-seek T006 --via fai --as-of 2013-09 --lang en", in: folder)
        #expect(seek.status == 0, "\(seek.error)")
        #expect(seek.output.contains("(through the link fai → trade)") && seek.output.contains("warning: weak link trade ← fai"), "\(seek.output)")
    }
}
