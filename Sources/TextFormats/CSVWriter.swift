/// One cell of a CSV file being written.
///
/// Text and numbers are kept apart because only text is neutralised against spreadsheet formula
/// injection: a number such as `-1.5` must reach the spreadsheet unchanged.
public enum CSVCell: Hashable, Sendable {
    case text(String)
    /// A number, written in its shortest round-trip form (`11`, `8.25`, `-0.5`).
    case number(Double)
    case empty

    /// A number cell, or an empty cell for `nil`.
    public static func number(_ value: Double?) -> CSVCell {
        value.map(CSVCell.number) ?? .empty
    }
}

/// Writes RFC 4180 CSV: comma-separated, CRLF line ends, fields quoted when they hold a comma,
/// a double quote, CR or LF, with inner quotes doubled.
///
/// Text cells that begin with `=`, `+`, `-` or `@` get a leading apostrophe so that Excel and
/// LibreOffice show them as text instead of evaluating them (OWASP's CSV-injection advice);
/// number cells are never altered.
///
/// Edge Cases: a non-finite number is written as an empty field.
public struct CSVWriter: Sendable {
    /// Start the file with the UTF-8 byte order mark that Excel on Chinese Windows needs to read
    /// the file as UTF-8 instead of GBK.
    public var byteOrderMark: Bool
    /// Whether text that a spreadsheet would evaluate gets a leading apostrophe; turn it off for
    /// interchange files that must read back exactly as written.
    public var neutralisesFormulas: Bool

    public init(byteOrderMark: Bool = false, neutralisesFormulas: Bool = true) {
        self.byteOrderMark = byteOrderMark
        self.neutralisesFormulas = neutralisesFormulas
    }

    /// The whole file: an optional BOM, the header line, then one line per row.
    public func document(header: [String], rows: [[CSVCell]]) -> String {
        var text = byteOrderMark ? "\u{FEFF}" : ""
        text += line(header.map(CSVCell.text))
        for row in rows { text += line(row) }
        return text
    }

    /// Writes the document atomically (see `AtomicFile`).
    public func write(header: [String], rows: [[CSVCell]], to path: String) throws {
        try AtomicFile.write(document(header: header, rows: rows), to: path)
    }

    /// One record with its CRLF.
    public func line(_ cells: [CSVCell]) -> String {
        if cells.count == 1 && CSVWriter.field(cells[0]).isEmpty { return "\"\"\r\n" }
        return cells.map { CSVWriter.field($0, neutralising: neutralisesFormulas) }.joined(separator: ",") + "\r\n"
    }

    /// One field as it appears in the file.
    public static func field(_ cell: CSVCell, neutralising: Bool = true) -> String {
        switch cell {
        case .empty:
            return ""
        case let .number(value):
            return value.isFinite ? numberText(value) : ""
        case let .text(text):
            return quoted(neutralising ? neutralised(text) : text)
        }
    }

    /// The text with a leading apostrophe when a spreadsheet would read it as a formula.
    public static func neutralised(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, "=+-@".unicodeScalars.contains(first) else { return text }
        return "'" + text
    }

    private static func quoted(_ text: String) -> String {
        let needsQuotes = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Integers without a decimal point, other values in their shortest round-trip form.
    private static func numberText(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 {
            return String(Int64(value))
        }
        return "\(value)"
    }
}
