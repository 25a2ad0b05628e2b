import Foundation
import Testing

/// The README's "Your own province" walkthrough, command by command, on the bundled Hunan 2018
/// example: from the allocation document to the month's outputs.
@Suite struct YourOwnProvinceTests {
    static let data = TargetTrackProcess.root.appendingPathComponent("Datasets/hunan-2018").path

    /// The review step as a user does it in Excel: `accept` set to yes on the rows of `accepted`.
    static func review(_ file: URL, accepting accepted: Set<String>) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        let lines = text.split(whereSeparator: \.isNewline).map { line -> String in
            var cells = line.split(separator: ",", maxSplits: 4, omittingEmptySubsequences: false).map(String.init)
            guard cells.count == 5, accepted.contains(cells[0]) else { return String(line) }
            cells[3] = "yes"
            return cells.joined(separator: ",")
        }
        try (lines.joined(separator: "\r\n") + "\r\n").write(to: file, atomically: true, encoding: .utf8)
    }

    @Test func theWalkthroughRunsFromTheDocumentToTheMonthsOutputs() throws {
        let folder = try TargetTrackProcess.temporaryFolder()
        func run(_ arguments: [String]) throws -> TargetTrackProcess.Result {
            let result = try TargetTrackProcess.run(arguments, in: folder)
            #expect(result.status == 0, "targettrack \(arguments.joined(separator: " ")): \(result.error)")
            return result
        }
        let initialised = try run(["init", "--document", Self.data + "/work-report-task-allocation-2018.txt"])
        #expect(initialised.output.contains("catalog of 10 targets"))
        #expect(initialised.error.contains("plan year 2018"))
        _ = try run(["import", Self.data + "/hunan-2018-synthetic.csv"])

        let suggested = try run(["catalog", "link", "--suggest", "-o", "review.csv"])
        #expect(suggested.output.contains("review.csv: 10 targets, 8 unambiguous"))
        let reviewFile = folder.appendingPathComponent("review.csv")
        let bytes = try Data(contentsOf: reviewFile)
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]), "a BOM, so Excel reads UTF-8")
        let review = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(review.hasPrefix("target,indicator,kind,accept,series,measure"))
        #expect(review.contains("T001,地区生产总值,growth_rate,,gdp,ytd_growth,1,"))
        #expect(review.contains("T008,居民消费价格涨幅,growth_rate,,cpi,year_average_index,1,"))
        #expect(review.contains("T010,万元GDP能耗,growth_rate,,energy_intensity,annual,1,"))

        // Accepting a series the workspace does not have fails, names the cell and links nothing.
        try Self.review(reviewFile, accepting: ["T001", "T006"])
        let refused = try TargetTrackProcess.run(["catalog", "link", "--apply", "review.csv"], in: folder)
        #expect(refused.status == 1)
        #expect(refused.error.contains("review.csv:7:24: no series `surveyed_unemployment`"))

        _ = try run(["catalog", "link", "--suggest", "-o", "review.csv"])
        let linked = ["T001", "T002", "T003", "T004", "T005", "T008", "T009", "T010"]
        try Self.review(reviewFile, accepting: Set(linked))
        let applied = try run(["catalog", "link", "--apply", "review.csv"])
        #expect(applied.output.contains("review.csv: 8 targets linked, 2 rows not accepted"))
        #expect(applied.output.contains("T008 → cpi (year_average_index)"))

        let month = try run(["month", "--as-of", "2018-06", "--out", "month"])
        #expect(month.output.contains("wrote month/risks-2018-06.csv"))
        for file in ["projections", "risks", "departments", "report"] {
            let name = "month/\(file)-2018-06.\(file == "report" ? "html" : "csv")"
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path), "\(name)")
        }
        let risks = try String(contentsOf: folder.appendingPathComponent("month/risks-2018-06.csv"), encoding: .utf8)
            .split(whereSeparator: \.isNewline).map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let status = Dictionary(risks.dropFirst().map { ($0[0], $0[13]) }, uniquingKeysWith: { first, _ in first })
        for id in linked {
            #expect(["有望完成", "有风险", "难以完成", "已完成"].contains(status[id] ?? ""), "\(id): \(status[id] ?? "missing")")
        }
        #expect(status["T006"] == "无数据")
    }

    @Test func acceptAllLinksTheUnambiguousMatchesAtOnce() throws {
        let folder = try TargetTrackProcess.temporaryFolder()
        for arguments in [["init", "--document", Self.data + "/work-report-task-allocation-2018.txt"],
                          ["import", Self.data + "/hunan-2018-synthetic.csv"]] {
            #expect(try TargetTrackProcess.run(arguments, in: folder).status == 0)
        }
        let accepted = try TargetTrackProcess.run(["catalog", "link", "--suggest", "--accept-all"], in: folder)
        #expect(accepted.status == 0, "\(accepted.error)")
        #expect(accepted.output.contains("8 unambiguous links accepted; review the rest in links-review.csv"))
        let catalog = try TargetTrackProcess.run(["catalog", "export", "-o", "catalog.csv"], in: folder)
        #expect(catalog.status == 0)
        let text = try String(contentsOf: folder.appendingPathComponent("catalog.csv"), encoding: .utf8)
        #expect(text.contains(",gdp,") && text.contains(",energy_intensity,") && !text.contains("surveyed_unemployment"))
    }
}
