/// A calendar date with no time of day or time zone: release dates and as-of dates.
public struct CalendarDay: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    /// Years a release date may fall in: from the founding of the statistical system to a
    /// horizon no release reaches. A date outside (`0001-01-01`, a typo for 2031) is refused where
    /// it is read, and every accepted date prints as the `YYYY-MM-DD` it was read from.
    public static let plausibleReleaseYears = 1949...2100

    /// Whether the date's year is within `plausibleReleaseYears`.
    public var isPlausibleReleaseDate: Bool { Self.plausibleReleaseYears.contains(year) }

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD` (also `YYYY/MM/DD`, and one-digit months and days); `nil` when
    /// malformed or not a real date.
    public init?(_ text: String) {
        var text = text
        guard let day = text.withUTF8({ CalendarDay(utf8: $0) }) else { return nil }
        self = day
    }

    /// Parses a date as `init(_:)` does, from UTF-8 bytes (for readers that never make strings).
    public init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        var separators = (first: -1, second: -1, count: 0)
        for index in bytes.indices where bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "/") {
            if separators.count == 0 { separators.first = index } else { separators.second = index }
            separators.count += 1
        }
        guard separators.count == 2, separators.first == 4,
              separators.second - separators.first - 1 <= 2, bytes.count - separators.second - 1 <= 2,
              let y = decimal(bytes[0..<4]),
              let m = decimal(bytes[separators.first + 1..<separators.second]),
              let d = decimal(bytes[separators.second + 1..<bytes.count]),
              (1...12).contains(m), d >= 1, d <= CalendarDay.daysIn(year: y, month: m)
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Days in a month of the proleptic Gregorian calendar.
    public static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (negative before), for date arithmetic.
    public var ordinal: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The date from days since 1970-01-01.
    public init(ordinal: Int) {
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    /// This date moved by a number of days.
    public func adding(days: Int) -> CalendarDay {
        CalendarDay(ordinal: ordinal + days)
    }

    public var description: String {
        func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(pad(month))-\(pad(day))"
    }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let day = CalendarDay(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a date: \(text)"))
        }
        self = day
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
