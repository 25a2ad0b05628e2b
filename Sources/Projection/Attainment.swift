import TargetModel

/// The probability that a target is met, from the predictive distribution of its outcome and the
/// comparator's meaning (the table in the README). `tol` is the target's tolerance.
///
/// | comparator | met when |
/// |---|---|
/// | approx (左右) | outcome ≥ v − tol (overshooting a growth target is not a miss) |
/// | at_least | outcome ≥ v − tol |
/// | at_most (控制在 / 以内) | outcome ≤ v + tol |
/// | exact level | outcome ≥ v (the amount is completed) |
/// | range | v − tol ≤ outcome ≤ value_max + tol |
/// | decrease (下降 v%) | the fall is at least v − tol: growth ≤ −(v − tol) |
/// | no change (持平, 0 %) | growth ≤ tol |
public enum Attainment {
    /// P(meet), or `nil` for a milestone or a target without a value.
    public static func probability(of target: Target, under outcome: PredictiveDistribution) -> Double? {
        guard target.kind != .milestone, let v = target.value else { return nil }
        let tol = target.effectiveTolerance
        if target.direction == .decrease && target.comparator != .atMost {
            return outcome.cdf(-(v - tol))
        }
        if target.kind == .growthRate && v == 0 && target.direction == .level {
            return outcome.cdf(tol)
        }
        switch target.comparator {
        case .approx, .atLeast:
            return 1 - below(outcome, v - tol)
        case .atMost:
            return outcome.cdf(v + tol)
        case .exact:
            return 1 - below(outcome, v)
        case .range:
            let upper = (target.valueMax ?? v) + tol
            return Swift.max(0, outcome.cdf(upper) - below(outcome, v - tol))
        }
    }

    /// P(outcome < x): the CDF just below x, so that a point exactly on the target counts as met.
    private static func below(_ outcome: PredictiveDistribution, _ x: Double) -> Double {
        outcome.cdf(x.nextDown)
    }
}
