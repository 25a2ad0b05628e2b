import TargetModel

/// The pace needed in each remaining month to end the year exactly on the target, beside the
/// pace so far (Eurostat's required-versus-actual growth assessment).
///
/// For a growth target both paces are growth rates in % on the same months last year; for a
/// level target they are monthly amounts in the target's unit.
public struct RequiredPace: Hashable, Sendable {
    public var scale: YearToDate.Scale
    /// The month of the latest reading; the remaining months are those after it.
    public var month: Int
    /// The pace each remaining month needs.
    public var required: Double
    /// The pace so far: year-to-date growth, or the average monthly amount.
    public var soFar: Double
    /// Whether the target needs the pace to stay at or above `required` (else at or below it).
    public var needsAtLeast: Bool
    /// The same rest-of-year pace as actually achieved in past years, by year.
    public var history: [Int: Double]

    public init(scale: YearToDate.Scale, month: Int, required: Double, soFar: Double,
                needsAtLeast: Bool, history: [Int: Double]) {
        self.scale = scale
        self.month = month
        self.required = required
        self.soFar = soFar
        self.needsAtLeast = needsAtLeast
        self.history = history
    }

    /// Required over so far; `nil` when nothing has been achieved so far (zero pace).
    public var ratio: Double? {
        soFar == 0 ? nil : required / soFar
    }

    /// Whether the required pace is beyond anything the series did in the same months of past
    /// years (above the highest when it must reach, below the lowest when it must stay under);
    /// `nil` without past years to compare with.
    public var unprecedented: Bool? {
        guard let highest = history.values.max(), let lowest = history.values.min() else { return nil }
        return needsAtLeast ? required > highest : required < lowest
    }

    /// The required pace for a target from its series' year-to-date path (`YearToDatePath` in the
    /// measure the target is judged on, the one its projection reads), beside the same rest-of-year pace in each past year.
    ///
    /// Edge Cases: `nil` for milestones and ratio targets, when the path's scale is not the
    /// target's (a level target on growth rates), for a target without a value or a month of data
    /// in its year, and when no month remains (December is in).
    public init?(target: Target, series: SeriesData) {
        guard let path = YearToDatePath(judging: target, in: series) else { return nil }
        self.init(target: target, path: path)
    }

    /// The same, from the path already laid out.
    public init?(target: Target, path: YearToDatePath) {
        guard let scale = RequiredPace.scale(of: target.kind), path.scale == scale, let value = target.value,
              let now = path.yearToDate(year: target.year) else { return nil }
        let decreasing = target.direction == .decrease
        let end = decreasing && target.kind == .growthRate ? -value : value
        guard let required = now.pace(toReach: end) else { return nil }
        let m = now.latest.month
        var history: [Int: Double] = [:]
        for year in path.firstYear..<target.year {
            guard let past = path.yearToDate(year: year),
                  let december = past.reading(month: 12), past.reading(month: m) != nil,
                  let pace = past.through(month: m)?.pace(toReach: december)
            else { continue }
            history[year] = pace
        }
        self.init(scale: scale, month: m, required: required, soFar: now.paceSoFar,
                  needsAtLeast: !(decreasing || target.comparator == .atMost), history: history)
    }

    /// The scale a target kind is paced in, if any.
    public static func scale(of kind: TargetKind) -> YearToDate.Scale? {
        switch kind {
        case .growthRate: return .growth
        case .level: return .amount
        case .ratio, .milestone: return nil
        }
    }
}
