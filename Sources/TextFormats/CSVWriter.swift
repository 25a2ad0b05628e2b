/// One cell of a CSV file being written.
///
/// Text and numbers are kept apart because only text is neutralised against spreadsheet formula
/// injection: a number such as `-1.5` must reach the spreadsheet unchanged.
public enum CSVCell: Hashable, Sendable {
    case text(String)
    /// A number, written in its shortest round-trip form (`11`, `8.25`, `-0.5`); finite by type.
    case number(FiniteNumber)
    case empty

    /// A number cell, or an empty cell for `nil` or a computed value that is not finite (no
    /// value to give: inputs obey `NumberRule`, so only a computation can lose finiteness).
    public static func number(_ value: Double?) -> CSVCell {
        value.flatMap(FiniteNumber.init).map(CSVCell.number) ?? .empty
    }

    /// A count or year.
    public static func number(_ value: Int) -> CSVCell {
        .number(FiniteNumber(value))
    }
}

/// Writes RFC 4180 CSV: comma-separated, CRLF line ends, fields quoted when they hold a comma,
/// a double quote, CR or LF, with inner quotes doubled.
///
/// Every text cell a spreadsheet would evaluate gets a leading apostrophe (`neutralised(_:)`,
/// the one place this is decided); readers of TargetTrack's own files undo it
/// (`unneutralised(_:)`), so text round-trips. Number cells are never altered.
public struct CSVWriter: Sendable {
    /// Start the file with the UTF-8 byte order mark that Excel on Chinese Windows needs to read
    /// the file as UTF-8 instead of GBK.
    public var byteOrderMark: Bool

    public init(byteOrderMark: Bool = false) {
        self.byteOrderMark = byteOrderMark
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
        return cells.map(CSVWriter.field).joined(separator: ",") + "\r\n"
    }

    /// One field as it appears in the file.
    public static func field(_ cell: CSVCell) -> String {
        switch cell {
        case .empty:
            return ""
        case let .number(value):
            return value.description
        case let .text(text):
            return quoted(neutralised(text))
        }
    }

    /// The characters that make a spreadsheet evaluate a cell when it starts with one (OWASP's
    /// CSV-injection list: `=` `+` `-` `@`, TAB and CR, and the full-width `＝` `＋` `－` `＠`
    /// that some spreadsheets fold to them).
    static let formulaTriggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r", "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}"]

    /// Whether a spreadsheet would evaluate the text, or it is such a text already neutralised
    /// (apostrophes followed by a trigger): both get one more apostrophe, so that
    /// `unneutralised` can always undo exactly one.
    private static func needsApostrophe(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first(where: { $0 != "'" }) else { return false }
        return formulaTriggers.contains(first)
    }

    /// The text with a leading apostrophe when a spreadsheet would read it as a formula: the one
    /// function every CSV cell TargetTrack writes goes through.
    public static func neutralised(_ text: String) -> String {
        needsApostrophe(text) ? "'" + text : text
    }

    /// Undoes `neutralised(_:)`: `unneutralised(neutralised(t)) == t` for every text.
    public static func unneutralised(_ text: String) -> String {
        text.hasPrefix("'") && needsApostrophe(text) ? String(text.dropFirst()) : text
    }

    /// The number of leading bytes `unneutralised` drops from UTF-8 `bytes` (0 or 1), for readers
    /// that work on bytes.
    public static func neutralisingPrefixLength(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard bytes.first == UInt8(ascii: "'") else { return 0 }
        guard let start = bytes.firstIndex(where: { $0 != UInt8(ascii: "'") }) else { return 0 }
        switch bytes[start] {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D: return 1
        case 0xEF:
            // U+FF1D ＝, U+FF0B ＋, U+FF0D －, U+FF20 ＠ are EF BC 9D / 8B / 8D, EF BC A0.
            guard start + 2 < bytes.count, bytes[start + 1] == 0xBC else { return 0 }
            return [0x9D, 0x8B, 0x8D, 0xA0].contains(bytes[start + 2]) ? 1 : 0
        default: return 0
        }
    }

    private static func quoted(_ text: String) -> String {
        let needsQuotes = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
