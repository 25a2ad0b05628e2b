import Foundation
import Projection
import TargetModel
import TargetTrackKit
import Testing
import Workspace

/// How `catalog link --suggest` matches indicator names to series, and what `--apply` accepts.
@Suite struct LinkSuggestionTests {
    static func target(_ id: String, _ indicator: String, _ kind: TargetKind = .growthRate) -> Target {
        Target(id: id, year: 2018, section: "一", indicator: indicator, kind: kind, comparator: .approx,
               direction: .increase, value: 8, unit: kind == .growthRate ? "%" : "亿元")
    }

    static func series(_ id: String, _ measure: Measure) -> SeriesData {
        var data = SeriesData(id: id)
        data.set(measure, .month(year: 2018, month: 3), 5)
        return data
    }

    let suggester: LinkSuggester

    init() throws {
        suggester = LinkSuggester(aliases: try .bundled())
    }

    @Test func theLongestAliasDecides() throws {
        let aliases = try IndicatorAliases.bundled()
        #expect(aliases.reference(for: "万元GDP能耗")?.entry.series == "energy_intensity")
        #expect(aliases.reference(for: "地区生产总值")?.entry.series == "gdp")
        #expect(aliases.reference(for: "规上工业增加值")?.entry.series == "industry")
        #expect(aliases.reference(for: "全社会固定资产投资")?.entry.series == "fai")
        #expect(aliases.reference(for: "房地产开发投资")?.entry.series == "real_estate_investment")
        #expect(aliases.reference(for: "城镇居民人均可支配收入")?.entry.series == "urban_income")
        #expect(aliases.reference(for: "农村居民人均纯收入")?.entry.series == "rural_income")
        #expect(aliases.reference(for: "社零")?.entry.series == "retail")
        #expect(aliases.reference(for: "cpi")?.entry.series == "cpi")
        #expect(aliases.reference(for: "森林覆盖率") == nil)
    }

    @Test func aSeriesWhoseIdIsTheReferenceNameIsUnambiguous() {
        let s = suggester.suggest(Self.target("T001", "地区生产总值"), series: [SeriesInfo(id: "gdp")],
                                  data: ["gdp": Self.series("gdp", .ytdGrowth)])
        #expect(s.series == "gdp")
        #expect(s.score == 1)
        #expect(s.measure == .ytdGrowth)
        #expect(s.isUnambiguous)
    }

    @Test func aSeriesNamedByAnAliasMatchesAndTwoMatchesNeedReview() {
        let infos = [SeriesInfo(id: "retail"), SeriesInfo(id: "hn_xfp", nameZh: "湖南 社会消费品零售总额")]
        let data = ["retail": Self.series("retail", .ytdGrowth), "hn_xfp": Self.series("hn_xfp", .ytdGrowth)]
        let s = suggester.suggest(Self.target("T005", "社零"), series: infos, data: data)
        #expect(s.series == "retail")
        #expect(s.alternatives == ["hn_xfp"])
        #expect(!s.isUnambiguous)
        let byName = suggester.suggest(Self.target("T005", "社零"), series: [infos[1]], data: data)
        #expect(byName.series == "hn_xfp")
        #expect(byName.score == 0.9)
        #expect(byName.isUnambiguous)
    }

    @Test func aLevelTargetOnAGrowthOnlySeriesHasNoMeasure() {
        let s = suggester.suggest(Self.target("T002", "固定资产投资", .level), series: [SeriesInfo(id: "fai")],
                                  data: ["fai": Self.series("fai", .monthGrowth)])
        #expect(s.series == "fai")
        #expect(s.measure == nil)
        #expect(!s.isUnambiguous)
        #expect(s.reason.contains("carries no measure a level target is judged on (has: month_growth)"))
    }

    @Test func aReferenceNameNotInTheWorkspaceIsProposedForImport() {
        let s = suggester.suggest(Self.target("T011", "粮食总产量", .level), series: [], data: [:])
        #expect(s.series == "grain")
        #expect(s.score == 0.5)
        #expect(s.measure == nil)
        let none = suggester.suggest(Self.target("T012", "森林覆盖率", .ratio), series: [], data: [:])
        #expect(none.series == nil)
        #expect(none.score == 0)
    }

    @Test func applyLinksChecksTheMeasureWritten() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("targettrack-links-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let tracker = TargetTracker(store: try Workspace(path: folder.appendingPathComponent("w.sqlite").path))
        try tracker.store.saveCatalog(Catalog(targets: [Self.target("T001", "地区生产总值")]))
        let data = folder.appendingPathComponent("gdp.csv").path
        try "series,period,measure,value,unit\ngdp,2018-Q1,ytd_growth,7.9,%\n".write(toFile: data, atomically: true, encoding: .utf8)
        _ = try tracker.importFile(data)

        let review = folder.appendingPathComponent("review.csv").path
        try "target,accept,series,measure\nT001,yes,gdp,year_total\n".write(toFile: review, atomically: true, encoding: .utf8)
        #expect(throws: TargetTrackError.self) { try tracker.applyLinks(reviewFile: review) }
        #expect(try tracker.catalog().targets[0].series == nil)

        try "target,accept,series,measure\nT001,是,gdp,ytd_growth\n".write(toFile: review, atomically: true, encoding: .utf8)
        let applied = try tracker.applyLinks(reviewFile: review)
        #expect(applied.linked.map(\.series) == ["gdp"])
        #expect(try tracker.catalog().targets[0].series == "gdp")
    }
}
