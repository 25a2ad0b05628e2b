import Projection
import Risk
import Scenarios
import TargetModel
import TargetTrackKit
import Testing

/// Projection, required pace and the scenario baseline of a target read one year-to-date path.
@Suite struct OneYearToDatePathTests {
    @Test("Every data-linked Heilongjiang target reads one path", arguments: ["2013-06", "2013-09"])
    func projectionPaceAndScenarioBaselineAgree(month: String) throws {
        let tracker = try HeilongjiangWorkspace.tracker()
        let asOf = try #require(Month(month))
        let results = try tracker.month(asOf)
        let runner = try tracker.scenarioRunner(asOf: asOf)
        let baseline = try runner.baseline(asOf: asOf.period)
        let data = try tracker.store.seriesData(asOfPeriod: asOf.period)
        var checked = 0, paced = 0
        for (assessment, scenarioBase) in zip(results.assessments, baseline) {
            let target = assessment.target, projection = assessment.projection
            guard target.kind != .milestone, let id = target.series, let series = data[id] else { continue }
            let path = try #require(YearToDatePath(judging: target, in: series), "\(target.id)")
            checked += 1
            // The scenario baseline is the projection itself.
            #expect(scenarioBase.latestValue == projection.latestValue, "\(target.id)")
            // (equal up to the order of pooled sums, which Swift's per-instance hashing varies)
            #expect(abs((scenarioBase.projection ?? 0) - (projection.projection ?? 0)) < 1e-9, "\(target.id)")
            #expect(runner.data[id] == series, "\(target.id): the scenarios start from the same data")
            if path.measure == .annual {
                let t = target.year - path.firstYear
                if let year = projection.latestPeriod?.year {
                    #expect(projection.latestValue == path.outcome(year - path.firstYear), "\(target.id)")
                } else {
                    #expect(path.outcome(t).isNaN && path.outcome(t - 1).isNaN, "\(target.id): nothing known, nothing shown")
                }
                continue
            }
            // The projection's latest figure is the path's newest reading of the target year.
            let offset = target.kind == .growthRate ? path.measure.indexOffset : 0
            let newest = (1...asOf.month).last { !path.path[path.index(target.year - path.firstYear, $0)].isNaN }
            let m = try #require(newest, "\(target.id)")
            #expect(projection.latestPeriod?.endMonth == m, "\(target.id)")
            #expect(projection.latestValue == path.path[path.index(target.year - path.firstYear, m)] - offset, "\(target.id)")
            // The required pace stands on the same readings.
            if let pace = assessment.pace {
                paced += 1
                let readings = try #require(path.yearToDate(year: target.year))
                #expect(assessment.yearToDate == readings, "\(target.id)")
                #expect(pace.month == m && pace.soFar == readings.paceSoFar, "\(target.id)")
                #expect(readings.latest.value == projection.latestValue, "\(target.id)")
            }
        }
        #expect(checked == 24, "every data-linked target is checked")
        #expect(paced >= 10, "most have a required pace")
    }
}
