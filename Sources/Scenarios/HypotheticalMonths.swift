import TargetModel

/// Writing assumed months into a series: what a monthly shock means for its YTD figures.
extension SeriesData {
    /// The last month of `year` with a YTD figure (value, growth or average index), 0 if none.
    func lastReleasedMonth(in year: Int) -> Int {
        [Measure.ytdValue, .ytdGrowth, .ytdAvgIndex, .progress, .monthValue, .monthGrowth]
            .flatMap { periods($0) }
            .compactMap { if case let .month(y, m) = $0, y == year { return m } else { return nil } }
            .max() ?? 0
    }

    /// Single-month amounts as every part of TargetTrack reads them (`YearToDatePath`: a combined
    /// January–February release split evenly); `nil` for a series without amounts.
    var monthAmounts: YearToDatePath? {
        YearToDatePath(series: self, measure: .yearTotal)
    }

    /// Adds one assumed month: its amount (when the series has YTD values) or its growth on the
    /// same month last year, and the YTD figures that follow from it.
    ///
    /// Published YTD growth is computed on a revised prior-year base, so it is not the ratio of
    /// published levels. With YTD values, the base revision implied by the month before,
    /// r = (YTD / last year's YTD) / (1 + YTD growth), is kept: the month's amount is last year's
    /// amount × r × (1 + g/100), so that g is growth on the same (revised) base as the published
    /// YTD growth, which then follows from the levels. Without levels, the YTD growth is the
    /// month-weighted average of the YTD growth so far and the month's growth.
    mutating func assume(year: Int, month: Int, growth: Double?, amount: Double?) throws {
        let period = Period.month(year: year, month: month)
        let previous = Period.month(year: year, month: month - 1)
        if let lastYearAmount = monthAmounts?.monthLevel(year: year - 1, month: month),
           let previousYTD = value(.ytdValue, previous),
           let lastYearYTD = value(.ytdValue, .month(year: year - 1, month: month)),
           let lastYearPreviousYTD = value(.ytdValue, .month(year: year - 1, month: month - 1)) {
            let revision = value(.ytdGrowth, previous).map { (previousYTD / lastYearPreviousYTD) / (1 + $0 / 100) } ?? 1
            let monthValue = amount ?? lastYearAmount * revision * (1 + (growth ?? 0) / 100)
            let ytd = previousYTD + monthValue
            set(.ytdValue, period, ytd)
            set(.monthValue, period, monthValue)
            set(.monthGrowth, period, (monthValue / (revision * lastYearAmount) - 1) * 100)
            if value(.ytdGrowth, previous) != nil {
                set(.ytdGrowth, period, (ytd / (revision * lastYearYTD) - 1) * 100)
            }
        } else if let g = growth, let previousGrowth = value(.ytdGrowth, previous) {
            let monthsSoFar = Double(month - 1)
            set(.ytdGrowth, period, (previousGrowth * monthsSoFar + g) / Double(month))
            set(.monthGrowth, period, g)
        } else {
            throw ShockError.cannotApply(series: id, month: month,
                                         reason: amount != nil ? "the series has no YTD values to add an amount to"
                                                               : "the series has neither YTD values nor a YTD growth for the month before")
        }
    }
}

/// Why a shock could not be written into a series.
enum ShockError: Error, CustomStringConvertible {
    case cannotApply(series: String, month: Int, reason: String)

    var description: String {
        switch self {
        case let .cannotApply(series, month, reason): return "cannot assume month \(month) of \(series): \(reason)"
        }
    }
}
