import Evaluation
import Foundation
import Testing
import TargetModel
import TextFormats
@testable import PolicyText

/// Issue 20: catalogs and documents that must be refused with their place, or read correctly,
/// quickly.
@Suite struct HostileCatalogTests {
    static let entry = "targets:\n- id: T001\n  year: 2013\n  indicator: 地区生产总值\n  kind: growth_rate\n  comparator: approx\n  direction: increase\n  value: 11\n"

    func yamlFailure(_ text: String) -> String {
        do {
            _ = try CatalogYAML.read(text, source: "c.yaml")
            return "no error"
        } catch {
            return "\(error)"
        }
    }

    func csvFailure(_ text: String) -> String {
        do {
            _ = try CatalogCSV.read(text, source: "c.csv")
            return "no error"
        } catch {
            return "\(error)"
        }
    }

    @Test func theTemplateEntryReads() throws {
        #expect(try CatalogYAML.read(Self.entry).targets.map(\.value) == [11])
    }

    @Test func threeThousandNestedMapsAreRefusedNotAStackOverflow() {
        let nested = (0..<3000).map { String(repeating: " ", count: $0 + 2) + "k\($0):" }.joined(separator: "\n")
        #expect(yamlFailure(Self.entry + "  text:\n" + nested + " x\n").contains("c.yaml:\(9 + InputLimits.maximumYAMLNesting):"))
        #expect(yamlFailure("targets: " + String(repeating: "[", count: 5000)).contains("collections nested more than"))
    }

    @Test func repeatedKeysAndAliasesAreRefused() {
        #expect(yamlFailure(Self.entry + "  value: 12\n").contains("c.yaml:9:3: the key 'value' appears twice"))
        #expect(yamlFailure(Self.entry + "  lead: *x\n").contains("c.yaml:9:9: YAML aliases"))
    }

    @Test(arguments: ["1e309", ".inf", ".nan", "1e308"])
    func catalogValuesBeyondTheNumberRuleAreRefused(value: String) {
        let message = yamlFailure(Self.entry.replacingOccurrences(of: "value: 11", with: "value: \(value)"))
        #expect(message.contains("c.yaml:8:10: value \"\(value)\" is not a number"))
    }

    @Test func aYearOutsideThePlausibleRangeIsRefused() {
        #expect(yamlFailure(Self.entry.replacingOccurrences(of: "year: 2013", with: "year: 1")).contains("year 1 is not from 1949 to 2100"))
    }

    @Test func invisibleCharactersInIdsAndSeriesAreRefused() {
        #expect(yamlFailure(Self.entry.replacingOccurrences(of: "T001", with: "\"\\u2060T001\"")).contains("invisible character U+2060"))
        #expect(yamlFailure(Self.entry + "  series: \"gdp\\u200B\"\n").contains("invisible character U+200B"))
    }

    @Test func catalogCSVRefusesRaggedRowsAndRepeatedColumns() {
        let written = CatalogCSV.write(try! CatalogYAML.read(Self.entry)).split(separator: "\r\n").map(String.init)
        let columns = CatalogColumn.allCases.count
        #expect(csvFailure(written[0] + "\n" + written[1] + ",extra\n").contains("c.csv:2:\(written[1].count + 2): the row has \(columns + 1) fields; expected \(columns)"))
        #expect(csvFailure(written[0] + "\n" + written[1].split(separator: ",", omittingEmptySubsequences: false).dropLast().joined(separator: ",") + "\n")
            .contains("the row has \(columns - 1) fields; expected \(columns)"))
        #expect(csvFailure("id,id,year,indicator,kind,comparator,direction,value\n").contains("column \"id\" appears twice"))
    }

    @Test func catalogExportNeutralisesEveryFormulaAndReadsBack() throws {
        let target = Target(id: "T001", year: 2013, section: "\t一", indicator: "=1+1", kind: .level, comparator: .atLeast,
                            direction: .increase, value: 1, unit: "\r%", lead: ["@省发改委"], co: ["＋统计局"], leaders: [],
                            responsibility: "-cmd", line: 3, text: "＝HYPERLINK()", series: "+gdp")
        let catalog = Catalog(targets: [target])
        let csv = CatalogCSV.write(catalog)
        for cell in ["'\t一", "'=1+1", "'@省发改委", "'＋统计局", "'-cmd", "'＝HYPERLINK()", "'+gdp"] { #expect(csv.contains(cell)) }
        // Reading trims surrounding white space (the TAB and CR), as it does for every catalog field.
        var trimmed = catalog
        trimmed.targets[0].section = "一"
        trimmed.targets[0].unit = "%"
        #expect(try CatalogCSV.read(csv) == trimmed)
    }

    // MARK: - Extraction

    @Test func aSixtyMegabyteLineIsRefusedFastWithItsLine() {
        let text = "2013年《政府工作报告》\n" + String(repeating: "增长11%左右，", count: 60 << 20 / 18) + "\n"
        let started = ContinuousClock.now
        #expect { try TargetExtractor().extract(text, source: "d.txt") } throws: { error in
            "\(error)".hasPrefix("d.txt") && "\(error)".contains("longer than")
        }
        #expect(ContinuousClock.now - started < .seconds(20))
    }

    @Test func aLongLineUnderTheLimitIsRead() throws {
        let text = "2013年《政府工作报告》\n" + String(repeating: "增长11%左右，", count: TargetExtractor.maximumLineCharacters / 9) + "（省发改委负责）\n"
        #expect(try !TargetExtractor().extract(text).targets.isEmpty)
    }

    /// Lines of the kinds a document has; `count` of them.
    static func document(lines count: Int) -> String {
        let kinds = ["全省地区生产总值增长11%左右。", "推进重点项目建设，固定资产投资增长30%。（省发改委负责）", "加强生态保护",
                     "（一）稳定经济增长", "牵头单位：省统计局", "1. 粮食产量1300亿斤"]
        var random = SeededGenerator(seed: 20)
        return "2013年《政府工作报告》\n" + (0..<count).map { _ in kinds.randomElement(using: &random)! }.joined(separator: "\n")
    }

    @Test func extractionTimeGrowsLinearlyWithTheLines() throws {
        let clock = ContinuousClock()
        let small = try clock.measure { _ = try TargetExtractor().extract(Self.document(lines: 3_000)) }
        let large = try clock.measure { _ = try TargetExtractor().extract(Self.document(lines: 12_000)) }
        // Four times the lines: about four times the time; a scan of every earlier item would take sixteen.
        #expect(large / small < 8, "3,000 lines \(small), 12,000 lines \(large)")
        print("extract: 3,000 lines \(small), 12,000 lines \(large)")
    }
}
