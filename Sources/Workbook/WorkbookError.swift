/// Why a workbook could not be written: what, where (sheet and cell), what was expected.
public enum WorkbookError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A sheet name Excel refuses (empty, over 31 characters, a `[]:*?/\`, or a duplicate).
    case badSheetName(String, reason: String)
    /// A row with more or fewer cells than the sheet has columns (row 1 is the header, so data starts at 2).
    case rowWidth(sheet: String, row: Int, cells: Int, columns: Int)
    /// A NaN or infinite number.
    case notFinite(sheet: String, cell: String)
    /// A highlight rule naming a column the sheet does not have.
    case noSuchColumn(sheet: String, column: Int)
    /// libxlsxwriter failed; `cell` is empty when the failure is not about one cell.
    case library(path: String, sheet: String, cell: String, message: String)
    /// The finished file could not be put in place.
    case cannotWrite(path: String, reason: String)

    public var description: String {
        switch self {
        case let .badSheetName(name, reason): return "sheet name \"\(name)\": \(reason)"
        case let .rowWidth(sheet, row, cells, columns):
            return "sheet \(sheet) row \(row): \(cells) cells, expected one per column (\(columns))"
        case let .notFinite(sheet, cell): return "sheet \(sheet) cell \(cell): a number must be finite"
        case let .noSuchColumn(sheet, column): return "sheet \(sheet): highlight on column \(column), which the sheet does not have"
        case let .library(path, sheet, cell, message):
            return "\(path): sheet \(sheet)\(cell.isEmpty ? "" : " cell \(cell)"): libxlsxwriter: \(message)"
        case let .cannotWrite(path, reason): return "\(path): cannot write: \(reason)"
        }
    }
}
