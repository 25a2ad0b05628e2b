import Foundation
import Reporting
import Risk
import SeriesIO
import Testing
import Workbook
import ZIPFoundation

@Suite struct ReportWorkbookTests {
    /// Writes the workbook to a temporary file and opens it back.
    private func written(_ book: Workbook) throws -> (cells: XLSXWorkbook, part: (String) throws -> String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("report-workbook-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("report.xlsx").path
        try book.write(to: path)
        let cells = try XLSXWorkbook(path: path)
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        var parts: [String: String] = [:]
        for entry in archive where entry.path.hasSuffix(".xml") {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            parts[entry.path] = String(decoding: data, as: UTF8.self)
        }
        try FileManager.default.removeItem(at: folder)
        return (cells, { name in try #require(parts[name], "no part \(name)") })
    }

    private func column(_ header: String, in sheet: ReleaseTable) throws -> Int {
        try #require(sheet.rows[0].firstIndex { $0.text == header }, "no column \(header)")
    }

    @Test func sampleMonthSheetsRiskiestFirstWithUnitsAndStatusColours() throws {
        let book = ReportWorkbook.workbook(asOf: SampleMonth.asOf, assessments: SampleMonth.assessments,
                                           departments: SampleMonth.departments, language: .zh)
        let (cells, part) = try written(book)
        #expect(cells.sheets.map(\.sheet) == ["风险清单", "部门汇总", "预测明细"])
        let risks = cells.sheets[0]
        #expect(risks.rows.count == SampleMonth.assessments.count + 1)
        #expect(risks.rows.dropFirst().map { $0[0].text } == ["T001", "T002", "T004", "T005", "T003", "T006"])
        let projection = try column("预计全年", in: risks), status = try column("状态", in: risks)
        #expect(risks.cell(1, projection)?.number == 8.4)
        #expect(risks.cell(1, status)?.text == "难以完成")
        #expect(risks.cell(3, try column("差距程度", in: risks))?.text == "达标")   // schools: 305 of 300
        let sheet = try part("xl/worksheets/sheet1.xml")
        #expect(sheet.contains(#"state="frozen""#) && sheet.contains("<autoFilter ref=\"A1:S7\"/>"))
        #expect(sheet.contains("<formula>\"难以完成\"</formula>") && sheet.contains("<formula>\"有风险\"</formula>"))
        let styles = try part("xl/styles.xml")
        #expect(styles.contains(##"formatCode="#,##0.00&quot;%&quot;""##))
        #expect(styles.contains(##"formatCode="#,##0.00&quot; 所&quot;""##))
        #expect(styles.contains(##"formatCode="#,##0.00&quot; 个百分点&quot;""##))
        #expect(styles.contains(##"formatCode="[&lt;0.005]&quot;&lt;1%&quot;;[&gt;0.995]&quot;&gt;99%&quot;;0%""##))
        let departments = cells.sheets[1]
        #expect(departments.rows[0].prefix(3).map(\.text) == ["部门", "角色", "目标数"])
        #expect(departments.rows.count == SampleMonth.departments.count + 1)
    }

    @Test func bundledExampleWorkbookReadsBack() throws {
        let month = try BundledMonth.shared.get()
        let book = ReportWorkbook.workbook(asOf: BundledMonth.asOf, assessments: month.assessments,
                                           departments: month.departments, language: .zh, scenarios: month.scenarios)
        let (cells, part) = try written(book)
        try book.write(to: TestArtifacts.url("report-2013-09.xlsx").path)  // kept for a person to open
        #expect(cells.sheets.map(\.sheet) == ["风险清单", "部门汇总", "预测明细", "情景对比"])
        let risks = cells.sheets[0]
        #expect(risks.rows.count == month.assessments.count + 1)
        // Riskiest first: every target needing attention comes before any that does not.
        let status = try column("状态", in: risks)
        let statuses = risks.rows.dropFirst().map { $0.indices.contains(status) ? $0[status].text : "" }
        let attention = Set([Status.offTrack, .atRisk, .late].map { Language.zh.word(for: $0) })
        let firstCalm = statuses.firstIndex { !attention.contains($0) } ?? statuses.count
        #expect(statuses[firstCalm...].allSatisfy { !attention.contains($0) })
        #expect(firstCalm == month.assessments.filter(\.status.needsAttention).count)
        // GDP (T001) is among them, with its projection in %.
        let gdp = try #require(risks.rows.firstIndex { $0.first?.text == "T001" })
        #expect(gdp <= firstCalm)
        #expect(risks.cell(gdp, try column("预计全年", in: risks))?.number != nil)
        let projections = cells.sheets[2]
        #expect(projections.rows.count == month.assessments.filter { $0.projection.distribution != nil }.count + 1)
        let scenarios = cells.sheets[3]
        #expect(scenarios.rows[0].prefix(4).map(\.text) == ["编号", "指标", "目标", "情景"])
        #expect(scenarios.rows.count > 1)
        for n in 1...4 { #expect(try part("xl/worksheets/sheet\(n).xml").contains(#"state="frozen""#)) }
    }
}
