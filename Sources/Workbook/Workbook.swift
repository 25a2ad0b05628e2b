import TextFormats

/// An Excel workbook to write: sheets of typed cells with column widths, number formats, a frozen
/// header row, an autofilter and highlight rules. Plain values; `write(to:)` renders them through
/// libxlsxwriter.
///
/// ```swift
/// let sheet = Sheet(name: "风险清单",
///                   columns: [Column(header: "指标", width: 20), Column(header: "完成概率", width: 10, format: .percent)],
///                   rows: [[.text("地区生产总值"), .number(0.02)]],
///                   highlights: [Highlight(column: 0, equals: "难以完成", fill: .lightRed, font: .darkRed)])
/// try Workbook(sheets: [sheet]).write(to: "risks.xlsx")
/// ```
public struct Workbook: Sendable {
    public var sheets: [Sheet]

    public init(sheets: [Sheet]) {
        self.sheets = sheets
    }
}

/// One worksheet: a header row of column titles, then the rows.
public struct Sheet: Sendable {
    /// The tab's name: 1–31 characters, none of `[]:*?/\`, unique in the workbook (case-insensitively).
    public var name: String
    public var columns: [Column]
    /// Rows below the header, each with one cell per column; each is made when the sheet is
    /// written (a million-row sheet never has all its rows in memory at once).
    public var rows: RowSource<[Cell]>
    /// Keeps the header row in view while scrolling.
    public var freezesHeader: Bool
    /// Adds Excel's filter drop-downs to the header row.
    public var hasAutofilter: Bool
    /// Conditional formats: cells of a column whose text equals a value get a colour.
    public var highlights: [Highlight]

    public init(name: String, columns: [Column], rows: RowSource<[Cell]>, freezesHeader: Bool = true,
                hasAutofilter: Bool = true, highlights: [Highlight] = []) {
        self.name = name
        self.columns = columns
        self.rows = rows
        self.freezesHeader = freezesHeader
        self.hasAutofilter = hasAutofilter
        self.highlights = highlights
    }

    /// A sheet of rows already made.
    public init(name: String, columns: [Column], rows: [[Cell]], freezesHeader: Bool = true,
                hasAutofilter: Bool = true, highlights: [Highlight] = []) {
        self.init(name: name, columns: columns, rows: RowSource(rows), freezesHeader: freezesHeader,
                  hasAutofilter: hasAutofilter, highlights: highlights)
    }
}

/// A column: its header, its width in Excel's character units and how its numbers are shown.
public struct Column: Sendable {
    public var header: String
    public var width: Double
    public var format: NumberFormat

    public init(header: String, width: Double = 12, format: NumberFormat = .general) {
        self.header = header
        self.width = width
        self.format = format
    }
}

/// An Excel number format code, such as `0.0"%"` or `#,##0.00" 亿元"`.
public struct NumberFormat: Hashable, Sendable {
    /// The code as Excel stores it.
    public var code: String

    public init(code: String) {
        self.code = code
    }

    /// Excel's default: as many places as the number needs.
    public static let general = NumberFormat(code: "General")
    /// A whole percent of a probability stored as 0–1: `0%`.
    public static let percent = NumberFormat(code: "0%")

    /// A number with `decimals` places, thousands separated, followed by its unit: `#,##0.00" 亿元"`.
    /// The unit is quoted, so any text can follow the number; `%` is written as a literal sign
    /// (the value is not multiplied by 100).
    public static func amount(decimals: Int, unit: String) -> NumberFormat {
        let digits = decimals > 0 ? "#,##0." + String(repeating: "0", count: decimals) : "#,##0"
        guard !unit.isEmpty else { return NumberFormat(code: digits) }
        let quoted = unit.replacingOccurrences(of: "\"", with: "")
        return NumberFormat(code: digits + "\"" + (unit == "%" ? "" : " ") + quoted + "\"")
    }
}

/// One cell's value.
public enum Cell: Hashable, Sendable {
    case text(String)
    /// A finite number in its column's format (writing a NaN or an infinity is an error naming the cell).
    case number(Double)
    /// A finite number in a format of its own, e.g. with its row's unit in a column of mixed units.
    case amount(Double, NumberFormat)
    case empty
}

/// A conditional format: a cell in `column` whose value equals `text` is filled with `fill` and
/// written in `font`.
public struct Highlight: Hashable, Sendable {
    /// The column's index (0 is the first).
    public var column: Int
    public var equals: String
    public var fill: Color
    public var font: Color

    public init(column: Int, equals: String, fill: Color, font: Color) {
        self.column = column
        self.equals = equals
        self.fill = fill
        self.font = font
    }
}

/// A colour as 0xRRGGBB.
public struct Color: Hashable, Sendable {
    public var rgb: UInt32

    public init(rgb: UInt32) {
        self.rgb = rgb & 0xFFFFFF
    }

    public static let lightRed = Color(rgb: 0xFDE2E1), darkRed = Color(rgb: 0xA61B1B)
    public static let lightAmber = Color(rgb: 0xFFF4D6), darkAmber = Color(rgb: 0x8A5300)
    public static let lightGreen = Color(rgb: 0xE3F2E5), darkGreen = Color(rgb: 0x1B5E20)
    public static let lightGrey = Color(rgb: 0xECEFF1), darkGrey = Color(rgb: 0x455A64)
}
