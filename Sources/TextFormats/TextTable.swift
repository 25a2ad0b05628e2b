/// Plain-text tables for a terminal: columns padded to the widest cell, East Asian wide
/// characters (汉字, full-width forms) counted as two columns.
public enum TextTable {
    /// The header and rows as aligned lines, two spaces between columns, one line per row.
    public static func render(header: [String], rows: [[String]]) -> String {
        let cells = [header] + rows
        let widths = header.indices.map { column in cells.map { displayWidth($0[column]) }.max() ?? 0 }
        return cells.map { row in
            row.enumerated().map { column, text in
                column == row.count - 1 ? text : text + String(repeating: " ", count: widths[column] - displayWidth(text) + 2)
            }.joined()
        }.joined(separator: "\n") + "\n"
    }

    /// Terminal columns a string takes: two for East Asian wide characters, one otherwise.
    public static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { width, scalar in
            let v = scalar.value
            let wide = (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
                || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
                || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v)
            return width + (wide ? 2 : 1)
        }
    }
}
