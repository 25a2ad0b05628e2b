/// The formats every table TargetTrack writes comes in.
public enum TableFormat: String, Sendable, CaseIterable {
    /// Aligned plain text for a terminal.
    case table
    /// CSV (RFC 4180), formulas neutralised; Chinese tables start with a byte order mark for Excel.
    case csv
    /// One JSON object: the context members, then the rows under the document's name.
    case json
}

/// A table as a document in any `TableFormat`: the one output path of risks, departments,
/// projections, scenarios, goal seek, series and links. A new format is one more case here.
public struct TableDocument: Sendable {
    public var table: ReportTable
    /// The JSON key the rows are under (`targets`, `departments`, `rows` …).
    public var name: String
    /// JSON members before the rows (`asOf`, the scenario names …).
    public var context: [(String, JSONValue)]
    /// Further tables in the same JSON document, after the rows (the risk list's departments).
    public var companions: [(name: String, table: ReportTable)]

    public init(_ table: ReportTable, name: String, context: [(String, JSONValue)] = [],
                companions: [(name: String, table: ReportTable)] = []) {
        self.table = table
        self.name = name
        self.context = context
        self.companions = companions
    }

    /// The document's text in a format; `byteOrderMark` starts a CSV with the UTF-8 byte order
    /// mark Excel on Chinese Windows needs (`nil`: with it for Chinese tables).
    public func rendered(as format: TableFormat, byteOrderMark: Bool? = nil) -> String {
        switch format {
        case .table:
            return table.text()
        case .csv:
            return table.csv(byteOrderMark: byteOrderMark)
        case .json:
            let tables = [(name, table)] + companions.map { ($0.name, $0.table) }
            return JSONValue.object(context + tables.map { ($0.0, .array($0.1.jsonObjects)) }).text + "\n"
        }
    }
}
