import TargetModel
import TextFormats

/// A grid of cells from a CSV file or one worksheet, before any meaning is given to it.
public struct ReleaseTable: Sendable {
    /// One cell: its text as shown, and what a workbook said about it.
    public struct Cell: Hashable, Sendable {
        public var text: String
        /// The numeric value of a workbook's number cell.
        public var number: Double?
        /// The date of a workbook's date-formatted number cell.
        public var date: CalendarDay?
        public var location: ReleaseLocation

        public init(text: String, number: Double? = nil, date: CalendarDay? = nil, location: ReleaseLocation) {
            self.text = text
            self.number = number
            self.date = date
            self.location = location
        }
    }

    public var file: String
    public var sheet: String?
    /// Rows top to bottom; rows may differ in length.
    public var rows: [[Cell]]

    public init(file: String, sheet: String? = nil, rows: [[Cell]]) {
        self.file = file
        self.sheet = sheet
        self.rows = rows
    }

    /// The cell at a 0-based row and column, if the row reaches that far.
    public func cell(_ row: Int, _ column: Int) -> Cell? {
        guard row >= 0, row < rows.count, column >= 0, column < rows[row].count else { return nil }
        return rows[row][column]
    }

    /// The widest row's length.
    public var columnCount: Int { rows.map(\.count).max() ?? 0 }
}

extension ReleaseTable {
    /// The cells of decoded CSV text, each with its line and column.
    /// - Throws: `CSVError` for malformed quoting.
    public init(csvText text: String, file: String) throws {
        var reader = CSVReader(text: text, file: file)
        var rows: [[Cell]] = []
        while let record = try reader.next() {
            rows.append(zip(record.fields, record.locations).map { field, place in
                Cell(text: field, location: ReleaseLocation(file: file, line: place.line, column: place.column))
            })
        }
        self.init(file: file, rows: rows)
    }
}
