import Foundation
import SeriesIO
import ZIPFoundation

/// A written `.xlsx` opened back: its cells through SeriesIO's reader, and the raw XML of its
/// parts for what that reader ignores (frozen panes, filters, conditional and number formats).
struct WrittenWorkbook {
    let cells: XLSXWorkbook
    let parts: [String: String]

    init(path: String) throws {
        cells = try XLSXWorkbook(path: path)
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        var parts: [String: String] = [:]
        for entry in archive where entry.path.hasSuffix(".xml") {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            parts[entry.path] = String(decoding: data, as: UTF8.self)
        }
        self.parts = parts
    }

    /// The XML of the n-th sheet (1-based, in workbook order).
    func sheetXML(_ n: Int) -> String { parts["xl/worksheets/sheet\(n).xml"] ?? "" }

    var styles: String { parts["xl/styles.xml"] ?? "" }

    /// The text of a cell (row and column from 0), as the reader sees it.
    func text(sheet: Int, _ row: Int, _ column: Int) -> String? {
        cells.sheets[sheet].cell(row, column)?.text
    }

    func number(sheet: Int, _ row: Int, _ column: Int) -> Double? {
        cells.sheets[sheet].cell(row, column)?.number
    }
}
