import Foundation
import Testing
import TargetModel
import TextFormats
@testable import PolicyText

/// Short documents in the forms other provinces use: 牵头/按职责分工负责 with leaders, labelled
/// lines, `1.` at the top level with `（1）` items, traditional characters, GBK encoding.
@Suite struct OtherProvinceFormsTests {
    private func extract(_ fixture: String, year: Int? = nil) throws -> [Target] {
        let path = RepositoryFiles.fixture(fixture).path
        return try TargetExtractor(year: year).extract(try TextDecoding.decodeFile(atPath: path).text, source: path).targets
    }

    @Test func leadersAndDutyShareForms() throws {
        let t = try extract("guangdong-style-2014.txt")
        #expect(t.count == 10 && t.allSatisfy { $0.year == 2014 })
        #expect(t[0].section == "一1" && t[0].value == 8.5 && t[0].comparator == .approx)
        #expect(t[0].leaders == ["分管副省长", "协管副秘书长"])
        #expect(t[0].leadKeys == DepartmentKey.keys(of: ["省发改委"]) && t[0].coKeys == DepartmentKey.keys(of: ["省统计局", "省经信委"]))
        #expect(t[0].responsibility == "牵头按职责分工负责")
        // 省发展和改革委员会 is the same body; 统计局 takes the 省 prefix of the list.
        #expect(t[1].leadKeys == DepartmentKey.keys(of: ["省发改委"]) && t[1].coKeys == DepartmentKey.keys(of: ["省物价局", "省统计局"]) && t[1].comparator == .atMost)
        #expect(t[2].kind == .ratio && t[2].comparator == .atMost && t[2].coKeys == DepartmentKey.keys(of: ["省财政厅"]))
        #expect(t[4].section == "二(1)" && t[4].value == 2.6 && t[4].unit == "万亿元")
        #expect(t[5].kind == .growthRate && t[5].value == 16 && t[5].indicator == t[4].indicator)
        #expect(t[6].leadKeys == DepartmentKey.keys(of: ["省交通运输厅", "省住建厅"]) && t[6].comparator == .atLeast)
        #expect(t[8].value == 20 && t[8].comparator == .atLeast)
        #expect(t[9].kind == .milestone && t[9].section == "二(4)")
    }

    @Test func labelledLinesApplyToTheItemAbove() throws {
        let t = try extract("labelled-lines-2015.txt")
        #expect(t.count == 7)
        #expect(t[0].comparator == .range && t[0].value == 7.5 && t[0].valueMax == 8)
        #expect(t[0].leadKeys == DepartmentKey.keys(of: ["省发改委"]) && t[0].coKeys == DepartmentKey.keys(of: ["省统计局"]))
        #expect(t[1].leaders == ["王明副省长"] && t[1].leadKeys == DepartmentKey.keys(of: ["省财政厅"]) && t[1].coKeys == DepartmentKey.keys(of: ["省地税局", "省国税局"]))
        #expect(t[2].leadKeys == DepartmentKey.keys(of: ["省人社厅", "省教育厅"]) && t[3].leadKeys == DepartmentKey.keys(of: ["省人社厅", "省教育厅"]))
        // The heading's label covers the items under it; the heading itself is not a task.
        #expect(t[4].section == "二(一)1" && t[4].leadKeys == DepartmentKey.keys(of: ["省政府国资委"]) && t[4].unit == "户")
        #expect(t[5].section == "二(一)2" && t[5].kind == .milestone)
        #expect(t[6].leadKeys == DepartmentKey.keys(of: ["省农业厅"]) && t[6].coKeys == DepartmentKey.keys(of: ["省国土资源厅", "省财政厅"]) && t[6].value == 3000)
    }

    @Test func traditionalCharacters() throws {
        // The year comes from the title 二〇一三年《政府工作報告》.
        let t = try extract("traditional-2013.txt")
        #expect(t.allSatisfy { $0.year == 2013 })
        #expect(t.count == 4)
        #expect(t[0].indicator == "地區生產總值" && t[0].kind == .growthRate && t[0].leadKeys == DepartmentKey.keys(of: ["省发改委"]))
        #expect(t[1].value == 10 && t[1].unit == "万人" && t[1].leadKeys == DepartmentKey.keys(of: ["省人社厅"]) && t[1].coKeys == DepartmentKey.keys(of: ["省财政厅", "省教育厅"]))
        #expect(t[2].kind == .milestone && t[2].leadKeys == DepartmentKey.keys(of: ["省国资委"]) && t[2].coKeys == DepartmentKey.keys(of: ["省财政厅"]))
        #expect(t[3].direction == .decrease && t[3].leadKeys == DepartmentKey.keys(of: ["省发改委", "省统计局"]))
    }

    @Test func gbkEncodedCountyDocument() throws {
        let data = try Data(contentsOf: RepositoryFiles.fixture("gbk-county-2014.txt"))
        #expect(try TextDecoding.decode(data).encoding == .gb18030)
        let t = try extract("gbk-county-2014.txt")
        #expect(t.map(\.value) == [10, 120, 15, 5, 200, 1200, 500])
        #expect(t[2].unit == "亿斤" && t[2].comparator == .atLeast && t[2].coKeys == DepartmentKey.keys(of: ["县水务局", "县财政局"]))
        #expect(t[3].direction == .decrease && t[3].kind == .growthRate)
        #expect(t[6].leadKeys == DepartmentKey.keys(of: ["县住建局"]) && t[6].coKeys == DepartmentKey.keys(of: ["县财政局"]) && t[6].section == "二2")
    }

    @Test func stateCouncilForm() throws {
        let t = try TargetExtractor(year: 2014).extract("""
        一、主要预期目标
        （一）国内生产总值增长7.5%左右。（国家发展改革委牵头，财政部、人民银行、国家统计局等按职责分工负责）
        """).targets
        #expect(t[0].leadKeys == DepartmentKey.keys(of: ["国家发展改革委"]) && t[0].coKeys == DepartmentKey.keys(of: ["财政部", "人民银行", "国家统计局"]))
    }

    @Test func aStageSaidWithoutItsObjectTakesTheObjectNamedBefore() throws {
        let t = try TargetExtractor(year: 2013).extract("一、住房\n（一）新开工保障性住房23万套，基本建成18万套。（省住建厅负责）").targets
        #expect(t.map(\.indicator) == ["新开工保障性住房", "基本建成保障性住房"])
    }
}
