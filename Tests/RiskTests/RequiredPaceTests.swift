import Projection
import Risk
import TargetModel
import Testing

@Suite struct RequiredPaceTests {
    @Test func equalMonthsGrowthPaceEndsTheYearExactlyOnTarget() throws {
        // 8 % so far through September, target 11 %: (1.11 − 0.75·1.08)/0.25 − 1 = 20 %.
        let data = series("GDP", .ytdGrowth, ["2013-09": 8])
        let pace = try #require(RequiredPace(target: target("GDP", value: 11), series: data))
        #expect(pace.scale == .growth)
        #expect(pace.month == 9)
        #expect(abs(pace.required - 20) < 1e-9)
        #expect(pace.soFar == 8)
        #expect(abs(pace.ratio! - 2.5) < 1e-9)
        #expect(pace.unprecedented == nil)
    }

    @Test func lastYearsMonthlyAmountsWeightTheRemainingMonths() throws {
        // 2012: ten a month, twenty in December (130 in all); by September 90/130 of the year.
        var data = series("FAI", .ytdValue, ["2013-09": 97.2]) // +8 % on 90
        var total = 0.0
        for m in 1...12 {
            total += m == 12 ? 20 : 10
            data.set(.ytdValue, .month(year: 2012, month: m), total)
        }
        let pace = try #require(RequiredPace(target: target("FAI", value: 11), series: data))
        #expect(abs(pace.soFar - 8) < 1e-9)
        #expect(abs(pace.required - 17.75) < 1e-9) // (1.11·130 − 97.2)/40 − 1
        // The pace reached by the required growth indeed ends the year on 11 %.
        let december = 97.2 + (10 + 10 + 10 + 20) * (1 + pace.required / 100) * 40 / 50
        #expect(abs(december / 130 - 1.11) < 1e-9)
    }

    @Test func combinedJanuaryFebruaryIsSpreadOverBothMonths() throws {
        let data = series("FAI", .ytdValue, ["2012-02": 20, "2012-12": 120, "2013-01": 0])
            .merging(series("FAI", .ytdGrowth, ["2013-01": 10]))
        let now = try #require(YearToDatePath(series: data, measure: .ytdGrowth)?.yearToDate(year: 2013))
        #expect(abs(now.cumulativeShare[1] - 10.0 / 120) < 1e-12)
        #expect(abs(now.cumulativeShare[2] - 20.0 / 120) < 1e-12)
        #expect(abs(now.cumulativeShare[7] - 70.0 / 120) < 1e-12)
        #expect(now.cumulativeShare[12] == 1)
    }

    @Test func unprecedentedWhenBeyondEveryPastYearsSameMonths() throws {
        // Rest-of-year growth actually achieved: 2012 14 %, 2011 12 %.
        let data = series("GDP", .ytdGrowth, [
            "2011-09": 12, "2011-12": 12, "2012-09": 10, "2012-12": 11, "2013-09": 8,
        ])
        let hard = try #require(RequiredPace(target: target("GDP", value: 11), series: data))
        #expect(abs(hard.history[2012]! - 14) < 1e-9)
        #expect(abs(hard.history[2011]! - 12) < 1e-9)
        #expect(hard.unprecedented == true) // 20 % > 14 %
        let feasible = try #require(RequiredPace(target: target("GDP", value: 9), series: data))
        #expect(abs(feasible.required - 12) < 1e-9)
        #expect(feasible.unprecedented == false)
    }

    @Test func aCeilingIsUnprecedentedWhenItNeedsLessThanEverBefore() throws {
        // CPI year-to-date average index: equal months are exact.
        let data = series("CPI", .ytdAvgIndex, ["2012-06": 103, "2012-12": 102.6, "2013-06": 102])
        let cap = try #require(RequiredPace(target: target("CPI", comparator: .atMost, value: 3.5), series: data))
        #expect(abs(cap.required - 5) < 1e-9)
        #expect(abs(cap.history[2012]! - 2.2) < 1e-9)
        #expect(!cap.needsAtLeast)
        #expect(cap.unprecedented == false)
        let tight = try #require(RequiredPace(target: target("CPI", comparator: .atMost, value: 1), series: data))
        #expect(abs(tight.required) < 1e-9)
        #expect(tight.unprecedented == true)
    }

    @Test func aDecreaseTargetAimsAtTheNegativeGrowth() throws {
        let data = series("Energy", .ytdGrowth, ["2013-06": -3])
        let pace = try #require(RequiredPace(target: target("Energy", direction: .decrease, value: 4), series: data))
        #expect(abs(pace.required - -5) < 1e-9)
        #expect(!pace.needsAtLeast)
    }

    @Test func aLevelTargetNeedsAMonthlyAmount() throws {
        let data = series("Schools", .progress, ["2013-06": 120])
        let pace = try #require(RequiredPace(target: target("Schools", kind: .level, comparator: .exact, value: 300), series: data))
        #expect(pace.scale == .amount)
        #expect(pace.required == 30)
        #expect(pace.soFar == 20)
        #expect(pace.ratio == 1.5)
    }

    @Test func noPaceOnceDecemberIsInOrForRatiosAndMilestones() {
        #expect(RequiredPace(target: target("GDP"), series: series("GDP", .ytdGrowth, ["2013-12": 9])) == nil)
        #expect(RequiredPace(target: target("R", kind: .ratio), series: series("R", .level, ["2013-06": 70])) == nil)
        #expect(RequiredPace(target: target("GDP"), series: series("GDP", .ytdGrowth, ["2012-06": 9])) == nil)
    }
}

private extension SeriesData {
    func merging(_ other: SeriesData) -> SeriesData {
        var merged = self
        for (measure, values) in other.values {
            for (period, value) in values { merged.set(measure, period, value) }
        }
        return merged
    }
}

@Suite struct QuarterlyYearToDateTests {
    @Test func quarterlyFiguresReadAsTheirLastMonth() throws {
        // GDP is published by quarter: 2012 ran 10 % to Q3 and ended at 10 %; 2013 is at 8 % by Q3.
        let data = series("GDP", .ytdGrowth, ["2012-Q3": 10, "2012-Q4": 10, "2013-Q2": 8.2, "2013-Q3": 8])
        let pace = try #require(RequiredPace(target: target("GDP", value: 11), series: data))
        #expect(pace.month == 9)
        #expect(abs(pace.required - 20) < 1e-9)
        #expect(abs(pace.history[2012]! - 10) < 1e-9)
        #expect(pace.unprecedented == true)
        #expect(YearToDatePath(series: data, measure: .ytdGrowth)?.yearToDate(year: 2013)?.readings.map(\.month) == [6, 9])
    }
}
