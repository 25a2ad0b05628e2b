import Projection
import Risk
import TargetModel
import Testing

/// P(meet) for every comparator, through `Attainment`, and the status it gives. Expected values
/// are standard normal probabilities: Φ(1) = 0.841345, Φ(0.5) = 0.691462, Φ(−1) = 0.158655.
@Suite struct ComparatorProbabilityTests {
    private func assessed(_ t: Target, _ d: PredictiveDistribution) -> (Double, Status) {
        let p = projection(t, d)
        return (p.probability ?? .nan, RiskAssessor().status(of: p, series: nil))
    }

    @Test func atLeastIsTheUpperTailAboveValueLessTolerance() {
        let (p, status) = assessed(target("GDP", comparator: .atLeast, value: 11), .normal(mean: 10, sd: 1))
        #expect(abs(p - 0.158655) < 1e-6)
        #expect(status == .offTrack)
    }

    @Test func approxCountsOvershootAsMetAndShortfallWithinTolerance() {
        let (p, status) = assessed(target("GDP", comparator: .approx, value: 11, tolerance: 0.5), .normal(mean: 11, sd: 1))
        #expect(abs(p - 0.691462) < 1e-6)
        #expect(status == .atRisk)
    }

    @Test func atMostIsTheLowerTailBelowValuePlusTolerance() {
        let (p, status) = assessed(target("CPI", comparator: .atMost, value: 3.5), .normal(mean: 2.5, sd: 1))
        #expect(abs(p - 0.841345) < 1e-6)
        #expect(status == .onTrack)
    }

    @Test func exactLevelIsMetWhenTheAmountIsCompleted() {
        let (p, status) = assessed(target("Schools", kind: .level, comparator: .exact, value: 300), .normal(mean: 300, sd: 20))
        #expect(abs(p - 0.5) < 1e-9)
        #expect(status == .atRisk)
    }

    @Test func rangeIsTheMassBetweenTheBoundsWidenedByTolerance() {
        let (p, status) = assessed(target("M2", comparator: .range, value: 13, valueMax: 15), .normal(mean: 14, sd: 1))
        #expect(abs(p - (0.841345 - 0.158655)) < 1e-6)
        #expect(status == .atRisk)
    }

    @Test func decreaseIsMetWhenTheFallIsAtLeastTheTarget() {
        // 下降3.7%: growth must be ≤ −3.7.
        let (p, status) = assessed(target("Energy", direction: .decrease, value: 3.7), .normal(mean: -4.7, sd: 1))
        #expect(abs(p - 0.841345) < 1e-6)
        #expect(status == .onTrack)
    }

    @Test func noChangeIsMetWhenGrowthStaysWithinTolerance() {
        let (p, status) = assessed(target("Coal", comparator: .exact, direction: .level, value: 0, tolerance: 0.5), .normal(mean: 1.5, sd: 1))
        #expect(abs(p - 0.158655) < 1e-6)
        #expect(status == .offTrack)
    }

    @Test func anEmpiricalOutcomeExactlyOnTheTargetCountsAsMet() {
        let d = PredictiveDistribution.fromErrors(center: 11, errors: [-2, -1, 0, 1, 2])
        let (p, _) = assessed(target("GDP", comparator: .atLeast, value: 11), d)
        #expect(abs(p - 0.5) < 1e-9)
        let (missed, status) = assessed(target("GDP", comparator: .atLeast, value: 13.5), d)
        #expect(missed == 0)
        #expect(status == .offTrack)
    }

    @Test func milestonesHaveNoProbability() {
        let m = target("M", kind: .milestone, comparator: .exact, value: nil)
        #expect(projection(m, .normal(mean: 0, sd: 1)).probability == nil)
    }
}
