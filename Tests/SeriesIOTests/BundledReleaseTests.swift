import Testing
import TargetModel
@testable import SeriesIO

/// The real files in `Datasets/china-nbs/` import unmodified with the maps that ship with them.
@Suite struct BundledReleaseTests {
    func read(_ file: String, map: String) throws -> [ReleaseObservation] {
        let map = try SeriesMap(path: BundledData.path("china-nbs/maps/\(map).map.csv"))
        return try ReleaseFileReader(map: map).read(path: BundledData.path("china-nbs/\(file)"), format: .auto)
    }

    func value(_ observations: [ReleaseObservation], _ series: String, _ period: String, _ measure: Measure) -> Double? {
        observations.first { $0.observation.series == series && $0.observation.period == Period(period)! && $0.observation.measure == measure }?
            .observation.value
    }

    @Test(arguments: [
        "macro_china_consumer_goods_retail_df", "macro_china_cpi_df", "macro_china_exports_yoy_df", "macro_china_gdzctz_df",
        "macro_china_gyzjz_df", "macro_china_imports_yoy_df", "macro_china_industrial_production_yoy_df",
        "macro_china_money_supply_df", "macro_china_new_financial_credit_df", "macro_china_pmi_df", "macro_china_ppi_df",
        "macro_china_society_electricity_df",
    ])
    func everyAkshareDumpImports(name: String) throws {
        let observations = try read("akshare_dump_Dao1023/\(name).csv", map: name)
        #expect(observations.count > 150)
    }

    @Test func newestFirstMonthlyDumpWithBOM() throws {
        let retail = try read("akshare_dump_Dao1023/macro_china_consumer_goods_retail_df.csv", map: "macro_china_consumer_goods_retail_df")
        #expect(value(retail, "nbs_retail", "2025-04", .ytdValue) == 161845.0)
        #expect(value(retail, "nbs_retail", "2025-04", .ytdGrowth) == 4.7)
        #expect(value(retail, "nbs_retail", "2008-01", .monthValue) == 9077.3)
        // 2025年02月份 carries only the YTD figures; its blank month cells are missing, not zero.
        #expect(value(retail, "nbs_retail", "2025-02", .monthValue) == nil)
        let first = try #require(retail.first)
        #expect(first.location.line == 2)
        let industry = try read("akshare_dump_Dao1023/macro_china_gyzjz_df.csv", map: "macro_china_gyzjz_df")
        #expect(value(industry, "nbs_industry", "2013-09", .ytdGrowth) == 9.6)
        #expect(value(industry, "nbs_industry", "2010-12", .ytdGrowth) == 15.7)
    }

    @Test func releaseCalendarsGiveVintageDates() throws {
        let exports = try read("akshare_dump_Dao1023/macro_china_exports_yoy_df.csv", map: "macro_china_exports_yoy_df")
        // 中国以美元计算出口年率报告,2013-05-08,14.7 is April's figure released on 8 May.
        let april = try #require(exports.first { $0.observation.period == Period("2013-04")! })
        #expect(april.observation.value == 14.7)
        #expect(april.observation.released == CalendarDay("2013-05-08"))
        #expect(exports.allSatisfy { $0.observation.released! > $0.observation.period.endDay })
    }

    @Test func dottedMonthLabels() throws {
        let electricity = try read("akshare_dump_Dao1023/macro_china_society_electricity_df.csv", map: "macro_china_society_electricity_df")
        #expect(value(electricity, "nec_electricity", "2003-12", .ytdValue) == 188912117.0)
        #expect(value(electricity, "nec_electricity", "2025-05", .ytdGrowth) == 3.4)
    }

    @Test func provincialPanelNamesDownPeriodsAcross() throws {
        let panel = try read("provincial_kjin2020/real_es.csv", map: "real_es")
        #expect(Set(panel.map(\.observation.series)).count == 31)
        #expect(value(panel, "real_estate_investment_beijing", "2023-12", .ytdValue) == 4195.67)
        #expect(value(panel, "real_estate_investment_tianjin", "2023-09", .ytdValue) == 928.03)
        #expect(panel.allSatisfy { $0.observation.unit == "亿元" })
    }

    @Test func choiceWorkbooksImportUnmodified() throws {
        let figure7 = try read("choice_xlsx_MinjieNote/Figure7_GDP_industry_and_IVA_ytd_yoy.xlsx", map: "Figure7_GDP_industry_and_IVA_ytd_yoy")
        for (period, expected) in [("2010-12", 15.7), ("2015-12", 6.1), ("2019-12", 5.7), ("2023-12", 4.6)] {
            #expect(value(figure7, "nbs_industry", period, .ytdGrowth) == expected)
        }
        // Quarterly GDP printed with quarter-end dates is stored by quarter; Choice's 0 is missing.
        #expect(value(figure7, "nbs_gdp_industry", "1993-Q1", .ytdGrowth) == 20.8)
        #expect(!figure7.contains { $0.observation.value == 0 })
        let located = try #require(figure7.first { $0.observation.series == "nbs_gdp_industry" })
        #expect(located.location.description.contains("sheet 'Sheet0', cell B11"))

        let fai = try read("choice_xlsx_MinjieNote/4_FixedAsset.xlsx", map: "4_FixedAsset")
        #expect(value(fai, "nbs_fai", "2009-12", .ytdGrowth) == 30.5)
        #expect(value(fai, "nbs_fai", "2023-12", .ytdGrowth) == 3.0)
        #expect(value(fai, "nbs_fai", "1981", .ytdValue) == nil)
        #expect(Set(fai.compactMap(\.location.sheet)).count >= 2)
    }
}
