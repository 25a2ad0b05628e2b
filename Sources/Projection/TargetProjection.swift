import TargetModel

/// The year-end projection of one catalog target and the probability of meeting it.
///
/// This is what `project` prints and what risk assessment reads. Numbers are `nil` when there is
/// nothing to project (a milestone, a target without linked data); they are never NaN.
public struct TargetProjection: Sendable {
    public var target: Target
    /// The newest period with data for the target's series (as of the projection date).
    public var latestPeriod: Period?
    /// Its value, in the measure the target is judged on.
    public var latestValue: Double?
    /// The predictive distribution of the year-end outcome; `nil` when there is no data.
    public var distribution: PredictiveDistribution?
    /// Where the distribution comes from: the models combined, a sentinel such as `.noData`, or a
    /// scenario's or link's adjustment of another source.
    public var source: ProjectionSource
    /// Where the interval comes from.
    public var interval: IntervalSource
    /// Things a reader should know (too little history, …).
    public var warnings: [String]
    /// Past years (before the target's year) of the series' own history the projection stands on.
    public var historyYears: Int = 0

    public init(target: Target, latestPeriod: Period? = nil, latestValue: Double? = nil,
                distribution: PredictiveDistribution? = nil, source: ProjectionSource = .noData,
                interval: IntervalSource = .none, warnings: [String] = []) {
        self.target = target
        self.latestPeriod = latestPeriod
        self.latestValue = latestValue
        self.distribution = distribution
        self.source = source
        self.interval = interval
        self.warnings = warnings
    }

    /// The median projection.
    public var projection: Double? { distribution?.median }

    /// P(meet target) by the comparator's meaning (see `Attainment`); `nil` without data. A P from
    /// a backtest-calibrated (empirical) interval goes through `ProbabilityRecalibration.fitted`.
    ///
    /// Unless the outcome is known, a projection standing on fewer than
    /// `DataSufficiency.minimumOwnYears` years of the series' own history gives no P below
    /// `DataSufficiency.probabilityBounds.lowerBound` or above its upper bound: two or three years
    /// cannot support a near-certain call (an already completed level is `achieved` by its status).
    public var probability: Double? {
        guard let distribution, let raw = Attainment.probability(of: target, under: distribution) else { return nil }
        let p = interval == .empirical ? ProbabilityRecalibration.fitted(raw) : raw
        guard interval != .exact, historyYears < DataSufficiency.minimumOwnYears else { return p }
        let bounds = DataSufficiency.probabilityBounds
        return Swift.min(Swift.max(p, bounds.lowerBound), bounds.upperBound)
    }

    /// How far the projection can be trusted, from its history and interval (see `DataSufficiency`).
    public var sufficiency: DataSufficiency { DataSufficiency(of: self) }
}

/// How much history a projection stands on: the confidence level the risk list, the JSON and the
/// report show beside P(meet).
public enum DataSufficiency: String, Codable, Sendable, CaseIterable {
    /// The outcome is known, or at least `minimumEmpiricalYears` years of history and an interval
    /// calibrated on backtest errors.
    case sufficient
    /// At least `minimumOwnYears` years, but an analytic interval or a short record.
    case limited
    /// Fewer than `minimumOwnYears` years of the series' own history (数据不足).
    case insufficient
    /// No projection.
    case none

    /// Fewest past years of the series' own history for anything better than `insufficient`.
    public static let minimumOwnYears = 3
    /// Fewest past years for `sufficient`.
    public static let minimumEmpiricalYears = 5
    /// The range P(meet) is held in with fewer than `minimumOwnYears` years.
    public static let probabilityBounds = 0.02...0.98

    /// The level of one projection.
    public init(of projection: TargetProjection) {
        switch projection.interval {
        case .none: self = .none
        case .exact: self = .sufficient
        case .empirical, .analytic:
            if projection.historyYears < Self.minimumOwnYears { self = .insufficient }
            else if projection.interval == .empirical && projection.historyYears >= Self.minimumEmpiricalYears { self = .sufficient }
            else { self = .limited }
        }
    }
}

/// Where a projection's uncertainty band comes from.
public enum IntervalSource: String, Codable, Sendable {
    /// From out-of-sample backtest errors at the same information month (calibrated).
    case empirical
    /// From the regression's analytic prediction interval (short history).
    case analytic
    /// The outcome is already known.
    case exact
    case none
}
