import Foundation
import Testing

/// `targettrack import` as a spreadsheet user runs it, and the month in `targettrack --help` run
/// as printed.
@Suite struct ImportCommandTests {
    @Test("A Chinese long file: 1-2月 needs --year; re-imported with another --released, nothing changes")
    func excelFileWithYearAndReRelease() throws {
        let folder = try TargetTrackProcess.temporaryFolder()
        try TargetTrackProcess.run(["init"], in: folder)
        try Data("""
            指标,期间,口径,数值,单位
            fai,1-2月,累计值,"1,234.5",亿元
            fai,1-2月,累计同比,18.5%,%
            """.utf8).write(to: folder.appendingPathComponent("月报.csv"))
        let noYear = try TargetTrackProcess.run(["import", "月报.csv"], in: folder)
        #expect(noYear.status != 0)
        #expect(noYear.error.contains("月报.csv:2:5: period '1-2月' gives no year"), "\(noYear.error)")
        let first = try TargetTrackProcess.run(["import", "月报.csv", "--year", "2014", "--released", "2014-03-18"], in: folder)
        #expect(first.status == 0)
        #expect(first.output.contains("2 rows read, 2 new observations, 0 new vintages"), "\(first.output)")
        let again = try TargetTrackProcess.run(["import", "月报.csv", "--year", "2014", "--released", "2014-03-25"], in: folder)
        #expect(again.output.contains("2 rows read, 0 new observations, 0 new vintages, 2 unchanged"), "\(again.output)")
        let badYear = try TargetTrackProcess.run(["import", "月报.csv", "--year", "14"], in: folder)
        #expect(badYear.status != 0 && badYear.error.contains("--year 14 is not a year of statistics"))
    }

    @Test("The month in targettrack --help runs as printed, each command under 80 columns")
    func helpMonthRuns() throws {
        let help = try TargetTrackProcess.run(["--help"]).output
        let block = help.components(separatedBy: "A typical month:\n").last?.components(separatedBy: "\n\n").first ?? ""
        let commands = block.replacingOccurrences(of: " \\\n", with: " ").split(separator: "\n")
            .map { $0.split(separator: " ").map(String.init) }
        #expect(commands.count == 4 && commands.allSatisfy { $0.first == "targettrack" }, "\(block)")
        #expect(block.split(separator: "\n").allSatisfy { $0.count <= 80 })
        let folder = try TargetTrackProcess.temporaryFolder()
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("Datasets"),
                                                   withDestinationURL: TargetTrackProcess.root.appendingPathComponent("Datasets"))
        for command in commands {
            let result = try TargetTrackProcess.run(Array(command.dropFirst()), in: folder)
            #expect(result.status == 0, "\(command.joined(separator: " ")): \(result.error)")
        }
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("risks-2013-09.csv").path))
    }
}
