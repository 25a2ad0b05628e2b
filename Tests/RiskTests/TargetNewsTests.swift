import Projection
import Risk
import TargetModel
import Testing

@Suite struct TargetNewsTests {
    private let gdp = target("GDP", value: 11, series: "GDP")

    @Test func surpriseIsTheReleaseMinusWhatLastMonthsProjectionImplied() throws {
        let august = RiskAssessor().assess([projection(gdp, .normal(mean: 11, sd: 1))],
                                           series: ["GDP": series("GDP", .ytdGrowth, ["2013-08": 8])])
        let september = RiskAssessor().assess([projection(gdp, .normal(mean: 9, sd: 1))],
                                              series: ["GDP": series("GDP", .ytdGrowth, ["2013-08": 8, "2013-09": 8])],
                                              previous: august)
        let news = try #require(september[0].news)
        #expect(news.previousProjection == 11)
        #expect(news.projectionChange == -2)
        #expect(news.previousStatus == .atRisk) // P = 0.5
        #expect(news.status == .offTrack) // P ≈ 0.02
        #expect(news.statusChanged)
        // Reaching 11 % from 8 % in August needs 17 % a month; September then reads
        // (8/12·1.08 + 1/12·1.17)/(9/12) − 1 = 9 %; 8 % came out.
        let surprise = try #require(news.surprises.first)
        #expect(news.surprises.count == 1)
        #expect(surprise.period == .month(year: 2013, month: 9))
        #expect(abs(surprise.expected - 9) < 1e-9)
        #expect(abs(surprise.surprise - -1) < 1e-9)
    }

    @Test func withoutLastMonthOnlyTheStatusIsKnown() throws {
        let now = RiskAssessor().assess([projection(gdp, .normal(mean: 11, sd: 1))], series: [:], previous: [])
        let news = try #require(now[0].news)
        #expect(news.previousStatus == nil && !news.statusChanged)
        #expect(news.projectionChange == nil && news.surprises.isEmpty)
        #expect(RiskAssessor().assess([projection(gdp, nil)], series: [:])[0].news == nil)
    }
}
