import Foundation
import Testing
import Workbook

@Suite struct WorkbookWriterTests {
    private func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("workbook-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private let risks = Sheet(
        name: "风险清单",
        columns: [Column(header: "指标", width: 24), Column(header: "预计全年", width: 12, format: .amount(decimals: 1, unit: "%")),
                  Column(header: "财政收入", width: 14, format: .amount(decimals: 2, unit: "亿元")),
                  Column(header: "完成概率", width: 10, format: .percent), Column(header: "状态", width: 10)],
        rows: [[.text("地区生产总值"), .number(8.4), .empty, .number(0.0002), .text("难以完成")],
               [.text("=HYPERLINK(\"http://x\")"), .amount(-3.5, .amount(decimals: 0, unit: "万套")), .number(1234.5), .number(0.6), .text("有风险")]],
        highlights: [Highlight(column: 4, equals: "难以完成", fill: .lightRed, font: .darkRed),
                     Highlight(column: 4, equals: "有风险", fill: .lightAmber, font: .darkAmber)])

    private let departments = Sheet(name: "部门汇总", columns: [Column(header: "部门"), Column(header: "目标数")],
                                    rows: [[.text("省发改委"), .number(3)]], freezesHeader: false, hasAutofilter: false)

    @Test func writesSheetsCellsAndNumbersThatReadBack() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("book.xlsx").path
        try Workbook(sheets: [risks, departments]).write(to: path)

        let book = try WrittenWorkbook(path: path)
        #expect(book.cells.sheets.map(\.sheet) == ["风险清单", "部门汇总"])
        #expect(book.text(sheet: 0, 0, 0) == "指标" && book.text(sheet: 0, 0, 4) == "状态")
        #expect(book.text(sheet: 0, 1, 0) == "地区生产总值")
        #expect(book.number(sheet: 0, 1, 1) == 8.4)
        #expect(book.number(sheet: 0, 2, 2) == 1234.5)
        #expect(book.number(sheet: 0, 1, 3) == 0.0002)
        // Text that looks like a formula stays text (a shared string, never an <f> element).
        #expect(book.text(sheet: 0, 2, 0) == "=HYPERLINK(\"http://x\")")
        #expect(!book.sheetXML(1).contains("<f>"))
        // The empty cell is not written at all.
        #expect(!book.sheetXML(1).contains(#"r="C2""#))
        #expect(book.text(sheet: 1, 1, 0) == "省发改委" && book.number(sheet: 1, 1, 1) == 3)
    }

    @Test func frozenHeaderAutofilterWidthsAndHighlights() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("book.xlsx").path
        try Workbook(sheets: [risks, departments]).write(to: path)
        let book = try WrittenWorkbook(path: path)
        let sheet = book.sheetXML(1)
        #expect(sheet.contains(#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#))
        #expect(sheet.contains(#"<autoFilter ref="A1:E3"/>"#))
        #expect(sheet.contains(#"<col min="1" max="1" width="24.7109375""#))
        #expect(sheet.contains(#"<conditionalFormatting sqref="E2:E3">"#))
        #expect(sheet.contains(#"operator="equal""#) && sheet.contains("<formula>\"难以完成\"</formula>"))
        #expect(sheet.contains("<formula>\"有风险\"</formula>"))
        // The red fill of the highlight is a differential format in styles.xml.
        #expect(book.styles.contains(#"<dxf><font><color rgb="FFA61B1B"/></font><fill><patternFill><bgColor rgb="FFFDE2E1"/></patternFill></fill></dxf>"#))
        // The second sheet has neither.
        #expect(!book.sheetXML(2).contains("<pane") && !book.sheetXML(2).contains("<autoFilter"))
    }

    @Test func numberFormatsCarryTheirUnits() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("book.xlsx").path
        try Workbook(sheets: [risks]).write(to: path)
        let styles = try WrittenWorkbook(path: path).styles
        #expect(styles.contains(##"formatCode="#,##0.0&quot;%&quot;""##))
        #expect(styles.contains(##"formatCode="#,##0.00&quot; 亿元&quot;""##))
        // A cell's own format (its row's unit) beside its column's.
        #expect(styles.contains(##"formatCode="#,##0&quot; 万套&quot;""##))
        #expect(NumberFormat.amount(decimals: 0, unit: "所").code == ##"#,##0" 所""##)
        #expect(NumberFormat.amount(decimals: 2, unit: "").code == "#,##0.00")
    }

    @Test func badValuesWriteNothingAndNameTheCell() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("book.xlsx").path
        var cells = Array(risks.rows)
        cells[1][1] = .number(.nan)
        let nan = Sheet(name: risks.name, columns: risks.columns, rows: cells)
        #expect(throws: WorkbookError.notFinite(sheet: "风险清单", cell: "B3")) { try Workbook(sheets: [nan]).write(to: path) }
        cells = Array(risks.rows)
        cells[0].removeLast()
        let short = Sheet(name: risks.name, columns: risks.columns, rows: cells)
        #expect(throws: WorkbookError.rowWidth(sheet: "风险清单", row: 2, cells: 4, columns: 5)) {
            try Workbook(sheets: [short]).write(to: path)
        }
        var bad = departments
        bad.name = "a/b"
        #expect(throws: WorkbookError.self) { try Workbook(sheets: [bad]).write(to: path) }
        #expect(throws: WorkbookError.self) { try Workbook(sheets: [departments, departments]).write(to: path) }
        #expect(throws: WorkbookError.self) { try Workbook(sheets: []).write(to: path) }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func replacesAnExistingFileWhole() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("book.xlsx").path
        try Workbook(sheets: [risks]).write(to: path)
        try Workbook(sheets: [departments]).write(to: path)
        #expect(try WrittenWorkbook(path: path).cells.sheets.map(\.sheet) == ["部门汇总"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["book.xlsx"])
        // A bad value found halfway through the rows (they are checked as they are streamed)
        // leaves the previous workbook whole and no temporary file behind.
        var cells = Array(risks.rows)
        cells[1][1] = .number(.infinity)
        #expect(throws: WorkbookError.notFinite(sheet: "风险清单", cell: "B3")) {
            try Workbook(sheets: [departments, Sheet(name: risks.name, columns: risks.columns, rows: cells)]).write(to: path)
        }
        #expect(try WrittenWorkbook(path: path).cells.sheets.map(\.sheet) == ["部门汇总"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["book.xlsx"])
        #expect(throws: WorkbookError.self) {
            try Workbook(sheets: [risks]).write(to: dir.appendingPathComponent("missing/book.xlsx").path)
        }
    }
}
