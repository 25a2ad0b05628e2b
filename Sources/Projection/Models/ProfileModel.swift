import TargetModel

/// Completion profile: the year-to-date amount divided by the mean share of the year's total that
/// past years had reached by the same month (cumulative progress, year totals).
package enum ProfileModel: YearEndModel {
    package static let id: ModelID = "profile"
    /// Past years averaged (the latest ones).
    static let window = 10
    /// Fewest past years.
    static let minimumYears = 3

    /// Cumulative amounts: year totals and progress.
    package static func serves(_ measure: YearEndMeasure, hasLevels: Bool) -> Bool {
        measure == .yearTotal || measure == .progress
    }

    package static func forecasts(_ grids: [YearGrid], months: [Int]) -> ModelForecasts {
        var out = ModelForecasts(grids: grids)
        for (g, grid) in grids.enumerated() {
            for m in months where m < 12 {
                let share = (0..<grid.yearCount).map { s -> Double in
                    let done = grid.path[grid.index(s, m)], total = grid.outcome(s)
                    return total > 0 && !done.isNaN ? done / total : .nan
                }
                for t in 0..<grid.yearCount {
                    let now = grid.path[grid.index(t, m)]
                    guard !now.isNaN else { continue }
                    let past = share[Swift.max(0, t - window)..<t].filter { !$0.isNaN && $0 > 0 }
                    guard past.count >= minimumYears else { continue }
                    let mean = past.reduce(0, +) / Double(past.count)
                    let variance = past.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(past.count - 1)
                    out.center[g][grid.index(t, m)] = now / mean
                    out.analyticSD[g][grid.index(t, m)] =
                        now / (mean * mean) * (variance * (1 + 1 / Double(past.count))).squareRoot()
                }
            }
        }
        return out
    }
}
