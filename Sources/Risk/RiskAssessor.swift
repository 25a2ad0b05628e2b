import Projection
import TargetModel

/// Turns a month's projections into statuses, required paces and news: the `assess` verb.
public struct RiskAssessor: Sendable {
    public var thresholds: StatusThresholds

    public init(thresholds: StatusThresholds = .standard) {
        self.thresholds = thresholds
    }

    /// One assessment per projection, in the same order (computed on every core for large lists).
    ///
    /// - Parameters:
    ///   - series: the series as known at the as-of date, by id (each target's from its
    ///     `Target.dataSeries`: the series it links to, else the one named by its id).
    ///   - previous: last month's assessments; when given, each target gets its `news`.
    public func assess(_ projections: [TargetProjection], series: [String: SeriesData],
                       previous: [TargetAssessment]? = nil) -> [TargetAssessment] {
        let before = previous.map { Dictionary($0.map { ($0.target.id, $0) }, uniquingKeysWith: { first, _ in first }) }
        return projections.concurrentMap { projection in
            let target = projection.target
            let data = series[target.dataSeries]
            let path = data.flatMap { YearToDatePath(judging: target, in: $0) }
            let yearToDate = path.flatMap { path in
                path.scale == RequiredPace.scale(of: target.kind) ? path.yearToDate(year: target.year) : nil
            }
            var assessment = TargetAssessment(
                projection: projection,
                status: status(of: projection, series: data),
                pace: path.flatMap { RequiredPace(target: target, path: $0) },
                yearToDate: yearToDate
            )
            assessment.explanation = PaceExplanation(pace: assessment.pace, probability: assessment.probability,
                                                     lastYear: path?.yearToDate(year: target.year - 1))
            if let before {
                assessment.news = TargetNews(current: assessment, previous: before[target.id])
            }
            return assessment
        }
    }

    /// The status of one target.
    ///
    /// Edge Cases: a milestone takes its latest reported state in the target year (`no_data`
    /// without one); a target is `achieved` when its outcome is known and met, or when it is a
    /// level to reach and this year's cumulative reading already reaches it.
    public func status(of projection: TargetProjection, series: SeriesData?) -> Status {
        let target = projection.target
        if target.kind == .milestone {
            return latestMilestoneState(series, year: target.year).map(Status.init) ?? .noData
        }
        guard let probability = projection.probability, let distribution = projection.distribution else {
            return .noData
        }
        if probability >= 1, projection.interval == .exact || distribution.isPoint {
            return .achieved
        }
        if isCompletedLevel(projection) { return .achieved }
        return thresholds.status(for: probability)
    }

    private func latestMilestoneState(_ series: SeriesData?, year: Int) -> MilestoneState? {
        guard let series else { return nil }
        let latest = series.periods(.milestone).last { $0.year == year }
        return latest.flatMap { series.value(.milestone, $0) }.flatMap(MilestoneState.init(code:))
    }

    private func isCompletedLevel(_ projection: TargetProjection) -> Bool {
        let target = projection.target
        guard target.kind == .level, target.direction != .decrease,
              target.comparator == .exact || target.comparator == .atLeast,
              let value = target.value, let latest = projection.latestValue,
              projection.latestPeriod?.year == target.year
        else { return false }
        return latest >= value
    }
}

extension PredictiveDistribution {
    /// Whether the outcome is known exactly.
    var isPoint: Bool {
        if case .point = self { return true }
        return false
    }
}
