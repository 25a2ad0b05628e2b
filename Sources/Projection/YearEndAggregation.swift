/// Turning projected remaining months into the year-end outcome of a grid's measure.
///
/// The known year-to-date figure is always kept as published (so base revisions the statistics
/// bureau applies to growth rates carry through); projections only supply the months after m.
extension YearGrid {
    /// The outcome of year `t` from projected single-month changes `changes[k]` for months
    /// k = m+1 … 12 (index 0 is month m+1). NaN when something needed is missing.
    func outcome(_ t: Int, month m: Int, changes: [Double]) -> Double {
        let path = path, level = level, weight = weight
        if m >= 12 { return path[index(t, 12)] }
        let known = path[index(t, m)]
        guard !known.isNaN, changes.count >= 12 - m else { return .nan }
        switch measure {
        case .ytdGrowth:
            var done = 0.0, rest = 0.0
            for k in 1...12 {
                let w = weight[index(t, k)]
                if k <= m { done += w } else { rest += w * changes[k - m - 1] }
            }
            return done * known + rest
        case .yearTotal:
            guard t >= 1 else { return .nan }
            var sum = known
            for k in (m + 1)...12 { sum += level[index(t - 1, k)] * (1 + changes[k - m - 1] / 100) }
            return sum
        case .yearAverageIndex:
            var sum = Double(m) * known
            for k in (m + 1)...12 { sum += 100 + changes[k - m - 1] }
            return sum / 12
        case .yearEndLevel:
            guard t >= 1 else { return .nan }
            return level[index(t - 1, 12)] + changes[11 - m]
        case .annual, .progress:
            return .nan
        }
    }

    /// The outcome of year `t` from projected single-month levels `levels[k]` for months
    /// k = m+1 … 12. NaN when something needed is missing or the measure has no levels.
    func outcome(_ t: Int, month m: Int, levels forecast: [Double]) -> Double {
        let path = path, level = level
        if m >= 12 { return path[index(t, 12)] }
        let known = path[index(t, m)]
        guard !known.isNaN, forecast.count >= 12 - m else { return .nan }
        switch measure {
        case .ytdGrowth:
            guard t >= 1 else { return .nan }
            var thisDone = 0.0, thisRest = 0.0, lastDone = 0.0, lastAll = 0.0
            for k in 1...12 {
                let last = level[index(t - 1, k)]
                lastAll += last
                if k <= m { thisDone += level[index(t, k)]; lastDone += last } else { thisRest += forecast[k - m - 1] }
            }
            guard thisDone > 0, lastDone > 0, lastAll > 0 else { return .nan }
            let ratio = ((thisDone + thisRest) / thisDone) / (lastAll / lastDone)
            return ((1 + known / 100) * ratio - 1) * 100
        case .yearTotal:
            return known + forecast.prefix(12 - m).reduce(0, +)
        case .yearEndLevel:
            return forecast[11 - m]
        case .yearAverageIndex, .annual, .progress:
            return .nan
        }
    }
}
