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

    /// P(meet target) by the comparator's meaning (see `Attainment`); `nil` without data.
    public var probability: Double? {
        distribution.flatMap { Attainment.probability(of: target, under: $0) }
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
