/// A statistical reference period: a month (`2013-09`), a quarter (`2013-Q3`) or a year (`2013`).
///
/// For year-to-date measures a month period `2013-09` means January–September 2013.
public enum Period: Hashable, Comparable, Sendable, CustomStringConvertible {
    case month(year: Int, month: Int)
    case quarter(year: Int, quarter: Int)
    case year(Int)

    /// Parses `YYYY-MM`, `YYYY-Qn` or `YYYY`; returns `nil` for anything else.
    public init?(_ text: String) {
        var text = text
        guard let period = text.withUTF8({ Period(utf8: $0) }) else { return nil }
        self = period
    }

    /// Parses `YYYY-MM`, `YYYY-Qn` or `YYYY` from UTF-8 bytes (for readers that never make strings).
    public init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count == 4 || bytes.count == 7, let year = decimal(bytes[0..<4]), year > 0 else { return nil }
        if bytes.count == 4 {
            self = .year(year)
        } else if bytes[4] != UInt8(ascii: "-") {
            return nil
        } else if bytes[5] == UInt8(ascii: "Q") {
            guard let quarter = decimal(bytes[6..<7]), (1...4).contains(quarter) else { return nil }
            self = .quarter(year: year, quarter: quarter)
        } else {
            guard let month = decimal(bytes[5..<7]), (1...12).contains(month) else { return nil }
            self = .month(year: year, month: month)
        }
    }

    public var year: Int {
        switch self {
        case let .month(year, _), let .quarter(year, _): return year
        case let .year(year): return year
        }
    }

    /// The last month the period covers (12 for a year, 3·q for a quarter).
    public var endMonth: Int {
        switch self {
        case let .month(_, month): return month
        case let .quarter(_, quarter): return quarter * 3
        case .year: return 12
        }
    }

    /// The last calendar day of the period.
    public var endDay: CalendarDay {
        CalendarDay(year: year, month: endMonth, day: CalendarDay.daysIn(year: year, month: endMonth))
    }

    public var description: String {
        switch self {
        case let .month(year, month): return "\(year)-\(month < 10 ? "0" : "")\(month)"
        case let .quarter(year, quarter): return "\(year)-Q\(quarter)"
        case let .year(year): return "\(year)"
        }
    }

    /// Periods order by their end, then months before quarters before years.
    public static func < (lhs: Period, rhs: Period) -> Bool {
        (lhs.year, lhs.endMonth, lhs.rank) < (rhs.year, rhs.endMonth, rhs.rank)
    }

    private var rank: Int {
        switch self {
        case .month: return 0
        case .quarter: return 1
        case .year: return 2
        }
    }
}
