/// One record of a CSV file: its fields as text and where each one starts.
public struct CSVRecord: Hashable, Sendable {
    /// The 1-based line on which the record starts.
    public var line: Int
    public var fields: [String]
    /// Where each field starts, parallel to `fields`.
    public var locations: [TextLocation]

    public init(line: Int, fields: [String], locations: [TextLocation]) {
        self.line = line
        self.fields = fields
        self.locations = locations
    }

    public subscript(index: Int) -> String { fields[index] }

    public var count: Int { fields.count }
}
