import TargetModel

/// Why a P(meet) seems to contradict the paces: the pace so far beats the pace needed but P is
/// below one half, or the reverse. Last year's rest of the year says why: for an amount, the share
/// of last year's total its remaining months brought; for a growth rate, the pace they ran at.
public struct PaceExplanation: Hashable, Sendable {
    /// The month of the latest reading; the rest of the year is the months after it.
    public var month: Int
    /// Whether the pace so far beats the pace needed.
    public var aheadOfPace: Bool
    /// The share of last year's total the months after `month` brought (amount targets).
    public var lastYearRemainingShare: Double?
    /// The pace the same months ran at last year (growth targets: % on the year before).
    public var lastYearRestPace: Double?

    /// The explanation for a target when P and the paces disagree; `nil` when they agree or there
    /// is no pace or P.
    public init?(pace: RequiredPace?, probability: Double?, lastYear: YearToDate?) {
        guard let pace, let probability else { return nil }
        let ahead = pace.needsAtLeast ? pace.soFar >= pace.required : pace.soFar <= pace.required
        guard ahead ? probability < 0.5 : probability > 0.5 else { return nil }
        month = pace.month
        aheadOfPace = ahead
        lastYearRestPace = lastYear.flatMap { pace.history[$0.year] }
        if pace.scale == .amount, let lastYear, let done = lastYear.reading(month: pace.month),
           let total = lastYear.reading(month: 12), total > 0 {
            lastYearRemainingShare = (total - done) / total
        }
    }
}
