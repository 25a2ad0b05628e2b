import Foundation
import Testing

/// `targettrack backtest` as a user runs it: the JSON shape of issue 6 on the China NBS data.
@Suite struct BacktestCommandTests {
    @Test func jsonHasTheIssueShape() throws {
        let result = try TargetTrackProcess.run(["backtest", "--dataset", "china-nbs", "--format", "json"])
        #expect(result.status == 0, "\(result.error)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let datasets = try #require(object["datasets"] as? [[String: Any]])
        #expect(datasets.count == 1)
        let china = try #require(datasets.first)
        #expect(china["name"] as? String == "china-nbs")
        #expect(china["series"] as? Int == 5)
        #expect((china["years"] as? Int ?? 0) >= 20)
        let byMonth = try #require(china["byMonth"] as? [[String: Any]])
        #expect(byMonth.compactMap { $0["month"] as? Int } == Array(2...11))
        for month in byMonth {
            let mae = try #require(month["mae"] as? [String: Double])
            #expect(mae["carry_forward"] != nil && mae["chosen"] != nil)
            #expect(month["coverage80"] is Double && month["coverage95"] is Double)
        }
        for key in ["skill", "coverage80", "coverage95"] { #expect(china[key] is Double) }
    }

    @Test func anUnknownDatasetIsRefused() throws {
        let result = try TargetTrackProcess.run(["backtest", "--dataset", "nowhere"])
        #expect(result.status != 0)
        #expect(result.error.contains("nowhere"))
    }
}
