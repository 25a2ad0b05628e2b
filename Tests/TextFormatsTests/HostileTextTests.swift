import Foundation
import Testing
import TextFormats
import Yams

/// Issue 20: numbers, CSV cells, terminal text and YAML that a careless colleague or an attacker
/// might hand over. Each case is refused with a location, or read correctly; none crashes or hangs.
@Suite struct HostileTextTests {
    // MARK: - One rule for numbers

    @Test(arguments: [Double.infinity, -.infinity, .nan, 1e308, -1e16, .greatestFiniteMagnitude])
    func numberRuleRefusesNonFiniteAndHugeValues(value: Double) {
        #expect(!NumberRule.accepts(value))
        #expect(NumberRule.checked(value) == nil)
    }

    @Test(arguments: [0.0, -2.15, 8072.5, 1e15, -1e15, 5e-324])
    func numberRuleAcceptsWhatAStatisticCanBe(value: Double) {
        #expect(NumberRule.accepts(value))
    }

    @Test func writersHoldOnlyFiniteNumbersByType() {
        #expect(FiniteNumber(.infinity) == nil)
        #expect(FiniteNumber(.nan) == nil)
        #expect(FiniteNumber(1e308)?.description == "1e+308")
        #expect(CSVCell.number(.infinity) == .empty)
        #expect(CSVCell.number(-.nan) == .empty)
        #expect(CSVWriter.field(.number(11)) == "11")
    }

    // MARK: - Formula neutralisation

    @Test(arguments: ["=1+1", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\tTAB", "\rCR", "＝1+1", "＋1", "－1", "＠x", "'=already"])
    func everyFormulaTriggerIsNeutralisedAndUndone(text: String) {
        let neutralised = CSVWriter.neutralised(text)
        #expect(neutralised == "'" + text)
        #expect(CSVWriter.unneutralised(neutralised) == text)
        let bytes = Array(neutralised.utf8)
        #expect(bytes.withUnsafeBufferPointer { CSVWriter.neutralisingPrefixLength($0) } == 1)
    }

    @Test(arguments: ["plain", "'quoted", "a=b", "≥30%", "", "''"])
    func harmlessTextIsLeftAloneAndReadBackTheSame(text: String) {
        #expect(CSVWriter.neutralised(text) == text)
        #expect(CSVWriter.unneutralised(text) == text)
        #expect(Array(text.utf8).withUnsafeBufferPointer { CSVWriter.neutralisingPrefixLength($0) } == 0)
    }

    // MARK: - Terminal output

    @Test func terminalTablesCarryNoEscapeSequencesOrControlCharacters() {
        let hostile = "GDP\u{1B}[31mRED\u{1B}[0m\u{1B}]0;title\u{07}\u{08}\u{7F}\u{9B}\u{202E}x\ny"
        let table = TextTable.render(header: ["indicator"], rows: [[hostile]])
        #expect(!table.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x08 || $0.value == 0x7F || $0.value == 0x9B || $0.value == 0x202E })
        #expect(table.contains("GDPRED"))
        #expect(table.contains("x y"))
        #expect(TextTable.terminalSafe("地区生产总值") == "地区生产总值")
    }

    // MARK: - Bounded CSV

    @Test func aThirtyTwoMegabyteDigitCellIsRefusedFastWithoutRepeatingIt() throws {
        let cell = String(repeating: "7", count: 32 << 20)
        let clock = ContinuousClock()
        var message = ""
        let elapsed = clock.measure {
            var reader = CSVReader(text: "name,2013-09\nGDP," + cell + "\n", file: "big.csv")
            do {
                _ = try reader.readAll()
            } catch {
                message = "\(error)"
            }
        }
        #expect(message.hasPrefix("big.csv:2:5: the field is longer than"))
        #expect(message.count < 300)
        #expect(elapsed < .seconds(20))
    }

    @Test func aStreamedRecordPastTheLimitIsRefusedWithoutGrowingTheBuffer() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("long-\(UUID()).csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let row = Array(repeating: String(repeating: "1", count: 60_000), count: 100).joined(separator: ",")
        try Data(("a\n" + row + "\n").utf8).write(to: URL(fileURLWithPath: path))
        var reader = try CSVReader(path: path, chunkSize: 1 << 16)
        #expect { try reader.readAll() } throws: { "\($0)".contains(":2:1: the line is longer than \(InputLimits.maximumRecordBytes) bytes") }
    }

    // MARK: - Decoding

    @Test func decodeErrorsNameLineAndColumn() {
        let bytes = Array("a,b\n增长,1\nx,".utf8) + [0xFF, 0x41]
        #expect { try TextDecoding.decode(Data(bytes), source: "r.csv") } throws: { "\($0)".hasPrefix("r.csv:3:3:") }
    }

    @Test func utf16WithoutAByteOrderMarkIsCalledThat() {
        let bytes = Array("series,period\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect { try TextDecoding.decode(Data(bytes), source: "u.csv") } throws: {
            "\($0)".contains("UTF-16 text without a byte-order mark")
        }
    }

    // MARK: - YAML

    @Test func fiveThousandOpenBracketsAreRefusedBeforeYamsRecurses() {
        #expect { try SafeYAML.compose("gdp: " + String(repeating: "[", count: 5000)) } throws: {
            "\($0)".contains("nested more than \(InputLimits.maximumYAMLNesting) deep")
        }
        #expect { try SafeYAML.compose(String(repeating: "{a: ", count: 5000)) } throws: { $0 is YAMLInputError }
    }

    @Test func threeThousandNestedMappingsAreRefused() {
        let text = (0..<3000).map { String(repeating: " ", count: $0) + "k\($0):" }.joined(separator: "\n") + " 1\n"
        #expect { try SafeYAML.compose(text) } throws: { ($0 as? YAMLInputError)?.line == InputLimits.maximumYAMLNesting + 1 }
        let dashes = "x:\n" + String(repeating: "- ", count: 3000) + "1\n"
        #expect { try SafeYAML.compose(dashes) } throws: { $0 is YAMLInputError }
    }

    @Test func anchorsAliasesAndRepeatedKeysAreRefused() {
        #expect { try SafeYAML.compose("a: &x [1]\nb: *x\n") } throws: { ($0 as? YAMLInputError)?.message.contains("anchors") == true }
        #expect { try SafeYAML.compose("lead: *x\n") } throws: { "\($0)" .hasPrefix("1:7: YAML aliases") }
        #expect { try SafeYAML.compose("id: T1\nid: T2\n") } throws: { "\($0)".hasPrefix("2:1: the key 'id' appears twice") }
        #expect { try SafeYAML.compose("t:\n- a: 1\n  b: 2\n  a: 3\n") } throws: { ($0 as? YAMLInputError)?.line == 4 }
    }

    @Test func ordinaryYAMLWithStarsQuotesAndBlockScalarsIsRead() throws {
        let text = """
        name: "a [b {c"   # not a collection
        note: 'it''s *not* an alias & no anchor'
        text: 说明[1]与*重点*
        body: |
          [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[
          *x &y
        list: [a, [b, c], {d: e}]
        """
        let root = try #require(try SafeYAML.compose(text))
        #expect(root.mapping?["text"]?.string == "说明[1]与*重点*")
        #expect(root.mapping?["note"]?.string == "it's *not* an alias & no anchor")
        #expect(root.mapping?["list"]?.sequence?.count == 3)
    }
}
