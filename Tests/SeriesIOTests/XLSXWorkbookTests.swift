import Foundation
import Testing
import TargetModel
import ZIPFoundation
@testable import SeriesIO

/// Workbooks built part by part, to pin down each kind of cell and each error.
@Suite struct XLSXWorkbookTests {
    static func workbook(sheets: [(String, String)], strings: [String]) throws -> String {
        let archive = try Archive(data: Data(), accessMode: .create)
        func add(_ path: String, _ text: String) throws {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        let ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        try add("xl/workbook.xml", """
            <?xml version="1.0"?><workbook xmlns="\(ns)" xmlns:r="\(rel)"><sheets>\(sheets.indices.map { "<sheet name=\"\(sheets[$0].0)\" sheetId=\"\($0 + 1)\" r:id=\"rId\($0 + 1)\"/>" }.joined())</sheets></workbook>
            """)
        try add("xl/_rels/workbook.xml.rels", """
            <?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\(sheets.indices.map { "<Relationship Id=\"rId\($0 + 1)\" Type=\"ws\" Target=\"worksheets/sheet\($0 + 1).xml\"/>" }.joined())</Relationships>
            """)
        try add("xl/sharedStrings.xml", """
            <?xml version="1.0"?><sst xmlns="\(ns)">\(strings.map { "<si>\($0)</si>" }.joined())</sst>
            """)
        try add("xl/styles.xml", """
            <?xml version="1.0"?><styleSheet xmlns="\(ns)"><numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy\\-mm\\-dd"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="176"/><xf numFmtId="14"/></cellXfs></styleSheet>
            """)
        for (index, sheet) in sheets.enumerated() {
            try add("xl/worksheets/sheet\(index + 1).xml", "<?xml version=\"1.0\"?><worksheet xmlns=\"\(ns)\"><sheetData>\(sheet.1)</sheetData></worksheet>")
        }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("tt-\(UUID().uuidString).xlsx").path
        try #require(FileManager.default.createFile(atPath: path, contents: archive.data))
        return path
    }

    @Test func cellKinds() throws {
        let path = try Self.workbook(sheets: [("数据", """
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="inlineStr"><is><t>内联</t></is></c></row>
            <row r="2"><c r="A2" s="1"><v>41547</v></c><c r="B2"><v>26.300000000000001</v></c><c r="D2" t="str"><f>X</f><v>公式</v></c></row>
            <row r="3"><c r="A3" s="2"><v>41578.5</v></c><c r="B3" t="b"><v>1</v></c><c r="C3" t="e"><v>#N/A</v></c></row>
            """)], strings: ["<t>指标</t>", "<r><t>富</t></r><r><t>文本</t></r><rPh><t>フリ</t></rPh>"])
        let sheet = try #require(try XLSXWorkbook(path: path).sheets.first)
        #expect(sheet.sheet == "数据")
        #expect(sheet.cell(0, 0)?.text == "指标")
        #expect(sheet.cell(0, 1)?.text == "")
        #expect(sheet.cell(0, 2)?.text == "内联")
        #expect(sheet.cell(1, 0)?.date == CalendarDay("2013-09-30"))
        #expect(sheet.cell(1, 1)?.number == 26.3)
        #expect(sheet.cell(1, 3)?.text == "公式")
        #expect(sheet.cell(2, 0)?.date == CalendarDay("2013-10-31"))
        #expect(sheet.cell(2, 1)?.text == "TRUE")
        #expect(sheet.cell(2, 2)?.text == "#N/A")
        #expect(sheet.cell(1, 1)?.location.description == "\(path): sheet '数据', cell B2")
        let rich = try Self.workbook(sheets: [("S", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>1</v></c></row>")],
                                     strings: ["<t>x</t>", "<r><t>富</t></r><r><t>文本</t></r><rPh><t>フリ</t></rPh>"])
        #expect(try XLSXWorkbook(path: rich).sheets[0].cell(0, 0)?.text == "富文本")
    }

    @Test func severalSheetsReadThroughTheMap() throws {
        let periods = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>"
        let path = try Self.workbook(sheets: [
            ("一", periods + "<row r=\"2\"><c r=\"A2\" s=\"1\"><v>41547</v></c><c r=\"B2\"><v>26.3</v></c></row>"),
            ("二", periods + "<row r=\"2\"><c r=\"A2\" s=\"1\"><v>41578</v></c><c r=\"B2\"><v>0</v></c></row><row r=\"3\"><c r=\"A3\" s=\"1\"><v>41608</v></c><c r=\"B3\"><v>18.6</v></c></row>"),
        ], strings: ["<t>日期</t>", "<t>投资增速</t>"])
        let map = SeriesMap(roles: ["投资增速": .series(.init(series: "fai", measure: .ytdGrowth, zeroIsMissing: true))])
        let observations = try ReleaseFileReader(map: map).read(path: path, format: .auto)
        #expect(observations.map(\.observation.period) == [Period("2013-09")!, Period("2013-11")!])
        #expect(observations.map(\.location.sheet) == ["一", "二"])
    }

    @Test func errorsNameSheetAndCell() throws {
        let badString = try Self.workbook(sheets: [("表1", "<row r=\"4\"><c r=\"C4\" t=\"s\"><v>7</v></c></row>")], strings: ["<t>a</t>"])
        #expect { try XLSXWorkbook(path: badString) } throws: { "\($0)".contains("sheet '表1', cell C4") && "\($0)".contains("shared string '7'") }
        let badNumber = try Self.workbook(sheets: [("表1", "<row r=\"2\"><c r=\"B2\"><v>abc</v></c></row>")], strings: [])
        #expect { try XLSXWorkbook(path: badNumber) } throws: { "\($0)".contains("sheet '表1', cell B2") && "\($0)".contains("expected a finite number") }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("tt-\(UUID().uuidString).xlsx").path
        FileManager.default.createFile(atPath: path, contents: Data("PK\u{3}\u{4}garbage".utf8))
        #expect { try XLSXWorkbook(path: path) } throws: { "\($0)".contains("not an XLSX workbook") }
    }
}
