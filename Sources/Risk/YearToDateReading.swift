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
                var before = [Double](repeating: .nan, count: 13)
                for reading in monthly(.ytdValue, year: year - 1) ?? [] { before[reading.month] = reading.value }
                let growth = amounts.compactMap { reading -> MonthReading? in
                    let last = before[reading.month]
                    guard !last.isNaN, last != 0 else { return nil }
                    return MonthReading(month: reading.month, value: (reading.value / last - 1) * 100)
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

    /// Years before `year` with a monthly or quarterly value in any measure.
    func earlierYears(than year: Int) -> [Int] {
        var years = Set<Int>()
        for table in values.values {
            for (period, _) in table {
                switch period {
                case let .month(y, _) where y < year, let .quarter(y, _) where y < year: years.insert(y)
                default: continue
                }
            }
        }
        return years.sorted()
    }

    /// The measure's readings in the year by month; a quarterly year-to-date figure (GDP) counts
    /// as the reading of the quarter's last month unless that month has its own.
    private func monthly(_ measure: Measure, year: Int) -> [MonthReading]? {
        guard let table = values[measure] else { return nil }
        var readings: [MonthReading] = []
        var lastMonth = 0
        // A month comes before the quarter ending with it, so the quarter only fills a gap.
        table.forEach(inYear: year) { period, value in
            switch period {
            case let .month(_, month):
                lastMonth = month
                if value.isFinite { readings.append(MonthReading(month: month, value: value)) }
            case let .quarter(_, quarter):
                if lastMonth != quarter * 3, value.isFinite { readings.append(MonthReading(month: quarter * 3, value: value)) }
            case .year:
                break
            }
        }
        return readings.isEmpty ? nil : readings
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
