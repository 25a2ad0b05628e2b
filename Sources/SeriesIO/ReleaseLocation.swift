import TargetModel

/// Where a cell of a release file is: `file:line:column` for text files, sheet and cell
/// reference (`B12`) for workbooks.
public struct ReleaseLocation: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    /// The worksheet's name for XLSX files; `nil` for text files.
    public var sheet: String?
    /// The 1-based line (text files) or row (sheets).
    public var line: Int
    /// The 1-based column.
    public var column: Int

    public init(file: String, sheet: String? = nil, line: Int, column: Int) {
        self.file = file
        self.sheet = sheet
        self.line = line
        self.column = column
    }

    /// The spreadsheet reference of the cell, e.g. `B12`.
    public var cellReference: String {
        var letters = ""
        var n = column
        while n > 0 {
            let digit = (n - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + digit))) + letters
            n = (n - 1) / 26
        }
        return "\(letters)\(line)"
    }

    public var description: String {
        if let sheet { return "\(file): sheet '\(sheet)', cell \(cellReference)" }
        return "\(file):\(line):\(column)"
    }
}

/// An observation read from a release file, with the cell it came from (sheet and cell for
/// workbooks, line and column for text files).
public struct ReleaseObservation: Hashable, Sendable {
    public var observation: Observation
    public var location: ReleaseLocation

    public init(observation: Observation, location: ReleaseLocation) {
        self.observation = observation
        self.location = location
    }
}
