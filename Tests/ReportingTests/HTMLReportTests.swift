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

    private func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    @Test func isSelfContained() {
        let html = report(.zh)
        for external in ["src=", "href=", "@import", "url(", "<link"] {
            #expect(!html.contains(external), "\(external)")
        }
        #expect(html.contains("<style>") && html.contains("<script>"))
    }

    @Test func hasHeadlineTablesAndOneChartPerProjectedTarget() {
        let html = report(.zh)
        #expect(count(#"<svg class="fan-chart""#, in: html) == chartedTargets)
        #expect(count(#"<tr class="risk-row "#, in: html) == SampleMonth.assessments.count)
        #expect(count(#"<tr class="department-row""#, in: html) == SampleMonth.departments.count)
        #expect(html.contains(#"<div class="card off_track"><span class="count">2</span><span class="label">难以完成</span></div>"#))
        #expect(html.contains("目标任务完成风险报告 · 截至2013-09"))
        #expect(html.contains("1月") && html.contains("12月"))
    }

    @Test func englishReportUsesEnglishLabels() {
        let html = report(.en)
        #expect(html.contains("Target risk report · as of 2013-09"))
        #expect(html.contains(">off_track<"))
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
        #expect(dom.contains(#"data-script="ok""#), "the page's script did not finish")
        #expect(!dom.contains(#"data-script-error=""#), "the page reported a script error")
        #expect(count(#"<svg class="fan-chart""#, in: dom) == chartedTargets)
        #expect(count(#"<tr class="risk-row "#, in: dom) == SampleMonth.assessments.count)
        #expect(count(#"<tr class="department-row""#, in: dom) == SampleMonth.departments.count)
        // The script sorted the risk table by P(meet), lowest first, when the page opened.
        let ids = dom.components(separatedBy: #"<tr class="risk-row "#).dropFirst().map { row in
            String(row.split(separator: "<td>", maxSplits: 2)[1].prefix { $0 != "<" })
        }
        let byProbability = SampleMonth.assessments.filter { $0.probability != nil }
            .sorted { $0.probability! < $1.probability! }.map(\.target.id)
        #expect(Array(ids.prefix(byProbability.count)) == byProbability)
        #expect(dom.contains(#"<th data-initial-sort="" class="asc">"#))
    }
}
