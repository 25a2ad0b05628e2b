import Foundation
import Reporting
import Risk
import Testing

@Suite struct HTMLReportTests {
    private let chartedTargets = SampleMonth.assessments.filter { $0.projection.distribution != nil }.count

    private func report(_ language: Language) -> String {
        HTMLReport(asOf: SampleMonth.asOf, assessments: SampleMonth.assessments,
                   departments: SampleMonth.departments, language: language).html
    }

    @Test func isSelfContained() {
        let html = report(.zh)
        for external in ["src=", "@import", "url(", "<link", "http-equiv"] {
            #expect(!html.contains(external), "\(external)")
        }
        // The only link is to a section of the page itself.
        #expect(html.components(separatedBy: "href=\"").dropFirst().allSatisfy { $0.hasPrefix("#") })
        #expect(html.contains("<style>") && html.contains("<script>"))
    }

    @Test func firstScreenIsTheOffTrackAndAtRiskTargetsWithUnitsAndGaps() {
        let html = report(.zh)
        let attention = html.components(separatedBy: #"id="attention-table""#)[1].components(separatedBy: "</table>")[0]
        // GDP and investment off track, schools at risk, nothing else.
        #expect(attention.occurrences(of: #"<tr class="attention-row "#) == 3)
        #expect(attention.range(of: "T001")!.lowerBound < attention.range(of: "T002")!.lowerBound)
        #expect(attention.range(of: "T002")!.lowerBound < attention.range(of: "T004")!.lowerBound)
        // Projection with its unit, the gap in percentage points with its share of the target, P at the end as <1%.
        #expect(attention.contains(">8.4%</td>"))
        #expect(attention.contains("差 2.1个百分点（目标的19%）")) // 10.5 − 8.4 against 11
        #expect(attention.contains(#"<span class="gap gap-severe">差距很大</span>"#))
        #expect(attention.contains(">&lt;1%</td>") && !attention.contains(">0%</td>"))
        #expect(attention.contains(#"<span class="status off_track gap-severe">难以完成</span>"#))
        // 完成率 against 时序进度 for the school target: 230 of 300 built, 9 of 12 months gone.
        #expect(attention.contains(#"<span class="ahead">77%</span> / 75%"#))
        // Paces with units, the unprecedented one flagged with its explanation.
        #expect(attention.contains("20% / 8%"))
        #expect(attention.contains(#"<span class="flag" title="所需进度超过以往各年同期的最好水平。"#))
        // The headers explain themselves.
        #expect(attention.contains(#"data-key="probability" data-type="number" title="按目前预测，全年完成目标的概率"#))
    }

    @Test func milestonesNoDataLegendAndPrintStylesheet() {
        let html = report(.zh)
        #expect(html.contains(#"<div class="milestone-group late"><h3><span class="status late">滞后</span> 1</h3>"#))
        #expect(html.contains(#"<details id="no-data" class="no-data"><summary>无数据的目标 1 个"#))
        #expect(html.occurrences(of: #"<tr class="risk-row "#) == 4)  // quantitative targets with data
        for term in ["<dt>完成概率 P</dt>", "<dt>P10–P90</dt>", "<dt>所需月度进度</dt>", "<dt>前所未有</dt>", "<dt>预计未完成</dt>"] {
            #expect(html.contains(term), "\(term)")
        }
        #expect(html.contains("@media print{") && html.contains("@page{size:A4"))
        #expect(html.occurrences(of: #"<svg class="fan-chart"#) == chartedTargets)
        #expect(html.contains(#"<text class="unit""#) && html.contains("单位：%"))
        #expect(html.contains(#"<rect class="good-side""#))
        #expect(html.contains("目标任务完成风险报告 · 截至2013-09"))
        #expect(!html.lowercased().contains("nan"))
    }

    @Test func departmentFilterAndDepartmentPage() throws {
        let html = report(.zh)
        #expect(html.contains(#"<select id="department-filter">"#) && html.contains(#"<option value="教育厅">"#))
        #expect(html.contains(#"data-departments="教育厅|住建厅""#))
        let page = try #require(HTMLReport(asOf: SampleMonth.asOf, assessments: SampleMonth.assessments,
                                           departments: SampleMonth.departments, language: .zh).departmentPage("教育厅"))
        #expect(page.contains("目标任务完成风险报告 · 教育厅 · 截至2013-09"))
        #expect(page.contains("T004") && !page.contains("T001") && !page.contains(#"<select id="department-filter""#))
        #expect(page.occurrences(of: #"<tr class="department-row""#) == 1)
        #expect(HTMLReport(asOf: SampleMonth.asOf, assessments: SampleMonth.assessments, departments: SampleMonth.departments,
                           language: .zh).departmentPage("不存在的厅") == nil)
    }

    @Test func englishReportUsesEnglishLabels() {
        let html = report(.en)
        #expect(html.contains("Target risk report · as of 2013-09"))
        #expect(html.contains(">off_track<"))
        #expect(html.contains("short by 2.1 pp"))
        #expect(!html.contains("难以完成"))
    }

    @Test func textIsEscaped() {
        let html = report(.en)
        #expect(html.contains("=HYPERLINK(&quot;http://x&quot;,&quot;进出口&quot;)"))
        #expect(!html.contains("=HYPERLINK(\"http"))
    }

    @Test(.enabled(if: Chromium.path != nil, "Debian's chromium is not installed"))
    func rendersInARealBrowserWithItsScriptRunningCleanly() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("report.html")
        try report(.zh).write(to: file, atomically: true, encoding: .utf8)

        let dom = try Chromium.renderedDOM(of: file)
        #expect(dom.contains(#"<html lang="zh-CN">"#))
        #expect(dom.contains(#"data-script="ok""#), "the page's script did not finish")
        #expect(!dom.contains(#"data-script-error=""#), "the page reported a script error")
        #expect(dom.occurrences(of: #"<svg class="fan-chart"#) == chartedTargets)
        // The script sorted the full table by P(meet), lowest first, through the column's key.
        let ids = dom.components(separatedBy: #"<tr class="risk-row "#).dropFirst().map { row in
            String(row.components(separatedBy: #"<span class="id">"#)[1].prefix { $0 != "<" })
        }
        let byProbability = SampleMonth.assessments.filter { $0.probability != nil }
            .sorted { $0.probability! < $1.probability! }.map(\.target.id)
        #expect(ids == byProbability)
        #expect(dom.contains(#"<th data-key="probability" data-type="number" title="按目前预测"#))
        #expect(dom.contains(#"class="asc">完成概率 P</th>"#))
        for header in ["指标", "目标", "预计全年", "差距", "完成率 / 时序进度", "牵头单位"] {
            #expect(dom.contains(">\(header)</th>"), "\(header)")
        }
    }

    @Test(.enabled(if: Chromium.path != nil, "Debian's chromium is not installed"))
    func departmentFilterHidesOtherDepartmentsRows() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let probe = """
        var s=document.getElementById('department-filter');s.value='教育厅';s.dispatchEvent(new Event('change'));
        var shown=Array.prototype.filter.call(document.querySelectorAll('#attention-table tbody tr'),function(r){return !r.hidden;});
        document.body.setAttribute('data-shown',shown.map(function(r){return r.querySelector('.id').textContent;}).join(','));
        """
        let dom = try Chromium.probedDOM(html: report(.zh), probe: probe, in: folder)
        #expect(dom.attribute("data-shown") == "T004")
    }
}
