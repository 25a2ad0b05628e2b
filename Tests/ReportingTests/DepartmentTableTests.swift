import Reporting
import Risk
import Testing

@Suite struct DepartmentTableTests {
    @Test func oneRowPerDepartmentAndRoleWithCountsAndRiskyTargets() throws {
        let table = DepartmentTable.table(SampleMonth.departments, language: .en)
        #expect(table.keys.first == "department" && table.keys.last == "at_risk_targets")
        let ndrc = try #require(table.rows.first { $0[0] == .text("省发改委") && $0[1] == .coded(code: "lead", label: "lead") })
        func field(_ key: String) -> ReportField { ndrc[table.keys.firstIndex(of: key)!] }
        #expect(field("targets") == .number(3))
        #expect(field("late") == .number(1))
        // P(GDP ≥ 10.5) ≈ 0.0002 < P(investment ≥ 30) ≈ 0.0013; the late milestone comes last.
        #expect(field("at_risk_targets") == .list(["T001", "T002", "T005"]))
        let csv = table.csv()
        #expect(csv.contains("省发改委,lead,3,"))
        #expect(csv.contains("省发改委,lead,3,0,0,2,0,0,0,0,0,1,2,T001；T002；T005\r\n"))
        // 分别负责: both named departments lead the school target in full.
        #expect(table.rows.contains { $0[0] == .text("教育厅") && $0[2] == .number(1) })
        #expect(table.rows.contains { $0[0] == .text("住建厅") && $0[2] == .number(1) })
    }

    @Test func chineseHeadersAndRoles() {
        let csv = DepartmentTable.table(SampleMonth.departments, language: .zh).csv()
        #expect(csv.hasPrefix("\u{FEFF}部门,角色,目标数,有望完成,有风险,难以完成,"))
        #expect(csv.contains("统计局,协办,1,"))
    }
}
