import Testing
@testable import PolicyText

/// The plan year read from a document's words: congress sessions, titles, dates, and what wins.
@Suite struct PlanYearTests {
    private func year(_ text: String) -> PlanYear? {
        PlanYearReader.read(DocumentLine.lines(of: text))?.year
    }

    @Test func sessionsOfProvincialAndNationalCongresses() {
        #expect(year("省十三届人大一次会议通过")?.year == 2018)
        #expect(year("自治区第十三届人民代表大会第三次会议")?.year == 2020)
        #expect(year("省第十二屆人民代表大會第五次會議審議通過")?.year == 2017)
        #expect(year("十一届全国人大五次会议审议通过")?.year == 2012)
        #expect(year("省十四届人大二次会议")?.year == 2024)
        #expect(year("省十一届人大四次会议上")?.clue == .session)
    }

    @Test func cityCongressesPartyPlenumsAndStandingCommitteesAreNotSessions() {
        #expect(year("市六届人大四次会议审议通过") == nil)
        #expect(year("市十四届人大四次会议票决") == nil)
        #expect(year("省委十三届二次全会") == nil)
        #expect(year("省十三届人大常委会第五次会议") == nil)
    }

    @Test func titlesAndDatesInDigitsOrChineseNumerals() {
        #expect(year("二〇一三年《政府工作報告》重點工作責任分工")?.year == 2013)
        #expect(year("2021年省《政府工作报告》重点任务分工方案")?.clue == .title)
        #expect(year("二○○七年三月二十三日")?.year == 2007 && year("二○○七年三月二十三日")?.clue == .date)
        #expect(year("发布时间:2020-02-03 17:29")?.year == 2020)
    }

    @Test func theStrongestClueWinsAndTheOthersAreWarnings() throws {
        let (found, warnings) = try #require(PlanYearReader.read(DocumentLine.lines(of: "时间:2019-01-23\n省十三届人大一次会议通过")))
        #expect(found.year == 2018 && found.clue == .session && found.line == 2)
        #expect(warnings.count == 1 && warnings[0].contains("says 2019"))
    }

    @Test func aGivenYearOverridesTheText() throws {
        let text = "省十三届人大一次会议\n一、目标\n(一)地区生产总值增长8%左右。(省发改委负责)"
        let given = try TargetExtractor(year: 2030).read(DocumentLine.lines(of: text))
        #expect(given.year.clue == .given && given.warnings.isEmpty && given.catalog.targets.allSatisfy { $0.year == 2030 })
        #expect(try TargetExtractor().read(DocumentLine.lines(of: text)).year.year == 2018)
    }
}
