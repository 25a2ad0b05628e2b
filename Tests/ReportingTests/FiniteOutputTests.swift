import Foundation
import Reporting
import Testing
import TextFormats

/// Issue 20: no writer prints `inf`, `nan` or `-nan`; a number that is not finite can only be
/// shown as no value.
@Suite struct FiniteOutputTests {
    @Test(arguments: [Double.infinity, -.infinity, .nan])
    func jsonHasNoNonFiniteNumber(value: Double) {
        let text = JSONValue.object([("x", .number(value)), ("y", .number(1e308))]).text
        #expect(text == #"{"x":null,"y":1e+308}"#)
        #expect(JSONValue.number(nil as Double?).text == "null")
    }

    @Test func tablesOfNonFiniteNumbersPrintNoValueInEveryFormat() throws {
        let table = ReportTable(keys: ["id", "p"], headers: ["id", "p"],
                                rows: [[.text("T1"), .number(.nan)], [.text("T2"), .number(-.infinity)]], language: .en)
        for text in [table.csv(), table.text(), table.jsonObjects.map(\.text).joined()] {
            #expect(!text.lowercased().contains("inf") && !text.lowercased().contains("nan"), "\(text)")
        }
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(("[" + table.jsonObjects.map(\.text).joined(separator: ",") + "]").utf8)) as? [[String: Any]])
        #expect(objects[0]["p"] is NSNull)
    }

    @Test func hostileTextInATerminalTableIsDefused() {
        let table = ReportTable(keys: ["indicator"], headers: ["indicator"], rows: [[.text("GDP\u{1B}]0;pwned\u{07}\u{1B}[2J")]], language: .en)
        #expect(!table.text().unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        #expect(table.csv().contains("GDP\u{1B}]0;pwned"))
    }

    @Test func csvExportsNeutraliseTextButNotNumbers() {
        let table = ReportTable(keys: ["a", "b", "c"], headers: ["a", "b", "c"],
                                rows: [[.text("＠cmd"), .text("\tx"), .number(-1.5)]], language: .en)
        #expect(table.csv() == "a,b,c\r\n'＠cmd,'\tx,-1.5\r\n")
    }
}
