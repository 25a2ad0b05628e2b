/// The rows of a table or a sheet, each made when it is read: a national risk list has a million
/// rows, and a writer that streams them to a file (`CSVFileWriter`, the workbook's constant-memory
/// mode) then never holds more than one.
///
/// ```swift
/// let squares = RowSource(count: 1_000_000) { r in [Double(r * r)] }   // nothing made yet
/// let literal: RowSource<[String]> = [["a"], ["b"]]                    // rows already made
/// ```
///
/// Reading a row twice makes it twice; `Array(rows)` keeps them.
public struct RowSource<Row: Sendable>: RandomAccessCollection, ExpressibleByArrayLiteral, Sendable {
    public let count: Int
    private let make: @Sendable (Int) -> Row

    /// `count` rows, row `r` made by `row(r)` whenever it is read.
    public init(count: Int, row: @escaping @Sendable (Int) -> Row) {
        self.count = count
        make = row
    }

    /// Rows already made.
    public init(_ rows: [Row]) {
        self.init(count: rows.count) { rows[$0] }
    }

    public init(arrayLiteral rows: Row...) {
        self.init(rows)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    public subscript(position: Int) -> Row {
        precondition(indices.contains(position), "row \(position) of \(count)")
        return make(position)
    }
}
