import Projection
import Risk
import TargetModel
import Testing

@Suite struct StatusThresholdTests {
    @Test(arguments: [
        (0.95, Status.onTrack), (0.7, .onTrack), (0.6999, .atRisk), (0.5, .atRisk),
        (0.3, .atRisk), (0.2999, .offTrack), (0, .offTrack), (1, .onTrack),
    ])
    func standardThresholdsAreSevenTenthsAndThreeTenths(probability: Double, expected: Status) {
        #expect(StatusThresholds.standard.status(for: probability) == expected)
    }

    @Test func thresholdsAreConfigurable() throws {
        let strict = try StatusThresholds(onTrack: 0.9, offTrack: 0.5)
        #expect(strict.status(for: 0.85) == .atRisk)
        #expect(strict.status(for: 0.45) == .offTrack)
        #expect(strict.status(for: 0.9) == .onTrack)
    }

    @Test(arguments: [(0.3, 0.7), (1.2, 0.3), (0.7, -0.1)])
    func inconsistentThresholdsAreRejected(onTrack: Double, offTrack: Double) {
        #expect(throws: RiskError.invalidThresholds(onTrack: onTrack, offTrack: offTrack)) {
            try StatusThresholds(onTrack: onTrack, offTrack: offTrack)
        }
    }

    @Test func assessorUsesItsThresholds() throws {
        let t = target("T1", value: 11)
        let p = projection(t, .normal(mean: 11, sd: 1)) // P = 0.5
        let lenient = RiskAssessor(thresholds: try StatusThresholds(onTrack: 0.5, offTrack: 0.2))
        #expect(lenient.status(of: p, series: nil) == .onTrack)
        #expect(RiskAssessor().status(of: p, series: nil) == .atRisk)
    }
}

@Suite struct SpecialStatusTests {
    @Test func aKnownOutcomeThatMeetsTheTargetIsAchieved() {
        let t = target("T1", value: 11)
        #expect(RiskAssessor().status(of: projection(t, .point(11.2), interval: .exact), series: nil) == .achieved)
        #expect(RiskAssessor().status(of: projection(t, .point(10.2), interval: .exact), series: nil) == .offTrack)
    }

    @Test func aLevelTargetAlreadyCompletedThisYearIsAchieved() {
        let t = target("T2", kind: .level, comparator: .exact, value: 300)
        var p = projection(t, .normal(mean: 320, sd: 30))
        p.latestPeriod = .month(year: 2013, month: 10)
        p.latestValue = 305
        #expect(RiskAssessor().status(of: p, series: nil) == .achieved)
        p.latestValue = 290
        #expect(RiskAssessor().status(of: p, series: nil) == .onTrack)
    }

    @Test func withoutADistributionThereIsNoData() {
        #expect(RiskAssessor().status(of: projection(target("T3"), nil), series: nil) == .noData)
    }

    @Test func aMilestoneTakesItsLatestReportedStateThisYear() {
        let t = target("M1", kind: .milestone, comparator: .exact, direction: .level, value: nil, series: "M1")
        let reports = series("M1", .milestone, [
            "2013-03": MilestoneState.notStarted.code,
            "2013-06": MilestoneState.inProgress.code,
            "2013-09": MilestoneState.late.code,
            "2014-01": MilestoneState.done.code,
        ])
        #expect(RiskAssessor().status(of: projection(t, nil), series: reports) == .late)
        #expect(RiskAssessor().status(of: projection(t, nil), series: nil) == .noData)
        let assessed = RiskAssessor().assess([projection(t, nil)], series: ["M1": reports])
        #expect(assessed.map(\.status) == [.late])
    }

    @Test func milestoneStatesNeedingAttention() {
        #expect(Status.late.needsAttention)
        #expect(!Status.inProgress.needsAttention)
        #expect(Status(MilestoneState.done) == .done)
    }
}

/// Data sufficiency (issue 15): a thin history is said, and cannot give a near-certain P.
@Suite struct DataSufficiencyTests {
    @Test("Fewer than three past years: 数据不足, P held within 0.02…0.98; with ten the P stands")
    func thinHistoryBoundsP() throws {
        let goal = target("S1", kind: .growthRate, comparator: .atLeast, value: 10)
        let far = PredictiveDistribution.normal(mean: 2, sd: 1)
        let thin = projection(goal, far, historyYears: 1)
        #expect(thin.sufficiency == .insufficient)
        #expect(thin.probability == 0.02)
        let long = projection(goal, far, historyYears: 10)
        #expect(long.sufficiency == .limited)
        #expect(try #require(long.probability) < 0.001)
        #expect(projection(goal, far, interval: .empirical, historyYears: 10).sufficiency == .sufficient)
        #expect(projection(goal, .point(12), interval: .exact, historyYears: 0).probability == 1)
    }
}

/// Explaining a P that contradicts the paces (issue 15, point 7).
@Suite struct PaceExplanationTests {
    @Test("Ahead of pace but P low: last year's rest of the year brought only 8 % of the total")
    func aheadButUnlikely() throws {
        let pace = RequiredPace(scale: .amount, month: 9, required: 5, soFar: 10, needsAtLeast: true, history: [:])
        let lastYear = try #require(YearToDate(scale: .amount, year: 2012, readings: [
            MonthReading(month: 9, value: 92), MonthReading(month: 12, value: 100)]))
        let e = try #require(PaceExplanation(pace: pace, probability: 0.2, lastYear: lastYear))
        #expect(e.aheadOfPace)
        #expect(abs(try #require(e.lastYearRemainingShare) - 0.08) < 1e-12)
        #expect(PaceExplanation(pace: pace, probability: 0.9, lastYear: lastYear) == nil)
    }
}
