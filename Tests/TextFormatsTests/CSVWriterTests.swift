import Foundation
import Testing
import TextFormats

@Suite struct CSVWriterTests {
    @Test func quotesFieldsThatHoldCommasQuotesAndLineBreaksPerRFC4180() {
        #expect(CSVWriter.field(.text("plain")) == "plain")
        #expect(CSVWriter.field(.text("a,b")) == "\"a,b\"")
        #expect(CSVWriter.field(.text("say \"hi\"")) == "\"say \"\"hi\"\"\"")
        #expect(CSVWriter.field(.text("two\nlines")) == "\"two\nlines\"")
        #expect(CSVWriter.field(.text("cr\rhere")) == "\"cr\rhere\"")
        #expect(CSVWriter.field(.text("省发改委、统计局")) == "省发改委、统计局")
    }

    @Test func recordsEndInCRLF() {
        let text = CSVWriter().document(header: ["id", "value"], rows: [[.text("T1"), .number(11)], [.text("T2"), .empty]])
        #expect(text == "id,value\r\nT1,11\r\nT2,\r\n")
    }

    @Test(arguments: ["=SUM(A1:A2)", "+1", "-2+3", "@cmd", "=HYPERLINK(\"http://x\",\"y\")"])
    func neutralisesTextThatASpreadsheetWouldEvaluate(formula: String) {
        let field = CSVWriter.field(.text(formula))
        let unquoted = field.hasPrefix("\"") ? String(field.dropFirst().dropLast()) : field
        #expect(unquoted.hasPrefix("'"))
        #expect(unquoted.replacingOccurrences(of: "\"\"", with: "\"") == "'" + formula)
    }

    @Test func leavesHarmlessTextAndEveryNumberAlone() {
        #expect(CSVWriter.field(.text("≥30%")) == "≥30%")
        #expect(CSVWriter.field(.text("a=b")) == "a=b")
        #expect(CSVWriter.field(.number(-1.5)) == "-1.5")
        #expect(CSVWriter.field(.number(-3)) == "-3")
        #expect(CSVWriter.field(.number(8.25)) == "8.25")
        #expect(CSVWriter.field(.number(nil)) == "")
        #expect(CSVWriter.field(.number(.nan)) == "")
    }

    @Test func byteOrderMarkOnlyWhenAsked() {
        let plain = CSVWriter().document(header: ["指标"], rows: [])
        let excel = CSVWriter(byteOrderMark: true).document(header: ["指标"], rows: [])
        #expect(Array(plain.utf8.prefix(3)) != [0xEF, 0xBB, 0xBF])
        #expect(Array(excel.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(excel.dropFirst() == plain[...])
    }
}
