import TargetModel

/// The as-of rules, as pure functions of a list of vintages.
public enum AsOf {
    /// For each observation, its latest vintage released on or before `day` (every latest
    /// vintage when `day` is `nil`), sorted by series, measure and period.
    public static func latest(_ vintages: [Vintage], knownAt day: CalendarDay?) -> [Vintage] {
        latest(vintages) { vintage in day.map { vintage.effectiveRelease <= $0 } ?? true }
    }

    /// What a projection made for `period` may use: observations of periods ending no later than
    /// it, each at the latest vintage released on or before the release date of that period's
    /// figures. Per series, that date is the release of its first vintage for a period ending
    /// with `period` (month, or the quarter or year ending that month), or, when no such vintage
    /// exists, the period's end plus the series' publication lag.
    ///
    /// Edge Cases: a first vintage of unknown release date counts at period end + lag.
    public static func latest(_ vintages: [Vintage], asOfPeriod period: Period,
                              publicationLagDays: (String) -> Int) -> [Vintage] {
        let end = period.endDay
        var releaseOfPeriod: [String: CalendarDay] = [:]
        for vintage in vintages where vintage.observation.period.endDay == end {
            let series = vintage.observation.series
            releaseOfPeriod[series] = min(releaseOfPeriod[series] ?? vintage.effectiveRelease, vintage.effectiveRelease)
        }
        return latest(vintages) { vintage in
            let series = vintage.observation.series
            let cutoff = releaseOfPeriod[series] ?? end.adding(days: publicationLagDays(series))
            return vintage.observation.period.endDay <= end && vintage.effectiveRelease <= cutoff
        }
    }

    /// Values by series, for the engine.
    public static func seriesData(_ vintages: [Vintage], units: [String: String]) -> [String: SeriesData] {
        var data: [String: SeriesData] = [:]
        for vintage in vintages {
            let observation = vintage.observation
            data[observation.series, default: SeriesData(id: observation.series, unit: units[observation.series] ?? "")]
                .set(observation.measure, observation.period, observation.value)
        }
        return data
    }

    private static func latest(_ vintages: [Vintage], where isVisible: (Vintage) -> Bool) -> [Vintage] {
        var best: [Vintage.Key: Vintage] = [:]
        for vintage in vintages where isVisible(vintage) {
            let key = vintage.key
            if let current = best[key], !Vintage.isOrderedBefore(current, vintage) { continue }
            best[key] = vintage
        }
        return best.values.sorted {
            ($0.observation.series, $0.observation.measure.rawValue, $0.observation.period)
                < ($1.observation.series, $1.observation.measure.rawValue, $1.observation.period)
        }
    }
}
