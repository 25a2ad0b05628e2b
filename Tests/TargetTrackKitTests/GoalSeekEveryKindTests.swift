import Reporting
import Scenarios
import TargetModel
import Testing
import TargetTrackKit

/// Goal seek on the bundled Heilongjiang example as of September 2013: every data-linked target
/// gets an answer or a stated reason, with the variable its kind needs.
@Suite struct GoalSeekEveryKindTests {
    @Test("All 24 data-linked Heilongjiang targets have an answer or a reason as of 2013-09")
    func everyLinkedTarget() throws {
        let tracker = try HeilongjiangWorkspace.tracker()
        let linked = try tracker.catalog().targets.filter { $0.series != nil }
        #expect(linked.count == 24)
        let september = Month(year: 2013, month: 9)!
        var results: [String: GoalSeekResult] = [:]
        for target in linked {
            let result = try tracker.goalSeek(target: target.id, probability: 0.7, asOf: september)
            #expect(result.value != nil || result.reason != nil, "\(target.id)")
            if let value = result.value {
                #expect(value.isFinite && abs((result.probability ?? 0) - 0.7) < 0.02, "\(target.id): P \(String(describing: result.probability))")
            }
            let sentence = GoalSeekTable.sentences(result, probabilityGoal: 0.7, language: .zh)
            #expect(sentence.hasPrefix("\(target.id) \(target.indicator)："), "\(sentence)")
            #expect(!sentence.contains("nan"), "\(sentence)")
            results[target.id] = result
        }
        // The variable fits the kind: quarters for GDP, the monthly path for CPI, amounts for progress.
        #expect(results["T001"]?.variable == .quarterGrowth && results["T001"]?.months == 10...12)
        #expect(results["T009"]?.variable == .monthGrowth)
        #expect(results["T059"]?.variable == .monthAmount)
        #expect(results["T119"]?.variable == .level)
        #expect(results["T035"]?.reason == .annualOnly && results["T010"]?.reason == .annualOnly)
        let gdp = try #require(results["T001"])
        let sentence = GoalSeekTable.sentences(gdp, probabilityGoal: 0.7, language: .zh)
        #expect(sentence.contains("四季度需增长") && sentence.contains("完成概率达 0.70") && sentence.contains("牵头"), "\(sentence)")
        let english = GoalSeekTable.sentences(gdp, probabilityGoal: 0.7, language: .en)
        #expect(english.contains("Q4") && english.contains("P(meet) = 0.70"), "\(english)")
        let grain = GoalSeekTable.sentences(try #require(results["T035"]), probabilityGoal: 0.7, language: .zh)
        #expect(grain.contains("没有可调整的月份") && grain.contains("全年需达到 1300亿斤"), "\(grain)")
    }

    @Test("The quarterly answer, applied as a scenario, gives the asked probability")
    func quarterAnswerReproduces() throws {
        let tracker = try HeilongjiangWorkspace.tracker()
        let september = Month(year: 2013, month: 9)!
        let result = try tracker.goalSeek(target: "T001", probability: 0.5, asOf: september)
        let g = try #require(result.value)
        let runner = try tracker.scenarioRunner(asOf: september)
        let run = try runner.run(Scenario(name: "q4", asOf: september.period,
                                          shocks: [Shock(series: "gdp", kind: .monthGrowth(g), months: 10...12)]))
        let p = try #require(run.first { $0.target.id == "T001" }?.probability)
        #expect(abs(p - 0.5) < 0.01)
    }
}
