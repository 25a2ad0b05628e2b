import TargetModel

/// Completion profile: the year-to-date amount divided by the mean share of the year's total that
/// past years had reached by the same month (cumulative progress, year totals).
///
/// Edge Cases: with one or two past years (a province with little history) the share is last
/// year's (or the two years' mean) and the interval is the short-history spread
/// (`shortHistorySpread`), since two shares say nothing about their own variance; with no past
/// year the model makes no projection (`ProjectionEngine.fallback` pools a profile instead).
package enum ProfileModel: YearEndModel {
    package static let id: ModelID = "profile"
    /// Past years averaged (the latest ones).
    static let window = 10
    /// Fewest past years for a projection.
    static let minimumYears = 1
    /// Fewest past years whose shares give the interval.
    static let minimumSpreadYears = 3

    /// Cumulative amounts: year totals and progress.
    package static func serves(_ measure: YearEndMeasure, hasLevels: Bool) -> Bool {
        measure == .yearTotal || measure == .progress
    }

    package static func forecasts(_ grids: [YearGrid], months: [Int]) -> ModelForecasts {
        var out = ModelForecasts(grids: grids)
        for (g, grid) in grids.enumerated() {
            for m in months where m < 12 {
                let share = shares(grid, month: m)
                for t in 0..<grid.yearCount {
                    let now = grid.path[grid.index(t, m)]
                    guard !now.isNaN else { continue }
                    let past = share[Swift.max(0, t - window)..<t].filter { !$0.isNaN && $0 > 0 }
                    guard past.count >= minimumYears else { continue }
                    let mean = past.reduce(0, +) / Double(past.count)
                    out.center[g, grid.index(t, m)] = now / mean
                    guard past.count >= minimumSpreadYears else {
                        out.analyticSD[g, grid.index(t, m)] = shortHistorySpread(center: now / mean, month: m)
                        continue
                    }
                    let variance = past.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(past.count - 1)
                    out.analyticSD[g, grid.index(t, m)] =
                        now / (mean * mean) * (variance * (1 + 1 / Double(past.count))).squareRoot()
                }
            }
        }
        return out
    }

    /// The share of each year's total reached by month m (NaN where unknown).
    static func shares(_ grid: YearGrid, month m: Int) -> [Double] {
        (0..<grid.yearCount).map { s -> Double in
            let done = grid.path[grid.index(s, m)], total = grid.outcome(s)
            return total > 0 && !done.isNaN ? done / total : .nan
        }
    }

    /// The standard deviation of a year-end projected from a profile known from fewer than
    /// `minimumSpreadYears` years: 30 % of the centre, scaled by the share of the calendar year
    /// still to come (the analytic spread the engine has always used for short histories).
    static func shortHistorySpread(center: Double, month m: Int) -> Double {
        Swift.max(abs(center), 1) * 0.3 * Double(12 - m) / 12
    }
}

extension ProfileModel {
    /// The mean share of the year's total reached by month m over the past years (before each one's
    /// own projected year) of the grids of one cumulative measure, and how many grids gave one;
    /// `nil` when none did.
    static func pooledShare(_ grids: [(grid: YearGrid, year: Int)], measure: YearEndMeasure, month m: Int)
        -> (share: Double, series: Int)? {
        guard m < 12 else { return nil }
        var sum = 0.0, count = 0, series = 0
        for (grid, year) in grids where grid.measure == measure {
            let past = shares(grid, month: m)[0..<Swift.max(0, Swift.min(year, grid.yearCount))].filter { !$0.isNaN && $0 > 0 }
            guard !past.isEmpty else { continue }
            sum += past.reduce(0, +)
            count += past.count
            series += 1
        }
        return count > 0 ? (sum / Double(count), series) : nil
    }
}
