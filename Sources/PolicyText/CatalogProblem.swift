/// One problem in a catalog file, with where it is.
public struct CatalogProblem: Hashable, Sendable, CustomStringConvertible {
    /// 1-based line in the file.
    public var line: Int
    /// 1-based column, when known.
    public var column: Int?
    /// What is wrong and what was expected.
    public var message: String

    public init(line: Int, column: Int? = nil, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    /// `12:5: unknown comparator "about": expected approx, at_least, at_most, exact or range`
    public var description: String {
        "\(line)\(column.map { ":\($0)" } ?? ""): \(message)"
    }
}
