import TargetModel

extension SeriesData {
    /// The year's readings in the given scale, from whichever measures the series carries.
    ///
    /// Growth comes from `ytd_growth`, else from this and last year's `ytd_value`, else from
    /// `ytd_avg_index − 100`. Amounts come from `ytd_value`, else from `progress`.
    /// `nil` when none of these has a month of the year.
    public func yearToDate(_ scale: YearToDate.Scale, year: Int) -> YearToDate? {
        switch scale {
        case .growth:
            if let growth = monthly(.ytdGrowth, year: year) {
                return YearToDate(scale: .growth, year: year, readings: growth, cumulativeShare: shares(lastYearOf: year))
            }
            if let amounts = monthly(.ytdValue, year: year) {
                let growth = amounts.compactMap { reading -> MonthReading? in
                    guard let before = value(.ytdValue, .month(year: year - 1, month: reading.month)), before != 0
                    else { return nil }
                    return MonthReading(month: reading.month, value: (reading.value / before - 1) * 100)
                }
                return YearToDate(scale: .growth, year: year, readings: growth, cumulativeShare: shares(lastYearOf: year))
            }
            if let index = monthly(.ytdAvgIndex, year: year) {
                let growth = index.map { MonthReading(month: $0.month, value: $0.value - 100) }
                return YearToDate(scale: .growth, year: year, readings: growth)
            }
            return nil
        case .amount:
            guard let amounts = monthly(.ytdValue, year: year) ?? monthly(.progress, year: year) else { return nil }
            return YearToDate(scale: .amount, year: year, readings: amounts)
        }
    }

    /// Years before `year` with at least one month of the measure the scale reads.
    func earlierYears(than year: Int) -> [Int] {
        let years = values.values.flatMap { $0.keys }.compactMap { period -> Int? in
            if case let .month(y, _) = period, y < year { return y }
            return nil
        }
        return Array(Set(years)).sorted()
    }

    private func monthly(_ measure: Measure, year: Int) -> [MonthReading]? {
        let readings = (values[measure] ?? [:]).compactMap { period, value -> MonthReading? in
            guard case let .month(y, m) = period, y == year, value.isFinite else { return nil }
            return MonthReading(month: m, value: value)
        }
        return readings.isEmpty ? nil : readings.sorted { $0.month < $1.month }
    }

    /// Cumulative shares of the year before `year`'s annual total, 0…12.
    private func shares(lastYearOf year: Int) -> [Double] {
        if let cumulative = monthly(.ytdValue, year: year - 1),
           let total = cumulative.last, total.month == 12, total.value > 0 {
            return interpolatedShares(cumulative, total: total.value)
        }
        if let months = monthly(.monthValue, year: year - 1), months.count == 12 {
            let total = months.reduce(0) { $0 + $1.value }
            guard total > 0 else { return YearToDate.equalShares }
            var running = 0.0
            return [0] + months.map { running += $0.value; return running / total }
        }
        return YearToDate.equalShares
    }

    /// Shares at every month end, linear between published months (a combined January–February
    /// release spreads its amount evenly over both months).
    private func interpolatedShares(_ cumulative: [MonthReading], total: Double) -> [Double] {
        let known = [MonthReading(month: 0, value: 0)] + cumulative
        return (0...12).map { month in
            guard let upper = known.firstIndex(where: { $0.month >= month }) else { return 1 }
            let hi = known[upper]
            guard hi.month != month, upper > 0 else { return hi.value / total }
            let lo = known[upper - 1]
            let fraction = Double(month - lo.month) / Double(hi.month - lo.month)
            return (lo.value + fraction * (hi.value - lo.value)) / total
        }
    }
}
