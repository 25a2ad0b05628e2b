import Foundation
import Testing
import TargetModel
import TextFormats
@testable import PolicyText

/// The extractor on the real Heilongjiang 2013 allocation document against a hand-checked list of
/// its 103 quantitative targets (Fixtures/heilongjiang-2013-expected.csv).
@Suite struct HeilongjiangExtractionTests {
    struct Expected {
        var line: Int, section: String, indicator: String
        var kind: String, comparator: String, direction: String
        var value: Double, valueMax: Double?, unit: String
        var lead: [String], co: [String]
    }

    /// Precision, recall and field accuracy of an extraction against the expected list.
    struct Score {
        var matched: [(Expected, Target)] = []
        var missed: [Expected] = []
        var spurious: [Target] = []
        var recall: Double { Double(matched.count) / Double(matched.count + missed.count) }
        var precision: Double { Double(matched.count) / Double(matched.count + spurious.count) }
        func accuracy(_ agree: (Expected, Target) -> Bool) -> Double {
            Double(matched.filter(agree).count) / Double(matched.count)
        }
    }

    static func expected() throws -> [Expected] {
        var reader = try CSVReader(path: RepositoryFiles.fixture("heilongjiang-2013-expected.csv").path)
        _ = try reader.next()
        var rows: [Expected] = []
        while let r = try reader.next() {
            func list(_ s: String) -> [String] { s.split(separator: "|").map(String.init) }
            rows.append(Expected(line: Int(r[0])!, section: r[1], indicator: r[2], kind: r[3], comparator: r[4],
                                 direction: r[5], value: Double(r[6])!, valueMax: Double(r[7]), unit: r[8],
                                 lead: list(r[9]), co: list(r[10])))
        }
        return rows
    }

    static func extracted() throws -> Catalog {
        let path = RepositoryFiles.dataset("heilongjiang-2013/work-report-task-allocation-2013.txt").path
        return try TargetExtractor().extract(try TextDecoding.decodeFile(atPath: path).text, source: path)
    }

    /// Matches on section + value + unit, each expected row at most once.
    static func score() throws -> Score {
        var score = Score()
        var remaining = try extracted().targets.filter { $0.kind != .milestone }
        for row in try expected() {
            if let i = remaining.firstIndex(where: { $0.section == row.section && $0.value == row.value && $0.unit == row.unit }) {
                score.matched.append((row, remaining.remove(at: i)))
            } else {
                score.missed.append(row)
            }
        }
        score.spurious = remaining
        return score
    }

    @Test func recallAndPrecisionAtLeast95Percent() throws {
        let score = try Self.score()
        #expect(score.recall >= 0.95, "missed: \(score.missed.map { "\($0.section) \($0.value)\($0.unit)" })")
        #expect(score.precision >= 0.95, "spurious: \(score.spurious.map { "\($0.section) \($0.value ?? .nan)\($0.unit)" })")
    }

    @Test func fieldAccuracyAtLeast95Percent() throws {
        let score = try Self.score()
        let fields: [(String, (Expected, Target) -> Bool)] = [
            ("comparator", { $0.comparator == $1.comparator.rawValue }),
            ("direction", { $0.direction == $1.direction.rawValue }),
            ("kind", { $0.kind == $1.kind.rawValue }),
            ("lead", { DepartmentKey.keys(of: $0.lead) == $1.leadKeys }),
            ("co", { DepartmentKey.keys(of: $0.co) == $1.coKeys }),
            ("value_max", { $0.valueMax == $1.valueMax }),
        ]
        for (name, agree) in fields {
            let wrong = score.matched.filter { !agree($0.0, $0.1) }.map { "\($0.1.id) \($0.0.section)" }
            #expect(score.accuracy(agree) >= 0.95, "\(name) wrong for \(wrong)")
        }
    }

    @Test func everyAssignedTaskIsInTheCatalog() throws {
        let catalog = try Self.extracted()
        let milestones = catalog.targets.filter { $0.kind == .milestone }
        // Items with a responsibility note and no number: 74 numbered items and 3 paragraphs.
        #expect(milestones.count == 77)
        #expect(milestones.allSatisfy { !$0.lead.isEmpty && $0.value == nil })
        #expect(catalog.targets.map(\.id) == (1...catalog.targets.count).map(TargetExtractor.targetID))
        #expect(catalog.targets.allSatisfy { $0.year == 2013 })
        let safety = milestones.filter { $0.section == "七(八)29" }
        #expect(safety.map(\.line) == [170, 171])
        #expect(safety.last?.lead == ["省煤管局"])
    }

    @Test func provenanceIsTheExactTextOfTheLine() throws {
        let path = RepositoryFiles.dataset("heilongjiang-2013/work-report-task-allocation-2013.txt").path
        let lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
        for target in try Self.extracted().targets {
            #expect(lines[target.line - 1].contains(target.text), "\(target.id) text not on line \(target.line)")
        }
    }
}
