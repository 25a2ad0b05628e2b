/// A calendar month: the month a projection is made as of (`--as-of 2013-09`), once that month's
/// figures are out.
public struct Month: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    /// 1–12.
    public let month: Int

    /// The month; `nil` unless `month` is 1–12 and `year` positive.
    public init?(year: Int, month: Int) {
        guard year > 0, (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    /// Parses `YYYY-MM`; `nil` for anything else (a quarter or a year is not a month).
    public init?(_ text: String) {
        guard case let .month(year, month)? = Period(text) else { return nil }
        self.init(year: year, month: month)
    }

    /// The month as a period (`2013-09`: January–September 2013 for year-to-date measures).
    public var period: Period { .month(year: year, month: month) }

    /// The month before (December of the year before for January).
    public var previous: Month {
        month == 1 ? Month(year: year - 1, month: 12)! : Month(year: year, month: month - 1)!
    }

    public var description: String { period.description }

    public static func < (lhs: Month, rhs: Month) -> Bool { (lhs.year, lhs.month) < (rhs.year, rhs.month) }
}
