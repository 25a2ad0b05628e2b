import TargetModel
import Testing
@testable import Projection

/// Borrowing from the reference panel (decision 041): the series' own record first, then the
/// batch's, then the China NBS national record of its indicator (same measure only), then none;
/// the projection's warnings say which.
@Suite struct ReferenceBorrowingTests {
    static let fai = ReferenceRecord.chinaNBS.first { $0.series == "nbs_fai" }!
    static let cpi = ReferenceRecord.chinaNBS.first { $0.series == "nbs_cpi" }!

    /// Heilongjiang's series `id` from `first` on only, under the id `<id>_recent`.
    static func recent(_ id: String, from first: Int) throws -> SeriesData {
        var data = try #require(try HeilongjiangFixture.series()[id])
        data.id = id + "_recent"
        for (measure, byPeriod) in data.values { data.values[measure] = byPeriod.filter { $0.key.year >= first } }
        return data
    }

    /// A catalog of one short FAI growth target projected alone (no batch record) as of 2013-09.
    static func alone(references: ReferenceLinks) throws -> TargetProjection {
        let target = HeilongjiangFixture.target("N1", "全社会固定资产投资", .growthRate, .atLeast, 30, "%", series: "fai_recent")
        return try #require(try ProjectionEngine().project(catalog: Catalog(targets: [target]),
                                                           series: ["fai_recent": try recent("fai", from: 2011)],
                                                           asOf: Period("2013-09")!, references: references).first)
    }

    @Test("Alone and short, a series borrows its model choice from its indicator's national record, and says so")
    func noBatchRecordBorrowsFromTheReference() throws {
        let row = try Self.alone(references: ReferenceLinks(["N1": Self.fai]))
        let years = try #require(Self.fai.months[9]?.years)
        #expect(row.historyYears == 2)
        #expect(row.warnings.contains("model choice borrowed from the China NBS national record of 固定资产投资 (\(years) years)"))
        #expect(!row.warnings.contains { $0.hasPrefix("no backtest record yet") })
        let without = try Self.alone(references: .none)
        #expect(without.warnings.contains { $0.hasPrefix("no backtest record yet") })
        #expect(!without.warnings.contains { $0.contains("China NBS") })
    }

    @Test("A record of another measure is not borrowed")
    func measureMustMatch() throws {
        let row = try Self.alone(references: ReferenceLinks(["N1": Self.cpi]))
        #expect(row.warnings.contains { $0.hasPrefix("no backtest record yet") })
        #expect(!row.warnings.contains { $0.contains("China NBS") })
    }

    @Test("The series' own record and the batch's come before the reference panel")
    func ownAndBatchFirst() throws {
        var series = try HeilongjiangFixture.series()
        series["fai_recent"] = try Self.recent("fai", from: 2011)
        let short = HeilongjiangFixture.target("N1", "全社会固定资产投资（新口径）", .growthRate, .atLeast, 30, "%", series: "fai_recent")
        let rows = try ProjectionEngine().project(catalog: Catalog(targets: HeilongjiangFixture.catalog.targets + [short]),
                                                  series: series, asOf: Period("2013-09")!,
                                                  references: ReferenceLinks(["T03": Self.fai, "N1": Self.fai]))
        let own = try #require(rows.first { $0.target.id == "T03" })
        #expect(own.historyYears >= 5)
        #expect(!own.warnings.contains { $0.contains("borrowed") })
        let borrowing = try #require(rows.last)
        #expect(borrowing.warnings.contains { $0.hasPrefix("model choice borrowed from the backtest record of") })
        #expect(!borrowing.warnings.contains { $0.contains("China NBS") })
    }

    @Test("With no series of its measure with a scale in the batch, the error scale is the reference record's")
    func scaleFromTheReference() throws {
        let series = try HeilongjiangFixture.series()
        var grids = ["fai", "gdp", "industry", "retail", "trade", "fiscal_revenue", "urban_income", "rural_income"].compactMap {
            YearGrid(series: series[$0]!, measure: .ytdGrowth)
        }
        grids.append(try #require(YearGrid(series: try Self.recent("cpi", from: 2011), measure: .yearAverageIndex)))
        let months = [9]
        let forecasts = try ModelSuite.forecasts(grids, months: months)
        let references: [ReferenceRecord?] = grids.indices.map { $0 == grids.count - 1 ? Self.cpi : nil }
        let choices = RollingOrigin.choose(grids: grids, forecasts: forecasts, months: months, references: references)
        let short = grids.count - 1
        let choice = try #require(choices[short, grids[short].yearCount - 1, 9])
        let month = try #require(Self.cpi.months[9])
        #expect(choice.borrowedScale == .reference(indicator: "居民消费价格", years: month.years))
        #expect(choice.interval == .empirical)
        guard case let .empirical(_, scale, _) = choice.distribution else { Issue.record("not empirical"); return }
        #expect(scale == month.scale)
        #expect(ProjectionEngine.borrowing(choice).contains("error scale borrowed from the China NBS national record of 居民消费价格 (\(month.years) years)"))
    }
}
