import TargetModel
import Testing
@testable import Projection

/// `ProjectionEngine` on the bundled Heilongjiang 2013 data: a row for every target, finite
/// numbers, measures in the target's terms, and nothing after the as-of month used.
@Suite struct ProjectionEngineTests {
    static func project(_ asOf: String, series: [String: SeriesData]? = nil) throws -> [TargetProjection] {
        try ProjectionEngine().project(catalog: HeilongjiangFixture.catalog,
                                       series: series ?? HeilongjiangFixture.series(), asOf: Period(asOf)!)
    }

    static func allFinite(_ p: TargetProjection) -> Bool {
        guard let d = p.distribution else { return p.probability == nil }
        let numbers = [0.025, 0.1, 0.5, 0.9, 0.975].map { d.quantile($0) } + [p.probability ?? 0, p.latestValue ?? 0]
        return numbers.allSatisfy(\.isFinite)
    }

    @Test(arguments: ["2013-06", "2013-09"])
    func everyTargetHasARow(asOf: String) throws {
        let rows = try Self.project(asOf)
        #expect(rows.map(\.target.id) == HeilongjiangFixture.catalog.targets.map(\.id))
        #expect(rows.allSatisfy(Self.allFinite))
        #expect(rows.first { $0.target.id == "T13" }?.source == .milestone)
        #expect(rows.first { $0.target.id == "T14" }?.source == .noData)
        for row in rows where row.target.series != nil {
            #expect(row.distribution != nil, "\(row.target.id) \(row.target.indicator) has no projection: \(row.warnings)")
            let p = try #require(row.probability)
            #expect((0...1).contains(p))
            let d = try #require(row.distribution)
            #expect(d.quantile(0.025) <= d.quantile(0.1) && d.quantile(0.1) <= d.median)
            #expect(d.median <= d.quantile(0.9) && d.quantile(0.9) <= d.quantile(0.975))
        }
    }

    @Test func latestPeriodFollowsTheAsOfMonth() throws {
        let rows = try Self.project("2013-09")
        let byID = Dictionary(uniqueKeysWithValues: rows.map { ($0.target.id, $0) })
        #expect(byID["T02"]?.latestPeriod == .month(year: 2013, month: 9))
        #expect(byID["T01"]?.latestPeriod == .quarter(year: 2013, quarter: 3))
        #expect(byID["T09"]?.latestPeriod == .year(2012))
        // CPI is judged as growth: the average index 10x.y is shown as x.y.
        let cpi = try #require(byID["T07"]?.projection)
        #expect(abs(cpi) < 10)
    }

    @Test func dataAfterTheAsOfMonthIsIgnored() throws {
        var series = try HeilongjiangFixture.series()
        let before = try Self.project("2013-06", series: series)
        for id in series.keys {
            for (measure, byPeriod) in series[id]!.values {
                for period in byPeriod.keys where period.year == 2013 && period.endMonth > 6 {
                    series[id]!.set(measure, period, 1e6)
                }
            }
        }
        let after = try Self.project("2013-06", series: series)
        // Equal up to rounding: BLAS kernels may sum in another order when arrays sit at other
        // addresses (last-digit differences); any use of the 10⁶ values would show far above it.
        func same(_ a: [Double?], _ b: [Double?]) -> Bool {
            a.count == b.count && zip(a, b).allSatisfy { x, y in
                guard let x, let y else { return x == nil && y == nil }
                return abs(x - y) <= 1e-9 * Swift.max(1, abs(x))
            }
        }
        #expect(same(before.map(\.projection), after.map(\.projection)))
        #expect(same(before.map(\.probability), after.map(\.probability)))
    }

    @Test func aTargetWithTooLittleHistoryFallsBackWithAWarning() throws {
        let only2013 = SeriesData(id: "new", values: [.ytdGrowth: [.month(year: 2013, month: 3): 9.0,
                                                                  .month(year: 2013, month: 6): 9.4]])
        let target = HeilongjiangFixture.target("N1", "新指标", .growthRate, .atLeast, 9, "%", series: "new")
        let row = try #require(try ProjectionEngine().project(catalog: Catalog(targets: [target]), series: ["new": only2013],
                                                              asOf: Period("2013-06")!).first)
        #expect(row.source == .models([WeightedModel(CarryForwardModel.id, weight: 1)]))
        #expect(row.interval == .analytic)
        #expect(!row.warnings.isEmpty)
        #expect(row.projection == 9.4)
    }

    @Test("A series with two past years borrows its model choice and error scale from the batch's series of its measure, and says so")
    func shortSeriesBorrowsFromTheBatch() throws {
        var series = try HeilongjiangFixture.series()
        var recent = try #require(series["retail"])
        recent.id = "retail_recent"
        for (measure, byPeriod) in recent.values { recent.values[measure] = byPeriod.filter { $0.key.year >= 2011 } }
        series["retail_recent"] = recent
        let short = HeilongjiangFixture.target("N2", "社会消费品零售总额（新口径）", .growthRate, .atLeast, 15, "%", series: "retail_recent")
        let rows = try ProjectionEngine().project(catalog: Catalog(targets: HeilongjiangFixture.catalog.targets + [short]),
                                                  series: series, asOf: Period("2013-09")!)
        let row = try #require(rows.last)
        #expect(row.historyYears == 2)
        #expect(row.interval == .empirical)
        #expect(row.warnings.contains { $0.hasPrefix("model choice borrowed from the backtest record of") })
        #expect(row.warnings.contains { $0.hasPrefix("error scale borrowed from") && $0.hasSuffix("series of the same measure") })
        // The long series itself rests on its own record and borrows nothing.
        let long = try #require(rows.first { $0.target.id == "T04" })
        #expect(!long.warnings.contains { $0.contains("borrowed") })
    }

    @Test("A target without a series is projected from the progress reported under its id")
    func progressUnderTheTargetsId() throws {
        var progress: PeriodValues = [:]
        for month in 1...12 { progress[.month(year: 2012, month: month)] = Double(month * 50) }
        for month in 1...6 { progress[.month(year: 2013, month: month)] = Double(month * 45) }
        let target = HeilongjiangFixture.target("T011", "抓好省级重点产业项目", .level, .exact, 600, "个", series: nil)
        let row = try #require(try ProjectionEngine().project(catalog: Catalog(targets: [target]),
                                                              series: ["T011": SeriesData(id: "T011", values: [.progress: progress])],
                                                              asOf: Period("2013-06")!).first)
        #expect(row.source != .noData && row.distribution != nil)
        #expect(row.latestValue == 270)
    }

    @Test func aCompletedYearIsExact() throws {
        let rows = try Self.project("2014-01")
        let grain = try #require(rows.first { $0.target.id == "T09" })
        #expect(grain.interval == .exact)
        #expect(grain.source == .actual)
    }

    @Test("A target two years ahead says the year before is not complete, not that there is no earlier year")
    func targetTwoYearsAhead() throws {
        var target = try #require(HeilongjiangFixture.catalog.targets.first { $0.id == "T02" })
        target.year = 2015
        let row = try #require(try ProjectionEngine().project(catalog: Catalog(targets: [target]),
                                                              series: HeilongjiangFixture.series(), asOf: Period("2013-09")!).first)
        #expect(row.distribution == nil)
        #expect(row.warnings == ["no data for 2015 yet, and 2014's outcome is not known yet: nothing to carry forward"])
    }
}
