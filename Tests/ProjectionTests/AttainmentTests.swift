import TargetModel
import Testing
import Projection

/// The comparator table of issue 6, on point and normal outcomes.
@Suite struct AttainmentTests {
    static func target(_ kind: TargetKind, _ comparator: TargetModel.Comparator, _ value: Double, max: Double? = nil,
                       direction: Direction = .increase, tolerance: Double? = nil) -> Target {
        Target(id: "T", year: 2013, section: "", indicator: "", kind: kind, comparator: comparator, direction: direction,
               value: value, valueMax: max, unit: "%", tolerance: tolerance)
    }

    static func met(_ t: Target, _ outcome: Double) -> Double? {
        Attainment.probability(of: t, under: .point(outcome))
    }

    @Test func atLeastAllowsTheTolerance() {
        let t = Self.target(.growthRate, .atLeast, 12, tolerance: 0.5)
        #expect(Self.met(t, 11.5) == 1)
        #expect(Self.met(t, 11.4) == 0)
    }

    @Test func approxOnlyMissesBelow() {
        let t = Self.target(.growthRate, .approx, 11, tolerance: 0.5)
        #expect(Self.met(t, 10.5) == 1)
        #expect(Self.met(t, 14) == 1)
        #expect(Self.met(t, 10.4) == 0)
    }

    @Test func atMostIsACeiling() {
        let t = Self.target(.growthRate, .atMost, 3.5, direction: .level, tolerance: 0.5)
        #expect(Self.met(t, 4.0) == 1)
        #expect(Self.met(t, 4.1) == 0)
    }

    @Test func exactLevelMustBeCompleted() {
        let t = Self.target(.level, .exact, 26, tolerance: 0.5)
        #expect(Self.met(t, 26) == 1)
        #expect(Self.met(t, 25.9) == 0)
    }

    @Test func rangeIncludesTheTolerance() {
        let t = Self.target(.growthRate, .range, 8, max: 9, tolerance: 0.5)
        #expect(Self.met(t, 7.5) == 1)
        #expect(Self.met(t, 9.5) == 1)
        #expect(Self.met(t, 9.6) == 0)
        #expect(Self.met(t, 7.4) == 0)
    }

    @Test func decreaseNeedsAFallOfAtLeastTheValue() {
        let t = Self.target(.growthRate, .atLeast, 3.5, direction: .decrease)
        #expect(Self.met(t, -3.5) == 1)
        #expect(Self.met(t, -3.4) == 0)
        #expect(Self.met(t, 1) == 0)
    }

    @Test func normalOutcomeCentredOnTheThresholdIsAHalf() throws {
        let t = Self.target(.growthRate, .atLeast, 12)
        let p = try #require(Attainment.probability(of: t, under: .normal(mean: 12, sd: 1)))
        #expect(abs(p - 0.5) < 1e-9)
    }
}
