/// One year of a series in the measure a target is judged on, read month by month: year-to-date
/// growth in % (scale `.growth`) or the year-to-date amount (scale `.amount`).
///
/// This is the arithmetic behind required pace and surprises. For growth, each remaining month
/// is weighted by its share of last year's annual total, so that
/// `1 + g₁₂ = W_m (1 + g_m) + (1 − W_m)(1 + r)`, where `W_m` is the share of January–month `m`
/// and `r` the growth of the remaining months on the same months last year.
///
/// Edge Cases: shares come from last year's year-to-date amounts (interpolated over months that
/// were not published, such as a combined January–February), else from last year's monthly
/// amounts, else are equal (1/12 a month; exact for a year-to-date average index such as CPI).
public struct YearToDate: Hashable, Sendable {
    /// What the readings are.
    public enum Scale: String, Sendable {
        /// Year-to-date growth on the same period last year, in %.
        case growth
        /// Year-to-date cumulative amount (or a level target's cumulative completion).
        case amount
    }

    public var scale: Scale
    public var year: Int
    /// Readings by month (1–12), oldest first, at least one.
    public var readings: [MonthReading]
    /// Cumulative share of last year's annual total by the end of each month 0…12 (growth only):
    /// `cumulativeShare[0] == 0`, `cumulativeShare[12] == 1`.
    public var cumulativeShare: [Double]

    /// Readings with the given scale; `nil` when there are none.
    public init?(scale: Scale, year: Int, readings: [MonthReading], cumulativeShare: [Double] = YearToDate.equalShares) {
        guard !readings.isEmpty, cumulativeShare.count == 13 else { return nil }
        self.scale = scale
        self.year = year
        self.readings = readings.sorted { $0.month < $1.month }
        self.cumulativeShare = cumulativeShare
    }

    /// Equal months: `k/12` by the end of month `k`.
    public static let equalShares = (0...12).map { Double($0) / 12 }

    /// The newest reading.
    public var latest: MonthReading { readings[readings.count - 1] }

    /// The reading for a month, if published.
    public func reading(month: Int) -> Double? {
        readings.first { $0.month == month }?.value
    }

    /// The same year as known at the end of a month: readings after it dropped.
    public func through(month: Int) -> YearToDate? {
        YearToDate(scale: scale, year: year, readings: readings.filter { $0.month <= month },
                   cumulativeShare: cumulativeShare)
    }

    /// The pace so far: year-to-date growth (growth) or the average monthly amount (amount).
    public var paceSoFar: Double {
        switch scale {
        case .growth: return latest.value
        case .amount: return latest.value / Double(latest.month)
        }
    }

    /// The pace needed in every remaining month to end the year exactly at `end`: the growth of
    /// each remaining month on the same month last year, or the amount each remaining month must
    /// add. `nil` when no month remains.
    public func pace(toReach end: Double) -> Double? {
        let m = latest.month
        guard m < 12 else { return nil }
        switch scale {
        case .growth:
            let done = cumulativeShare[m]
            guard done < 1 else { return nil }
            return (((1 + end / 100) - done * (1 + latest.value / 100)) / (1 - done) - 1) * 100
        case .amount:
            return (end - latest.value) / Double(12 - m)
        }
    }

    /// The reading expected for a later month if every month after the latest runs at `pace`.
    public func expectedReading(month: Int, pace: Double) -> Double {
        let m = latest.month
        switch scale {
        case .growth:
            let done = cumulativeShare[m], then = cumulativeShare[month]
            guard then > 0 else { return pace }
            return ((done * (1 + latest.value / 100) + (then - done) * (1 + pace / 100)) / then - 1) * 100
        case .amount:
            return latest.value + Double(month - m) * pace
        }
    }
}

/// One month's reading of a year-to-date measure.
public struct MonthReading: Hashable, Sendable {
    public var month: Int
    public var value: Double

    public init(month: Int, value: Double) {
        self.month = month
        self.value = value
    }
}
