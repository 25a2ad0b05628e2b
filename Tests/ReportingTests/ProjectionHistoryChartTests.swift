import Foundation
import Reporting
import Risk
import TargetModel
import Testing

@Suite struct ProjectionHistoryChartTests {
    /// GDP's projection as of March, June, August and September, drifting down from 9.6 to 8.4.
    private let history = ProjectionHistory(
        target: SampleMonth.targets[0],
        months: [
            .init(month: 6, projection: 8.9, band80: 8.2...9.6, band95: 7.8...10.0, news: ["2013-06发布8.2，预期8.6（-0.4）"]),
            .init(month: 3, projection: 9.6, band80: 8.6...10.6, band95: 8.0...11.2),
            .init(month: 8, projection: 9.2, band80: 8.2...10.2, band95: 7.6...10.8),
            .init(month: 9, projection: 8.4, band80: 7.6...9.2, band95: 7.2...9.6, news: ["2013-09发布8，预期8.8（-0.8）", "状态 有风险→难以完成"]),
            .init(month: 10, projection: .nan, band80: 0...1, band95: 0...1),
        ],
        lastYear: [MonthReading(month: 3, value: 10.6), MonthReading(month: 6, value: 10.2), MonthReading(month: 9, value: 10.0)])

    @Test func drawsBandsProjectionsTargetLastYearAndNews() {
        let svg = ProjectionHistoryChart.svg(history, language: .zh)
        #expect(svg.hasPrefix(#"<svg class="history-chart" data-target="T001""#) && svg.hasSuffix("</svg>"))
        #expect(svg.occurrences(of: #"<polygon class="band-95""#) == 1 && svg.occurrences(of: #"<polygon class="band-80""#) == 1)
        // One dot per finite month, in month order along the line; the NaN month is left out.
        #expect(svg.occurrences(of: #"<circle class="projection""#) == 4)
        #expect(svg.contains("9月预计全年 8.4%（P10–P90 7.6–9.2%）"))
        #expect(!svg.lowercased().contains("nan"))
        #expect(svg.contains(#"<polyline class="history""#))
        // The target (11 % 左右, met from 10.5) with the side above it shaded, the unit on the axis.
        #expect(svg.contains(#"<line class="target-line""#) && svg.contains(#"<rect class="good-side""#))
        #expect(svg.contains("单位：%"))
        #expect(svg.contains(#"<polyline class="last-year""#) && svg.contains("去年同期 2012"))
        // News under June and September, what moved the projection in the tooltip.
        #expect(svg.occurrences(of: #"<path class="news""#) == 2)
        #expect(svg.contains("9月动态：2013-09发布8，预期8.8（-0.8）；状态 有风险→难以完成"))
    }

    @Test func xAndYPositionsFollowTheMonthsAndValues() throws {
        let svg = ProjectionHistoryChart.svg(history, language: .en)
        let line = try #require(svg.components(separatedBy: #"<polyline class="history" points=""#).dropFirst().first?.prefix { $0 != "\"" })
        let xy = line.split(separator: " ").map { $0.split(separator: ",").map { Double($0)! } }
        #expect(xy.count == 4)
        #expect(xy.map { $0[0] } == xy.map { $0[0] }.sorted())          // March, June, August, September
        #expect(xy[3][1] > xy[0][1])                                    // September's 8.4 drawn below March's 9.6
        #expect(svg.contains("projection as of Sep: 8.4%"))
    }

    @Test func withoutMonthsStillDrawsTheFrame() {
        let empty = ProjectionHistory(target: SampleMonth.targets[2], months: [])
        let svg = ProjectionHistoryChart.svg(empty, language: .zh)
        #expect(svg.contains(#"<line class="target-line""#) && !svg.contains("band-80"))
        // CPI ≤ 3.5 %: the good side is below the line.
        #expect(svg.contains(#"<rect class="good-side""#))
    }

    @Test func targetPageHasItsFiguresFanAndHistory() throws {
        let report = HTMLReport(asOf: SampleMonth.asOf, assessments: SampleMonth.assessments, departments: SampleMonth.departments,
                                language: .zh, histories: ["T001": history])
        let page = try #require(report.targetPage("T001"))
        #expect(page.contains("<title>T001 地区生产总值 · 截至2013-09</title>"))
        #expect(page.contains("<dt>预计全年</dt><dd>8.4%</dd>") && page.contains("<dt>牵头单位</dt><dd>省发改委</dd>"))
        #expect(page.contains(#"<svg class="fan-chart""#) && page.contains(#"<svg class="history-chart""#))
        #expect(report.targetPage("T999") == nil)
    }

    @Test(.enabled(if: Chromium.path != nil, "Debian's chromium is not installed"))
    func screenshotOfTheChartOnTheReport() throws {
        let report = HTMLReport(asOf: SampleMonth.asOf, assessments: SampleMonth.assessments, departments: SampleMonth.departments,
                                language: .zh, histories: ["T001": history])
        let html = report.html
        #expect(html.contains(#"<figure class="chart" id="chart-T001""#) && html.contains(#"<svg class="history-chart""#))
        let file = TestArtifacts.url("projection-history.html")
        let chart = "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><style>body{width:640px;font-family:'Noto Sans CJK SC',sans-serif}</style></head><body>"
            + html.components(separatedBy: "<style>")[1].components(separatedBy: "</style>")[0].wrappedInStyle
            + ProjectionHistoryChart.svg(history, language: .zh) + "</body></html>"
        try chart.write(to: file, atomically: true, encoding: .utf8)
        let png = TestArtifacts.url("projection-history.png")
        try Chromium.screenshot(of: file, to: png, width: 680, height: 400)
        #expect(FileManager.default.fileExists(atPath: png.path))
        let dom = try Chromium.renderedDOM(of: file)
        #expect(dom.occurrences(of: #"<circle class="projection""#) == 4)
    }
}

private extension String {
    var wrappedInStyle: String { "<style>" + self + "</style>" }
}
