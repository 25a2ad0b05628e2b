import Foundation
import TextFormats

/// Prints rows of cells as an aligned table, CSV or JSON (an array of objects keyed by header).
enum RowPrinter {
    static func render(header: [String], rows: [[CSVCell]], format: FormatOptions.Format) -> String {
        switch format {
        case .csv:
            let writer = CSVWriter()
            return ([writer.line(header.map(CSVCell.text))] + rows.map(writer.line)).joined()
        case .json:
            let data = try! JSONSerialization.data(withJSONObject: jsonObjects(header: header, rows: rows),
                                                   options: [.prettyPrinted, .sortedKeys])
            return String(decoding: data, as: UTF8.self) + "\n"
        case .table:
            return TextTable.render(header: header, rows: rows.map { $0.map(\.plainText) })
        }
    }

    /// Rows as JSON-ready objects keyed by header: numbers as numbers, empty cells as null.
    static func jsonObjects(header: [String], rows: [[CSVCell]]) -> [[String: Any]] {
        rows.map { row in
            Dictionary(uniqueKeysWithValues: zip(header, row.map { cell -> Any in
                switch cell {
                case let .text(text): return text
                case let .number(number): return number.value
                case .empty: return NSNull()
                }
            }))
        }
    }
}

private extension CSVCell {
    var plainText: String {
        switch self {
        case let .text(text): return text
        case .number: return CSVWriter.field(self)
        case .empty: return "—"
        }
    }
}
