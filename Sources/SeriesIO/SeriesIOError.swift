import TargetModel
import TextFormats

/// A release file that cannot be read as observations: what is wrong, where
/// (`file:line:column`), the offending cell and what was expected.
public enum SeriesIOError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The text is not well-formed (CSV syntax, unreadable file).
    case unreadable(TextFormatsError)
    /// The header lacks a column the format requires.
    case missingHeaderColumn(TextLocation, column: String, header: [String])
    /// A row with more or fewer fields than the header.
    case raggedRow(TextLocation, fields: Int, expected: Int)
    /// The header is not the format's: a second byte-order mark, an empty or repeated column name.
    case badHeader(TextLocation, problem: String)
    case emptySeries(TextLocation)
    /// An identifier holding a character that cannot be seen (a byte-order mark, a zero-width space).
    case invisibleCharacter(TextLocation, cell: String, character: String)
    /// A number outside `NumberRule` (`1e309`, a 400-digit value, `1e308`).
    case numberOutOfRange(TextLocation, cell: String)
    /// A text cell whose bytes are not UTF-8 (a file in another encoding read as UTF-8).
    case notUTF8(TextLocation)
    case unknownMeasure(TextLocation, cell: String)
    case badPeriod(TextLocation, cell: String)
    /// A period label that prints no year (`1-2月`) in a file read without a default year.
    case periodWithoutYear(TextLocation, cell: String)
    case nonNumericValue(TextLocation, cell: String)
    case unknownMilestoneState(TextLocation, cell: String)
    case badReleaseDate(TextLocation, cell: String)
    /// Two rows of one file give different values for the same series, period, measure and
    /// release date.
    case conflictingRows(file: String, firstLine: Int, secondLine: Int, series: String, period: Period,
                         measure: Measure, firstValue: Double, secondValue: Double)

    public var description: String {
        switch self {
        case let .unreadable(error):
            return error.description
        case let .missingHeaderColumn(location, column, header):
            return "\(location): the header has no '\(column)' column; expected the columns "
                + "\(LongCSVFormat.header.joined(separator: ",")) or their Chinese names "
                + "\(LongCSVHeaderName.chineseHeader.joined(separator: ",")) (found \(header.joined(separator: ",")))"
        case let .raggedRow(location, fields, expected):
            return "\(location): the row has \(fields) fields; expected \(expected), as many as the header"
        case let .badHeader(location, problem):
            return "\(location): \(problem); expected the long format's header \(LongCSVFormat.header.joined(separator: ","))"
        case let .invisibleCharacter(location, cell, character):
            return "\(location): '\(cell.excerpt())' holds the invisible character \(character); expected an identifier without "
                + "byte-order marks, zero-width or control characters"
        case let .numberOutOfRange(location, cell):
            return "\(location): value '\(cell.excerpt())' is out of range; expected \(NumberRule.expectation)"
        case let .emptySeries(location):
            return "\(location): the series cell is empty; expected a series id"
        case let .notUTF8(location):
            return "\(location): the cell is not UTF-8 text; expected a UTF-8 file "
                + "(for GBK/GB18030 or UTF-16 files give --encoding gb18030 or utf16)"
        case let .unknownMeasure(location, cell):
            return "\(location): unknown measure '\(cell.excerpt())'; expected one of "
                + Measure.allCases.map(\.rawValue).joined(separator: ", ")
                + ", or a printed name such as 累计值, 累计同比, 当月值, 当月同比, 累计平均(上年=100), 期末值, 完成进度"
        case let .badPeriod(location, cell):
            return "\(location): bad period '\(cell.excerpt())'; expected YYYY-MM, YYYY-Qn or YYYY, "
                + "or a label such as 2014/2, 2014年2月, 2014年1-2月, 2014年一季度"
        case let .periodWithoutYear(location, cell):
            return "\(location): period '\(cell.excerpt())' gives no year; expected a year in the cell (2014年\(cell)) "
                + "or the year for every such label (targettrack import --year 2014)"
        case let .nonNumericValue(location, cell):
            return "\(location): value '\(cell.excerpt())' is not a number; expected a number such as 1234.5 or -2.1, "
                + "or a blank, —, … or NA for a missing value"
        case let .unknownMilestoneState(location, cell):
            return "\(location): milestone value '\(cell.excerpt())' is not a state; expected one of "
                + MilestoneState.allCases.map(\.rawValue).joined(separator: ", ")
        case let .badReleaseDate(location, cell):
            return "\(location): bad release date '\(cell.excerpt())'; expected YYYY-MM-DD from "
                + "\(CalendarDay.plausibleReleaseYears.lowerBound) to \(CalendarDay.plausibleReleaseYears.upperBound), or a blank when unknown"
        case let .conflictingRows(file, firstLine, secondLine, series, period, measure, firstValue, secondValue):
            return "\(file):\(secondLine): \(series) \(period) \(measure.rawValue) is \(number(secondValue)) "
                + "here but \(number(firstValue)) at line \(firstLine); expected one value per series, period, "
                + "measure and release date in a file"
        }
    }

    private func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : "\(value)"
    }
}

extension SeriesIOError {
    /// Runs `body`, reporting a file that cannot be read (`TextFormatsError`) as `.unreadable`.
    public static func whileReading<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as TextFormatsError {
            throw SeriesIOError.unreadable(error)
        }
    }
}
