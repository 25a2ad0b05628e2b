import Foundation
import SeriesIO
import TargetModel
import Testing
import TextFormats
import Workspace

/// Issue 20: a workspace that is missing, empty, read-only or being written by someone else;
/// files that must store nothing.
@Suite struct HostileWorkspaceTests {
    private let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("hostile-ws-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    private func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    private func write(_ name: String, _ text: String) throws -> String {
        try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        return path(name)
    }

    // MARK: - Opening

    @Test func readingAMissingWorkspaceSaysHowToMakeOneAndCreatesNothing() {
        let missing = path("typo.sqlite")
        #expect { try Workspace(path: missing, access: .read) } throws: {
            "\($0)".contains("there is no workspace here; make one with `targettrack init --workspace \(missing)`")
        }
        #expect { try Workspace(path: missing, access: .write) } throws: { ($0 as? WorkspaceError) == .noWorkspace(path: missing) }
        #expect(!FileManager.default.fileExists(atPath: missing))
    }

    @Test(arguments: [Workspace.Access.create, .write, .read])
    func anEmptyFileIsNotAdoptedAsAWorkspace(access: Workspace.Access) throws {
        let empty = try write("empty.sqlite", "")
        #expect { try Workspace(path: empty, access: access) } throws: { "\($0)".contains("it is an empty file, not a workspace") }
        #expect(try Data(contentsOf: URL(fileURLWithPath: empty)).isEmpty)
    }

    @Test func aReadOnlyWorkspaceCanBeReadAndIsLeftUnchanged() throws {
        let file = path("w.sqlite")
        let csv = try write("a.csv", "series,period,measure,value\ngdp,2013-09,ytd_growth,10.1\n")
        _ = try Workspace(path: file).importFile(path: csv)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: file)
        let before = try Data(contentsOf: URL(fileURLWithPath: file))
        let reader = try Workspace(path: file, access: .read)
        #expect(try reader.seriesInfo().map(\.id) == ["gdp"])
        #expect(try reader.vintageCount() == 1)
        #expect { try reader.importFile(path: csv) } throws: { "\($0)".contains("readonly") || "\($0)".contains("read-only") }
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == before)
    }

    // MARK: - Nothing stored from a bad file

    @Test(arguments: [
        ("series,period,measure,value\nzz1,2013-09,ytd_value,1\nzz1,2013-10,ytd_value,1e309\n", "out of range"),
        ("series,period,measure,value,released\nzz1,2013-09,ytd_value,1,0001-01-01\n", "bad release date"),
        ("series,period,measure,value\nzz1,2013-09,ytd_value,1\n\u{200B}zz1,2013-10,ytd_value,2\n", "invisible character"),
    ])
    func aBadRowStoresNothingFromTheFile(text: String, problem: String) throws {
        let workspace = try Workspace(path: path("w.sqlite"))
        let csv = try write("bad.csv", text)
        #expect { try workspace.importFile(path: csv) } throws: { "\($0)".contains(problem) }
        #expect(try workspace.vintageCount() == 0)
    }

    @Test(arguments: [
        ([0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF] + Array("series,period,measure,value\ngdp,2013-09,ytd_growth,1\n".utf8), "second byte-order mark"),
        (Array("series,period,measure,value,value\ngdp,2013-09,ytd_growth,1,1\n".utf8), "appears twice"),
        (Array("series,period,measure,value,\ngdp,2013-09,ytd_growth,1,\n".utf8), "trailing comma"),
        (Array("series,period,value\ngdp,2013-09,1\n".utf8), "no 'measure' column"),
        (Array("series,period,measure,value\ngdp,2013-09,ytd_growth,1\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }, "UTF-16 text without a byte-order mark"),
    ] as [([UInt8], String)])
    func aLongFileGoneWrongSaysWhatIsWrongNotThatItNeedsASeriesMap(bytes: [UInt8], problem: String) throws {
        let workspace = try Workspace(path: path("w.sqlite"))
        try Data(bytes).write(to: folder.appendingPathComponent("odd.csv"))
        #expect { try workspace.importFile(path: path("odd.csv")) } throws: {
            "\($0)".contains(problem) && !"\($0)".contains("--series-map")
        }
    }

    // MARK: - Two writers

    /// A long file of `rows` rows over 1,000 series, written quickly.
    private func bigFile(_ name: String, rows: Int, prefix: String) throws -> String {
        var text = "series,period,measure,value,unit,released,source\n"
        text.reserveCapacity(rows * 48)
        for index in 0..<rows {
            let year = 1990 + index / 1000 / 12, month = index / 1000 % 12 + 1
            text += "\(prefix)\(index % 1000),\(year)-\(month < 10 ? "0" : "")\(month),ytd_value,\(index % 977).5,亿元,,t\n"
        }
        return try write(name, text)
    }

    @Test(.timeLimit(.minutes(10)))
    func twoSimultaneousImportsOfThreeHundredThousandRowsBothComplete() async throws {
        let file = path("w.sqlite")
        _ = try Workspace(path: file, access: .create)
        let first = try bigFile("a.csv", rows: 300_000, prefix: "a")
        let second = try bigFile("b.csv", rows: 300_000, prefix: "b")
        let waited = Waits()
        let started = ContinuousClock.now
        let records = try await withThrowingTaskGroup(of: ImportRecord?.self) { group in
            for csv in [first, second] {
                group.addTask {
                    let workspace = try Workspace(path: file, access: .write) { _ in waited.add() }
                    return try workspace.importFile(path: csv)
                }
            }
            // A reader is never blocked while they write.
            group.addTask {
                let reader = try Workspace(path: file, access: .read)
                for _ in 0..<5 { _ = try reader.importLog(); try await Task.sleep(for: .milliseconds(200)) }
                return nil
            }
            return try await group.reduce(into: [ImportRecord]()) { if let record = $1 { $0.append(record) } }
        }
        let elapsed = ContinuousClock.now - started
        #expect(records.map(\.newObservations) == [300_000, 300_000])
        #expect(try Workspace(path: file, access: .read).vintageCount() == 600_000)
        print("two simultaneous imports of 300,000 rows: \(elapsed), writer told to wait \(waited.count) time(s)")
    }
}

/// Counts the wait notices a writer gave.
private final class Waits: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    var count: Int { lock.withLock { value } }
    func add() { lock.withLock { value += 1 } }
}
