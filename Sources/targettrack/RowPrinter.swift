import Foundation
import TextFormats

/// Prints rows of cells as an aligned table, CSV or JSON (an array of objects keyed by header).
enum RowPrinter {
    static func render(header: [String], rows: [[CSVCell]], format: FormatOptions.Format) -> String {
        switch format {
        case .csv:
            let writer = CSVWriter(neutralisesFormulas: false)
            return ([writer.line(header.map(CSVCell.text))] + rows.map(writer.line)).joined()
        case .json:
            let objects = rows.map { row in
                Dictionary(uniqueKeysWithValues: zip(header, row.map { cell -> Any in
                    switch cell {
                    case let .text(text): return text
                    case let .number(value): return value
                    case .empty: return NSNull()
                    }
                }))
            }
            let data = try! JSONSerialization.data(withJSONObject: objects, options: [.prettyPrinted, .sortedKeys])
            return String(decoding: data, as: UTF8.self) + "\n"
        case .table:
            let texts = [header] + rows.map { $0.map(\.plainText) }
            let widths = header.indices.map { column in texts.map { $0[column].displayWidth }.max() ?? 0 }
            return texts.map { row in
                row.enumerated().map { column, text in
                    text + String(repeating: " ", count: widths[column] - text.displayWidth)
                }.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
            }.joined(separator: "\n") + "\n"
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

private extension String {
    /// Columns a terminal gives the text: two for CJK characters.
    var displayWidth: Int {
        unicodeScalars.reduce(0) { $0 + ($1.value >= 0x1100 && $1.properties.isEmojiPresentation == false && $1.value >= 0x2E80 ? 2 : 1) }
    }
}
