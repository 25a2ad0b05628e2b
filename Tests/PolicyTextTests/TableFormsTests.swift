import Foundation
import Testing
import TargetModel
@testable import PolicyText

/// One table-form document (国办函[2016]38号, 序号 | 工作任务 | 牵头负责部门) in six forms: the
/// text as published (single spaces between columns), tab-separated, comma-separated (cells with
/// commas quoted), Excel and Word (the 财政部
/// cells of rows 3–5 merged into one) and PDF (laid out by `pdftotext -layout`, row 5's task
/// wrapped around its number). Every form gives the same catalog; only the `line` column differs,
/// being the row, paragraph or layout line of each form. The forms are made from the text by
/// scripts/make-table-fixtures.py.
@Suite struct TableFormsTests {
    private func catalog(_ name: String) throws -> Catalog {
        let path = RepositoryFiles.fixture("documents/" + name).path
        return try TargetExtractor().read(try DocumentReader.lines(path: path), source: path).catalog
    }

    private func withoutLines(_ catalog: Catalog) -> [Target] {
        catalog.targets.map { target in
            var target = target
            target.line = 0
            return target
        }
    }

    @Test func everyFormGivesTheCatalogOfThePlainText() throws {
        let plain = try catalog("state-council-2016.txt")
        #expect(plain.targets.count == 11)
        #expect(plain.targets.allSatisfy { !$0.lead.isEmpty && $0.year == 2016 })
        for form in ["tsv", "csv", "xlsx", "docx", "pdf"] {
            let other = try catalog("state-council-2016-table." + form)
            #expect(withoutLines(other) == withoutLines(plain), "\(form) differs")
        }
    }

    @Test func rowsContinueAndSectionRowsStayHeadings() throws {
        let text = """
        2015年《政府工作报告》重点工作分解表
        序号\t工作任务\t牵头单位\t配合单位\t完成时限
        一、主要预期目标
        1\t地区生产总值增长8%左右\t省发展改革委\t省统计局\t12月底
        \t全年城镇新增就业50万人\t\t省人社厅
        2\t粮食总产量稳定在1200亿斤以上\t省农业厅
        """
        let t = try TargetExtractor().extract(text)
        #expect(t.targets.map(\.value) == [8, 50, 1200])
        // The row without a number continues row 1: its task joins the task, its department the
        // list, for every target of the row.
        #expect(t.targets[0].section == "一1" && t.targets[0].lead == ["省发展改革委"])
        #expect(t.targets[0].co == ["省统计局", "省人社厅"] && t.targets[1].co == t.targets[0].co && t.targets[1].line == 4)
        #expect(t.targets[2].leadKeys == ["省农业农村厅"] && t.targets[2].line == 6)
    }

    @Test func proseAfterATableIsNotARow() throws {
        let text = """
        2015年重点工作分解表
        序号\t工作任务\t牵头单位
        1\t地区生产总值增长8%左右\t省发展改革委
        各地各部门要于2015年6月底前报送进展情况。
        全年力争新增就业50万人。
        """
        let t = try TargetExtractor().extract(text).targets
        #expect(t.count == 2 && t[0].lead == ["省发展改革委"] && t[1].lead.isEmpty && t[1].line == 5)
    }

    @Test func aHeaderWithUnknownColumnsIsAnErrorNamingItsLine() {
        let text = "2015年\n序号\t工作任务\t牵头单位\t经费预算\n1\t建设100所学校\t省教育厅"
        #expect {
            try TargetExtractor().extract(text, source: "plan.tsv")
        } throws: { error in
            "\(error)".hasPrefix("plan.tsv:2: table header") && "\(error)".contains("经费预算")
        }
    }

    @Test func aMissingPdfIsAnErrorNamingTheFile() {
        #expect(throws: PolicyTextError.self) { try DocumentReader.lines(path: "/nonexistent/plan.pdf") }
    }
}
