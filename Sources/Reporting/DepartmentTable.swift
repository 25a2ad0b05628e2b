import Risk

/// The department roll-up as a table: one row per department and role.
public enum DepartmentTable {
    /// Column keys, in order: the department, its role, its target count, one count per status,
    /// the expected misses and the ids of its targets needing attention (riskiest first).
    public static let keys = ["department", "role", "targets"] + Status.allCases.map(\.rawValue)
        + ["expected_misses", "at_risk_targets"]

    /// The Chinese header, column for column.
    public static let chineseHeaders = ["部门", "角色", "目标数"] + Status.allCases.map { Language.zh.word(for: $0) }
        + ["预计未完成数", "风险目标"]

    public static func table(_ summaries: [DepartmentSummary], language: Language) -> ReportTable {
        ReportTable(
            keys: keys, headers: language == .zh ? chineseHeaders : keys,
            rows: summaries.map { s in
                [.text(s.department), .coded(code: s.role.rawValue, label: language.word(for: s.role)),
                 .number(Double(s.targetCount))]
                    + Status.allCases.map { .number(Double(s.count($0))) }
                    + [.number(roundedValue(s.expectedMisses, decimals: 2)), .list(s.atRiskIDs)]
            },
            language: language)
    }
}
