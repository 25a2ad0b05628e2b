import Foundation
import Testing

@Suite struct ExtractCommandTests {
    private let document = "Datasets/heilongjiang-2013/work-report-task-allocation-2013.txt"

    @Test func extractPrintsTheCatalogAsCSV() throws {
        let result = try TargetTrackProcess.run(["extract", document, "--format", "csv"])
        #expect(result.status == 0)
        let lines = result.output.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.first == "id,year,section,indicator,kind,comparator,direction,value,value_max,unit,lead,co,lead_key,co_key,leaders,responsibility,line,text,series,tolerance")
        #expect(lines.count == 181)
        #expect(lines[1] == "T001,2013,一(一),地区生产总值,growth_rate,approx,increase,11,,%,省发改委,,省发展和改革委员会,,,负责,4,地区生产总值增长11%左右,,0.5")
        // Standard error names the year's clue and counts the numbers.
        #expect(result.error.contains("plan year 2013 from the congress session `省十二届人大一次会议`"))
        #expect(result.error.contains("extracted") && result.error.contains("skipped as non-targets; 180 targets"))
    }

    @Test func explainListsEverySkippedNumberWithItsLineAndReason() throws {
        let result = try TargetTrackProcess.run(["extract", document, "--explain", "--format", "csv"])
        #expect(result.status == 0)
        #expect(result.error.contains("\(document):173: skipped `2013年`: a date or a duration"))
        #expect(result.error.contains("skipped `100亿元以上`: qualifies something else"))
    }

    @Test func extractWritesYAMLThatValidatesAndConverts() throws {
        let folder = try TargetTrackProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let yaml = folder.appendingPathComponent("c.yaml").path, csv = folder.appendingPathComponent("c.csv").path
        #expect(try TargetTrackProcess.run(["extract", document, "-o", yaml, "--year", "2013"]).status == 0)
        let validated = try TargetTrackProcess.run(["catalog", "validate", yaml])
        #expect(validated.status == 0 && validated.output.contains("180 targets (103 quantitative, 77 milestones)"))
        #expect(try TargetTrackProcess.run(["catalog", "convert", yaml, "-o", csv]).status == 0)
        #expect(try TargetTrackProcess.run(["catalog", "validate", csv]).status == 0)
    }

    @Test func badInputFailsWithAClearMessage() throws {
        let folder = try TargetTrackProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        func file(_ name: String, _ bytes: [UInt8]) throws -> String {
            let path = folder.appendingPathComponent(name).path
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            return path
        }
        let empty = try file("empty.txt", [])
        let prose = try file("prose.txt", Array("2013年的一段说明文字，没有分工。\n".utf8))
        let junk = try file("junk.bin", [0x00, 0xFF, 0xFE, 0x80, 0x13, 0x37, 0xC3, 0x28])
        let cases: [(String, String)] = [(empty, "the document is empty"), (prose, "no targets found"),
                                         (junk, "cannot decode the text (byte")]
        for (path, message) in cases {
            let result = try TargetTrackProcess.run(["extract", path])
            #expect(result.status != 0, "\(path)")
            #expect(result.error.contains(message) && result.error.contains(path), "\(result.error)")
        }
    }

    @Test func validateListsProblemsAndFails() throws {
        let folder = try TargetTrackProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("bad.yaml").path
        try "targets:\n- id: T001\n  year: 2013\n  indicator: x\n  kind: wish\n  comparator: exact\n  direction: up\n  value: 1\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        let result = try TargetTrackProcess.run(["catalog", "validate", path])
        #expect(result.status != 0)
        #expect(result.error.contains("\(path):5:9: unknown kind \"wish\"") && result.error.contains("\(path):7:14: unknown direction \"up\""))
    }
}
