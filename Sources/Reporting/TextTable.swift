extension ReportTable {
    /// The table as aligned plain text for a terminal, counting CJK characters as two columns.
    public func text() -> String {
        let cells = [headers] + rows.map { $0.map(plain) }
        let widths = headers.indices.map { column in cells.map { Self.displayWidth($0[column]) }.max() ?? 0 }
        return cells.map { row in
            row.enumerated().map { column, text in
                column == row.count - 1 ? text : text + String(repeating: " ", count: widths[column] - Self.displayWidth(text) + 2)
            }.joined()
        }.joined(separator: "\n") + "\n"
    }

    private func plain(_ field: ReportField) -> String {
        switch field {
        case let .text(text): return text
        case let .number(value): return value.map { numberText($0) } ?? "—"
        case let .flag(flag): return flag.map { language.word(for: $0) } ?? ""
        case let .list(items): return items.joined(separator: "、")
        }
    }

    /// Terminal columns a string takes: two for East Asian wide characters, one otherwise.
    static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { width, scalar in
            let v = scalar.value
            let wide = (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
                || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
                || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v)
            return width + (wide ? 2 : 1)
        }
    }
}
