import Foundation
import Testing

/// A new province with one year of data: a cumulative target is projected from a completion
/// profile, never carried forward as its year-end value (issue 15).
@Suite struct ShortHistoryTests {
    @Test("城镇新增就业 with 2014 data only, as of 2014-05: P follows the pace (5.62 needed a month against 12.13 so far)")
    func cumulativeTargetWithoutHistoryFollowsItsPace() throws {
        let folder = try TargetTrackProcess.temporaryFolder()
        let path = folder.appendingPathComponent("w.sqlite").path
        let fixtures = "Tests/EndToEndTests/Fixtures/new-province-2014/"
        try TargetTrackProcess.run(["init", "--workspace", path])
        #expect(try TargetTrackProcess.run(["catalog", "import", fixtures + "catalog.csv", "--workspace", path]).status == 0)
        #expect(try TargetTrackProcess.run(["import", fixtures + "monthly-2014.csv", "--workspace", path]).status == 0)
        let result = try TargetTrackProcess.run(["project", "--workspace", path, "--as-of", "2014-05", "--format", "json"])
        #expect(result.status == 0, "\(result.error)")
        let document = try #require(JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let rows = try #require(document["targets"] as? [[String: Any]])
        let jobs = try #require(rows.first { $0["id"] as? String == "N001" })
        let projection = try #require(jobs["projection"] as? Double)
        let probability = try #require(jobs["probability"] as? Double)
        #expect(projection > 100, "60.64 by May is not the year-end: \(projection)")
        #expect(probability > 0.8 && probability <= 0.98, "P \(probability)")
        #expect(jobs["history_years"] as? Double == 0)
        #expect(jobs["sufficiency"] as? String == "insufficient")
    }
}
