import TextFormats

/// One value of an exported table, typed so that CSV and JSON can each write it properly.
public enum ReportField: Hashable, Sendable {
    case text(String)
    case number(Double?)
    case flag(Bool?)
    /// Several identifiers: joined with `；` in CSV, an array in JSON.
    case list([String])
    /// A code with its words in the table's language (a status, a role): the words in CSV and
    /// text, the code in JSON.
    case coded(code: String, label: String)
}

/// A table with English keys and headers in the report's language: what the risk list and the
/// department table both are, so CSV and JSON come from the same rows.
public struct ReportTable: Sendable {
    /// English column keys (the JSON keys and the English CSV header).
    public var keys: [String]
    /// The header row in the table's language.
    public var headers: [String]
    /// The rows, each made when read (a national risk list streams to its file one row at a time).
    public var rows: RowSource<[ReportField]>
    public var language: Language

    /// A table; `rows` may be made lazily (`RowSource(count:row:)`) or given (`RowSource(array)`).
    ///
    /// Precondition: every row has one field per column (checked as each row is made).
    public init(keys: [String], headers: [String], rows: RowSource<[ReportField]>, language: Language) {
        precondition(keys.count == headers.count, "one header per key")
        self.keys = keys
        self.headers = headers
        self.rows = RowSource(count: rows.count) { [width = keys.count] r in
            let row = rows[r]
            precondition(row.count == width, "every row needs one field per column")
            return row
        }
        self.language = language
    }

    /// A table of rows already made.
    public init(keys: [String], headers: [String], rows: [[ReportField]], language: Language) {
        self.init(keys: keys, headers: headers, rows: RowSource(rows), language: language)
    }

    /// The CSV file's text, starting with a UTF-8 byte order mark for Excel when `byteOrderMark`
    /// says so; by default when the table's language wants one (Chinese: `Language.wantsByteOrderMark`).
    public func csv(byteOrderMark: Bool? = nil) -> String {
        let writer = csvWriter(byteOrderMark)
        var text = writer.byteOrderMark ? "\u{FEFF}" : ""
        text += writer.line(headers.map(CSVCell.text))
        for row in rows { text += writer.line(row.map(csvCell)) }
        return text
    }

    /// Writes the CSV file (as `csv(byteOrderMark:)`) to `path` atomically, row by row, so a
    /// million rows need no more memory than one.
    /// - Throws: `TextFormatsError.cannotWrite` naming the path.
    public func writeCSV(to path: String, byteOrderMark: Bool? = nil) throws {
        var file = try CSVFileWriter(path: path, writer: csvWriter(byteOrderMark))
        try file.write(headers.map(CSVCell.text))
        for row in rows { try file.write(row.map(csvCell)) }
        try file.finish()
    }

    /// The rows as JSON objects keyed by `keys`, one per line inside the array.
    public var jsonObjects: [JSONValue] {
        rows.map { row in .object(zip(keys, row.map(jsonValue)).map { ($0, $1) }) }
    }

    private func csvWriter(_ byteOrderMark: Bool?) -> CSVWriter {
        CSVWriter(byteOrderMark: byteOrderMark ?? language.wantsByteOrderMark)
    }

    private func csvCell(_ field: ReportField) -> CSVCell {
        switch field {
        case let .text(text): return text.isEmpty ? .empty : .text(text)
        case let .number(value): return .number(value)
        case let .flag(flag): return flag.map { .text(language.word(for: $0)) } ?? .empty
        case let .list(items): return items.isEmpty ? .empty : .text(items.joined(separator: "；"))
        case let .coded(_, label): return .text(label)
        }
    }

    private func jsonValue(_ field: ReportField) -> JSONValue {
        switch field {
        case let .text(text): return .string(text)
        case let .number(value): return .number(value)
        case let .flag(flag): return flag.map(JSONValue.bool) ?? .null
        case let .list(items): return .array(items.map(JSONValue.string))
        case let .coded(code, _): return .string(code)
        }
    }
}
