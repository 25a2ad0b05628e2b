/// A place in a text file, as a user's editor shows it: `file:line:column`, both 1-based.
///
/// Columns count Unicode scalars from the start of the physical line, so in `年份,x` the `x`
/// is in column 4 whatever the encoding was on disk.
public struct TextLocation: Hashable, Sendable, CustomStringConvertible {
    /// The file's path as given by the user (or a name for in-memory text).
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }
}
