import Foundation
import SeriesIO
import Testing
import Workspace

/// A process killed with SIGKILL in the middle of a large import leaves the workspace exactly as
/// it was: the test runs the built `targettrack` binary, kills it at random moments, and checks.
@Suite struct KilledImportTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The binary `swift build` / `swift test` made.
    static var binary: URL? {
        let candidates = [Bundle.main.bundleURL.deletingLastPathComponent(), Bundle.main.bundleURL,
                          root.appendingPathComponent(".build/debug")]
        return candidates.map { $0.appendingPathComponent("targettrack") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    @Test func sigkillDuringImportLeavesTheWorkspaceAsBefore() throws {
        let binary = try #require(Self.binary, "build the targettrack binary first (swift build)")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kill-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let workspacePath = folder.appendingPathComponent("w.sqlite").path
        let big = folder.appendingPathComponent("synthetic-big.csv")
        var text = "series,period,measure,value,unit,released,source\n"
        for series in 0..<400 {
            for year in 2000..<2021 {
                for month in 1...12 {
                    text += "s\(series),\(year)-\(month < 10 ? "0" : "")\(month),ytd_value,\(series * 1000 + month).5,亿元,,synthetic\n"
                    text += "s\(series),\(year)-\(month < 10 ? "0" : "")\(month),ytd_growth,\(month).25,%,,synthetic\n"
                }
            }
        }
        try Data(text.utf8).write(to: big)

        let baseline = try Workspace(path: workspacePath)
        let small = "series,period,measure,value,unit,released,source\ngdp,2013-09,ytd_value,100,亿元,2013-10-20,\n"
        try baseline.importObservations(from: LongCSVReader(text: small, file: "small.csv"))
        var before = try baseline.vintageCount()
        var importsBefore = try baseline.importLog().count

        var random = SystemRandomNumberGenerator()
        var killedMidway = 0
        for _ in 0..<6 {
            let process = Process()
            process.executableURL = binary
            process.arguments = ["import", big.path, "--workspace", workspacePath]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32.random(in: 100_000...1_500_000, using: &random))
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
                killedMidway += 1
            }
            process.waitUntilExit()
            let reopened = try Workspace(path: workspacePath)
            #expect(try reopened.integrityCheck() == ["ok"])
            if process.terminationReason == .uncaughtSignal {
                #expect(try reopened.vintageCount() == before)
                #expect(try reopened.importLog().count == importsBefore)
            } else {
                // The import finished before the kill: it is now the state to preserve.
                before = try reopened.vintageCount()
                importsBefore = try reopened.importLog().count
            }
        }
        #expect(killedMidway >= 3, "the import finished before most kills; make the file larger")
    }
}
