/// Plain-text tables for a terminal: columns padded to the widest cell, East Asian wide
/// characters (汉字, full-width forms) counted as two columns. Cell text is shown through
/// `terminalSafe(_:)`, so a value from a file cannot move the cursor, recolour or retitle the
/// terminal.
public enum TextTable {
    /// The header and rows as aligned lines, two spaces between columns, one line per row.
    public static func render(header: [String], rows: [[String]]) -> String {
        let cells = ([header] + rows).map { $0.map(terminalSafe) }
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

    /// The text without terminal escape sequences (CSI `ESC [ … final`, OSC `ESC ] … BEL/ST`,
    /// two-character `ESC x`), other control characters (C0, DEL, C1) and bidirectional
    /// overrides; each line break or tab becomes a space.
    public static func terminalSafe(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            switch scalar.value {
            case 0x1B:
                guard let kind = scalars.next() else { break }
                if kind == "[" {
                    while let next = scalars.next(), !(0x40...0x7E).contains(next.value) {}
                } else if kind == "]" || kind == "P" || kind == "_" || kind == "^" {
                    while let next = scalars.next(), next.value != 0x07, next.value != 0x9C {
                        if next.value == 0x1B { _ = scalars.next(); break }
                    }
                }
            case 0x09, 0x0A, 0x0D: out.append(" ")
            case _ where isControl(scalar): continue
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }
}
