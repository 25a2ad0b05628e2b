import Testing
import TargetModel
@testable import PolicyText

@Suite struct TargetExtractorTests {
    private func extract(_ text: String, year: Int? = 2013) throws -> [Target] {
        try TargetExtractor(year: year).extract(text).targets
    }

    @Test func growthTargetWithToleranceAndResponsibility() throws {
        let targets = try extract("一、主要目标\n（一）地区生产总值增长11%左右。（省发改委负责）")
        #expect(targets.count == 1)
        let t = try #require(targets.first)
        #expect(t.id == "T001" && t.section == "一(一)" && t.indicator == "地区生产总值")
        #expect(t.kind == .growthRate && t.comparator == .approx && t.direction == .increase)
        #expect(t.value == 11 && t.unit == "%" && t.tolerance == 0.5)
        #expect(t.leadKeys == DepartmentKey.keys(of: ["省发改委"]) && t.responsibility == "负责" && t.line == 2)
    }

    @Test func sharedConstructionsGiveOneRowPerIndicator() throws {
        let targets = try extract("""
        一、目标
        （七）城镇居民人均可支配收入、农民人均纯收入均增长12%以上。（省发改委、农委、统计局分别负责）
        （九）化学需氧量、二氧化硫和氨氮排放量分别下降1.5%，氮氧化物排放量与上年持平。（省发改委负责）
        （十）城区绿化覆盖率、绿地率分别达到39%和36%。（省住建厅负责）
        """)
        #expect(targets.map(\.value) == [12, 12, 1.5, 1.5, 1.5, 0, 39, 36])
        #expect(targets[0].leadKeys == DepartmentKey.keys(of: ["省发改委", "省农委", "省统计局"]) && targets[0].responsibility == "分别负责")
        #expect(targets[2...4].allSatisfy { $0.direction == .decrease && $0.kind == .growthRate })
        #expect(targets[5].direction == .level && targets[5].indicator == "氮氧化物排放量")
        #expect(targets[6].indicator == "城区绿化覆盖率" && targets[7].indicator == "绿地率")
        #expect(targets[6].kind == .ratio)
    }

    @Test func nonTargetsAreNotExtracted() throws {
        let targets = try extract("""
        一、任务
        1.大力推进单体投资100亿元以上的项目建设，建设时速160至200公里快速铁路，实施“十二五”规划，于2013年3月11日前报送（一式2份）。（省发改委负责）
        2.将补助标准从25元提高到30元。（省卫生厅负责）
        """)
        #expect(targets.count == 2)
        #expect(targets[0].kind == .milestone && targets[0].value == nil)
        #expect(targets[1].value == 30 && targets[1].unit == "元" && targets[1].indicator == "补助标准")
    }

    @Test func rangesAndCeilings() throws {
        let targets = try extract("""
        一、任务
        1.重点扶持建设3至5个进出口加工园区。（省商务厅负责）
        2.居民消费价格涨幅控制在3.5%左右，城镇登记失业率控制在4.6%以内。（省物价监管局负责）
        """)
        #expect(targets[0].comparator == .range && targets[0].value == 3 && targets[0].valueMax == 5 && targets[0].unit == "个")
        #expect(targets[1].comparator == .atMost && targets[1].kind == .growthRate && targets[1].tolerance == 0.5)
        #expect(targets[2].comparator == .atMost && targets[2].kind == .ratio)
    }

    @Test func yearFromTheText() throws {
        let targets = try extract("现就2014年《政府工作报告》确定的重点工作提出分工意见：\n一、目标\n（一）地区生产总值增长8%。（省发改委负责）", year: nil)
        #expect(targets.first?.year == 2014)
    }

    @Test func badInputGivesClearErrors() {
        #expect(throws: PolicyTextError.emptyDocument(source: "document")) { try extract("  \n\n") }
        #expect(throws: PolicyTextError.noTargets(source: "document")) { try extract("这是一段没有任务的文字。\n另一段。") }
        #expect(throws: PolicyTextError.noYear(source: "document")) { try extract("一、目标\n（一）增长8%。（省发改委负责）", year: nil) }
    }
}
