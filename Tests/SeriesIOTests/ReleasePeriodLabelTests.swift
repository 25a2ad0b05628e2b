import Testing
import TargetModel
@testable import SeriesIO

@Suite struct ReleasePeriodLabelTests {
    @Test(arguments: [
        ("1-2月", "2013-02"), ("1—3月", "2013-03"), ("1–3月", "2013-03"), ("1-3月累计", "2013-03"),
        ("１－６月", "2013-06"), ("1-6月", "2013-06"), ("1-12月", "2013-12"), ("3月", "2013-03"),
        ("一季度", "2013-Q1"), ("第一季度", "2013-Q1"), ("上半年", "2013-Q2"), ("前三季度", "2013-Q3"),
        ("全年", "2013"),
    ])
    func labelsWithoutAYearTakeTheTableYear(label: String, expected: String) {
        #expect(ReleasePeriodLabel.period(label, defaultYear: 2013) == Period(expected))
    }

    @Test(arguments: [
        ("2013年1-10月", "2013-10"), ("2025年07月份", "2025-07"), ("2023年12月", "2023-12"),
        ("2013-09", "2013-09"), ("2013/9/30", "2013-09"), ("2013.09", "2013-09"), ("2025.5", "2025-05"),
        ("2013-09-30", "2013-09"), ("201309", "2013-09"), ("2013年一季度", "2013-Q1"), ("2013年", "2013"),
        ("2013", "2013"), ("2013-Q3", "2013-Q3"), ("2013年前三季度", "2013-Q3"), ("2013年1-3月累计", "2013-03"),
    ])
    func labelsWithAYear(label: String, expected: String) {
        #expect(ReleasePeriodLabel.period(label) == Period(expected))
        #expect(ReleasePeriodLabel.period(label, defaultYear: 1999) == Period(expected))
    }

    @Test(arguments: ["1-2月", "一季度", "上半年", "全年"])
    func labelsWithoutAYearNeedOne(label: String) {
        #expect(ReleasePeriodLabel.period(label) == nil)
    }

    @Test(arguments: ["4-6月", "13月", "2013-13", "2013/2/30", "下半年", "指标名称", "单位", "2013.5.5.5", "", "12.5", "5季度"])
    func nonLabelsAreRejected(label: String) {
        #expect(ReleasePeriodLabel.period(label, defaultYear: 2013) == nil)
    }

    @Test func yearsInTitles() {
        #expect(ReleasePeriodLabel.year(in: "2013年1-10月全省主要经济指标") == 2013)
        #expect(ReleasePeriodLabel.year(in: "全省主要经济指标（亿元）") == nil)
        #expect(ReleasePeriodLabel.year(in: "１２３４５年") == nil)
    }
}
