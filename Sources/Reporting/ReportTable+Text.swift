import TextFormats

extension ReportTable {
    /// The table as aligned plain text for a terminal.
    public func text() -> String {
        TextTable.render(header: headers, rows: rows.map { $0.map(plain) })
    }

    private func plain(_ field: ReportField) -> String {
        switch field {
        case let .text(text): return text
        case let .number(value): return value.map { numberText($0) } ?? "—"
        case let .flag(flag): return flag.map { language.word(for: $0) } ?? ""
        case let .list(items): return items.joined(separator: "、")
        case let .coded(_, label): return label
        }
    }
}
