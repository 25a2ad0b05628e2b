import Foundation
import Testing

/// Issue 20 through the command line: what a user sees when the workspace path is wrong, a file
/// holds an impossible number, a fit is degenerate, or two imports run at once.
@Suite("Hostile input at the command line")
struct HostileCommandTests {
    @Test("A mistyped --workspace on a reading command says there is none and creates nothing")
    func mistypedWorkspace() throws {
        let folder = try TargetTrackProcess.temporaryFolder()
        let typo = folder.appendingPathComponent("tagrettrack.sqlite").path
        let result = try TargetTrackProcess.run(["series", "list", "--workspace", typo])
        #expect(result.status != 0)
        #expect(result.error.contains("there is no workspace here; make one with `targettrack init --workspace \(typo)`"), "\(result.error)")
        #expect(!FileManager.default.fileExists(atPath: typo))
    }

    @Test("A value of 1e309 is refused with file:line:column and nothing is stored")
    func infiniteValue() throws {
        let folder = try TargetTrackProcess.temporaryFolder()
        try TargetTrackProcess.run(["init", "--workspace", "w.sqlite"], in: folder)
        try Data("series,period,measure,value\nzz1,2013-08,ytd_value,1\nzz1,2013-09,ytd_value,1e309\n".utf8)
            .write(to: folder.appendingPathComponent("inf.csv"))
        let result = try TargetTrackProcess.run(["import", "inf.csv", "--workspace", "w.sqlite"], in: folder)
        #expect(result.status != 0)
        #expect(result.error.contains("inf.csv:3:23: value '1e309' is out of range"), "\(result.error)")
        let list = try TargetTrackProcess.run(["series", "list", "--workspace", "w.sqlite", "--format", "json"], in: folder)
        #expect(list.status == 0, "\(list.error)")
        #expect(!list.output.contains("zz1"))
    }

    @Test("regress on a constant response prints no inf or nan")
    func constantResponse() throws {
        let folder = try TargetTrackProcess.temporaryFolder()
        try Data("y,x\n1,1\n1,2\n1,3\n1,5\n".utf8).write(to: folder.appendingPathComponent("c.csv"))
        for format in ["table", "json"] {
            let result = try TargetTrackProcess.run(["regress", "c.csv", "--y", "y", "--x", "x", "--format", format], in: folder)
            #expect(result.status == 0, "\(result.error)")
            #expect(!result.output.lowercased().contains("nan") && !result.output.lowercased().contains("inf"), "\(result.output)")
        }
    }

    @Test("Two imports of 300,000 rows started at once both complete", .timeLimit(.minutes(10)))
    func twoImportsAtOnce() throws {
        let folder = try TargetTrackProcess.temporaryFolder()
        try TargetTrackProcess.run(["init", "--workspace", "w.sqlite"], in: folder)
        for name in ["a", "b"] {
            var text = "series,period,measure,value,unit,released,source\n"
            text.reserveCapacity(300_000 * 40)
            for index in 0..<300_000 {
                let year = 1990 + index / 1000 / 12, month = index / 1000 % 12 + 1
                text += "\(name)\(index % 1000),\(year)-\(month < 10 ? "0" : "")\(month),ytd_value,\(index % 977),亿元,,t\n"
            }
            try Data(text.utf8).write(to: folder.appendingPathComponent("\(name).csv"))
        }
        let processes = try ["a", "b"].map { name -> (Process, Pipe) in
            let process = Process()
            process.executableURL = TargetTrackProcess.binary
            process.arguments = ["import", "\(name).csv", "--workspace", "w.sqlite"]
            process.currentDirectoryURL = folder
            let error = Pipe()
            process.standardError = error
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            return (process, error)
        }
        for (process, error) in processes {
            let message = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\(message)")
            #expect(!message.contains("database is locked"))
        }
        let list = try TargetTrackProcess.run(["series", "list", "--workspace", "w.sqlite", "--format", "csv"], in: folder)
        #expect(list.output.split(whereSeparator: \.isNewline).count == 2_001, "\(list.error)")
    }
}
