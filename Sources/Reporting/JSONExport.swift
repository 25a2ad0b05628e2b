import Risk
import TargetModel

/// The JSON export: `{"asOf": …, "targets": [ … ], "departments": [ … ]}`.
///
/// Target objects carry the risk list's English keys and department objects the department
/// table's; statuses and roles are English codes whatever the language, news is in `language`.
public enum JSONExport {
    public static func document(asOf: Period, assessments: [TargetAssessment],
                                departments: [DepartmentSummary], language: Language) -> String {
        let root = JSONValue.object([
            ("asOf", .string(asOf.description)),
            ("targets", .array(RiskList.table(assessments, language: language, statusAsCode: true, order: .catalog).jsonObjects)),
            ("departments", .array(DepartmentTable.table(departments, language: language, roleAsCode: true).jsonObjects)),
        ])
        return root.text + "\n"
    }

    /// The `departments` export alone: `{"asOf": …, "departments": [ … ]}`.
    public static func departmentsDocument(asOf: Period, departments: [DepartmentSummary], language: Language) -> String {
        let root = JSONValue.object([
            ("asOf", .string(asOf.description)),
            ("departments", .array(DepartmentTable.table(departments, language: language, roleAsCode: true).jsonObjects)),
        ])
        return root.text + "\n"
    }
}
