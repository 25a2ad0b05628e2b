import Foundation
import Reporting
import Testing

@Suite struct JSONExportTests {
    @Test func documentHasAsOfTargetsAndDepartmentsWithTheCSVKeys() throws {
        let text = TableDocument.risks(SampleMonth.assessments, departments: SampleMonth.departments, asOf: SampleMonth.asOf,
                                       language: .zh).rendered(as: .json)
        #expect(text.hasPrefix(#"{"asOf":"2013-09","targets":[{"id":"#))
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let rows = try #require(root["targets"] as? [[String: Any]])
        // Rows come riskiest first, as in the CSV; look them up in catalog order.
        let targets = try SampleMonth.targets.map { t in try #require(rows.first { $0["id"] as? String == t.id }) }
        #expect(targets.count == SampleMonth.targets.count)
        #expect(Set(targets[0].keys) == Set(RiskList.keys))
        #expect(targets[0]["status"] as? String == SampleMonth.assessments[0].status.rawValue)
        #expect(targets[4]["probability"] is NSNull)
        #expect(targets[0]["unprecedented"] as? Bool == true)
        #expect(targets[5]["indicator"] as? String == "=HYPERLINK(\"http://x\",\"进出口\")")
        let departments = try #require(root["departments"] as? [[String: Any]])
        #expect(departments.count == SampleMonth.departments.count)
        #expect(departments[0]["role"] as? String == "lead")
    }

    @Test func departmentsDocumentHasAsOfAndDepartments() throws {
        let text = TableDocument.departments(SampleMonth.departments, asOf: SampleMonth.asOf, language: .en).rendered(as: .json)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(Set(root.keys) == ["asOf", "departments"])
        let first = try #require((root["departments"] as? [[String: Any]])?.first)
        #expect(first["department"] as? String == "省发改委")
        #expect(first["at_risk_targets"] as? [String] == ["T001", "T002", "T005"])
        #expect(first["expected_misses"] as? Double == 2)
    }

    @Test func stringsAreEscapedPerRFC8259() {
        let value = JSONValue.object([("k", .string("a\"b\\c\n\u{1}"))])
        #expect(value.text == #"{"k":"a\"b\\c\n\u0001"}"#)
        #expect(JSONValue.number(.nan).text == "null")
        #expect(JSONValue.number(-3).text == "-3")
    }
}
