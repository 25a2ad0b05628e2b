import TargetModel

/// Writing assumed months into a series: what a monthly shock means for its YTD figures.
extension SeriesData {
    /// The last month of `year` with a figure (a quarter counts as its last month), 0 if none.
    func lastReleasedMonth(in year: Int) -> Int {
        [Measure.ytdValue, .ytdGrowth, .ytdAvgIndex, .progress, .monthValue, .monthGrowth, .level]
            .flatMap { periods($0) }
            .compactMap { period -> Int? in
                if case .year = period { return nil }
                return period.year == year ? period.endMonth : nil
            }
            .max() ?? 0
    }

    /// Whether the series publishes quarters and no months (GDP, household income): its assumed
    /// months are written a quarter at a time, at the quarter's last month.
    var isQuarterly: Bool {
        let periods = values.values.flatMap(\.keys)
        return periods.contains { if case .quarter = $0 { return true } else { return false } }
            && !periods.contains { if case .month = $0 { return true } else { return false } }
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
    ///
    /// The other kinds of series: a quarterly series takes its assumption at a quarter's last
    /// month, as that quarter's growth (months inside a quarter add nothing); a year-average index
    /// (CPI) takes the month's growth on last year into its running average; cumulative progress
    /// takes `amount` as the month's addition; a level series takes `amount` as the month's level.
    mutating func assume(year: Int, month: Int, growth: Double?, amount: Double?) throws {
        if isQuarterly {
            guard month % 3 == 0 else { return }
            return try assumeQuarter(year: year, quarter: month / 3, growth: growth, amount: amount)
        }
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
        } else if let g = growth, let previousIndex = value(.ytdAvgIndex, previous) {
            set(.ytdAvgIndex, period, (previousIndex * Double(month - 1) + 100 + g) / Double(month))
            set(.monthGrowth, period, g)
        } else if let a = amount, values[.progress] != nil {
            set(.progress, period, latest(.progress, year: year, before: month) + a)
        } else if let a = amount, values[.level] != nil {
            set(.level, period, a)
        } else {
            throw ShockError.cannotApply(series: id, month: month,
                                         reason: amount != nil ? "the series has no YTD values, progress or level to add an amount to"
                                                               : "the series has neither YTD values nor a YTD growth for the month before")
        }
    }

    /// One assumed quarter of a quarterly series: its growth on the same quarter last year (or,
    /// for a level series, `amount` as the quarter-end level), with YTD figures as for months.
    private mutating func assumeQuarter(year: Int, quarter q: Int, growth: Double?, amount: Double?) throws {
        let period = Period.quarter(year: year, quarter: q)
        if let a = amount, values[.level] != nil {
            return set(.level, period, a)
        }
        func ytd(_ y: Int, _ q: Int) -> Double? { q == 0 ? 0 : value(.ytdValue, .quarter(year: y, quarter: q)) }
        let previousGrowth = q > 1 ? value(.ytdGrowth, .quarter(year: year, quarter: q - 1)) : 0
        if let g = growth, let previousYTD = ytd(year, q - 1), let lastYearYTD = ytd(year - 1, q),
           let lastYearPreviousYTD = ytd(year - 1, q - 1), lastYearYTD > lastYearPreviousYTD {
            let revision = q > 1 && lastYearPreviousYTD > 0
                ? previousGrowth.map { (previousYTD / lastYearPreviousYTD) / (1 + $0 / 100) } ?? 1 : 1
            let yearToDate = previousYTD + (lastYearYTD - lastYearPreviousYTD) * revision * (1 + g / 100)
            set(.ytdValue, period, yearToDate)
            if values[.ytdGrowth] != nil { set(.ytdGrowth, period, (yearToDate / (revision * lastYearYTD) - 1) * 100) }
        } else if let g = growth, let previousGrowth {
            set(.ytdGrowth, period, (previousGrowth * Double(q - 1) + g) / Double(q))
        } else {
            throw ShockError.cannotApply(series: id, month: q * 3,
                                         reason: "the quarterly series has neither YTD values nor a YTD growth for quarter \(q - 1)")
        }
    }

    /// The latest figure of a measure in `year` before `month` (a quarter at its last month), 0 if none.
    func latest(_ measure: Measure, year: Int, before month: Int) -> Double {
        var best: (month: Int, value: Double)?
        values[measure]?.forEach(inYear: year) { period, v in
            if case .year = period { return }
            if period.endMonth < month, period.endMonth >= (best?.month ?? 0) { best = (period.endMonth, v) }
        }
        return best?.value ?? 0
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
