import Foundation
import Reporting
import Risk
import Testing

/// The governor's page and the scenario page on the bundled Heilongjiang example, as a reader's
/// browser shows them. Screenshots and pages are kept in `.build/test-artifacts/reporting`.
@Suite struct BundledReportTests {
    private func page(_ month: BundledMonth) -> String {
        HTMLReport(asOf: BundledMonth.asOf, assessments: month.assessments, departments: month.departments,
                   language: .zh, series: month.series).html
    }

    @Test func headlineCountsAndNoDataFolded() throws {
        let month = try BundledMonth.shared.get()
        let html = page(month)
        let noData = month.assessments.filter { $0.status == .noData }.count
        #expect(noData > 0)
        #expect(html.contains("无数据的目标 \(noData) 个"))
        // No tile for the targets without data: only a link to their list.
        #expect(!html.contains(#"<div class="card no_data""#))
        let attention = month.assessments.filter { $0.status == .offTrack || $0.status == .atRisk }.count
        #expect(html.occurrences(of: #"<tr class="attention-row "#) == attention)
        #expect(!html.lowercased().contains(">nan") && !html.contains("NaN"))
        // Annual figures are drawn as a series of years.
        #expect(html.contains(#"<svg class="fan-chart annual""#))
        #expect(html.contains(#"<polyline class="last-year""#))
    }

    @Test(.enabled(if: Chromium.path != nil, "Debian's chromium is not installed"))
    func everyOffTrackTargetIsOnTheFirstScreen() throws {
        let month = try BundledMonth.shared.get()
        let html = page(month)
        let file = TestArtifacts.url("report-2013-09.html")
        try html.write(to: file, atomically: true, encoding: .utf8)
        try Chromium.screenshot(of: file, to: TestArtifacts.url("report-2013-09-first-screen.png"), width: 1400, height: 1200)

        let probe = """
        var rows=document.querySelectorAll('#attention-table tr.off_track');
        var bottoms=Array.prototype.map.call(rows,function(r){return Math.ceil(r.getBoundingClientRect().bottom+window.scrollY);});
        document.body.setAttribute('data-off-track',String(rows.length));
        document.body.setAttribute('data-lowest',String(Math.max.apply(null,bottoms.concat([0]))));
        document.body.setAttribute('data-page-height',String(document.documentElement.scrollHeight));
        document.body.setAttribute('data-first-chart',String(Math.round(document.querySelector('figure.chart').getBoundingClientRect().top+window.scrollY)));
        """
        let dom = try Chromium.probedDOM(html: html, probe: probe, in: TestArtifacts.folder)
        #expect(dom.contains(#"<html lang="zh-CN">"#))
        #expect(dom.contains(#"data-script="ok""#) && !dom.contains(#"data-script-error=""#))
        let offTrack = month.assessments.filter { $0.status == .offTrack }.count
        #expect(Int(dom.attribute("data-off-track") ?? "") == offTrack)
        let lowest = try #require(Int(dom.attribute("data-lowest") ?? ""))
        #expect(lowest <= 1200, "the last off-track row ends at \(lowest) px")
        for header in ["指标", "目标", "预计全年", "差距", "完成概率 P", "状态", "完成率 / 时序进度", "牵头单位"] {
            #expect(dom.contains(">\(header)</th>"), "\(header)")
        }
        let measured = "off-track rows: \(offTrack), lowest bottom: \(lowest) px, page height: \(dom.attribute("data-page-height") ?? "?") px, first chart at \(dom.attribute("data-first-chart") ?? "?") px\n"
        try measured.write(to: TestArtifacts.url("report-2013-09-layout.txt"), atomically: true, encoding: .utf8)
    }

    @Test(.enabled(if: Chromium.path != nil, "Debian's chromium is not installed"))
    func printsOnA4() throws {
        let month = try BundledMonth.shared.get()
        let file = TestArtifacts.url("report-2013-09-print.html")
        try page(month).write(to: file, atomically: true, encoding: .utf8)
        let pdf = TestArtifacts.url("report-2013-09.pdf")
        try? FileManager.default.removeItem(at: pdf)
        try Chromium.printToPDF(file, to: pdf)
        let bytes = String(decoding: try Data(contentsOf: pdf), as: UTF8.self)
        let boxes = bytes.components(separatedBy: "/MediaBox [").dropFirst().map { String($0.prefix { $0 != "]" }) }
        #expect(!boxes.isEmpty)
        // A4 is 595 × 842 points (210 × 297 mm); Letter would be 612 × 792.
        for box in boxes {
            let size = box.split(separator: " ").compactMap { Double($0) }
            #expect(size.count == 4 && abs(size[2] - 595) < 1 && abs(size[3] - 842) < 1, "\(box)")
        }
    }

    @Test func departmentPageByKey() throws {
        let month = try BundledMonth.shared.get()
        let report = HTMLReport(asOf: BundledMonth.asOf, assessments: month.assessments, departments: month.departments, language: .zh)
        let page = try #require(report.departmentPage("省住建厅"))
        let own = month.assessments.filter { $0.target.departments.contains("省住建厅") }
        #expect(page.contains("目标任务完成风险报告 · 省住建厅 · 截至2013-09"))
        let others = month.assessments.filter { !$0.target.departments.contains("省住建厅") }
        #expect(!others.contains { page.contains(#"<span class="id">\#($0.target.id)</span>"#) })
        #expect(own.allSatisfy { page.contains(#"<span class="id">\#($0.target.id)</span>"#) })
    }

    @Test func scenarioPageShowsAssumptionsAndChangesNotTheBaselineReport() throws {
        let month = try BundledMonth.shared.get()
        let html = ScenarioPage(comparison: month.scenarios, scenarios: month.scenarioFiles, language: .zh).html
        try html.write(to: TestArtifacts.url("scenarios-2013-09.html"), atomically: true, encoding: .utf8)
        #expect(html.contains("四季度投资放缓") && html.contains("10–12月") && html.contains("当月同比 +15%"))
        #expect(html.contains("全年增速较预测 -1 个百分点"))
        #expect(!html.contains(#"id="risk-table""#) && !html.contains(#"id="department-table""#) && !html.contains(#"class="fan-chart"#))
        let rows = html.components(separatedBy: #"<tr class="scenario-row"#).dropFirst()
        #expect(!rows.isEmpty)
        // Targets whose status a scenario changes come first.
        let changed = rows.map { $0.hasPrefix(" status-changed") }
        #expect(changed == changed.sorted { $0 && !$1 })
        #expect(html.occurrences(of: #"<svg class="scenario-chart""#) == rows.count)
        // Investment (T003) is among the targets the slowdown moves.
        #expect(rows.contains { $0.contains(#"<span class="id">T003</span>"#) })
    }
}
