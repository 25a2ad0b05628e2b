import Projection
import Risk
import Scenarios
import TargetModel

/// `project`'s table: one row per target with its projection, interval, P(meet) and source.
public enum ProjectionTable {
    /// The columns (JSON keys and the header in both languages).
    public static let keys = ["id", "section", "indicator", "comparator", "value", "unit", "latest_period", "latest_value",
                              "projection", "p10", "p90", "p025", "p975", "probability", "model", "interval",
                              "history_years", "sufficiency", "warnings"]

    /// Numbers rounded to 4 decimals; empty where there is nothing to project.
    public static func table(_ projections: [TargetProjection]) -> ReportTable {
        func number(_ x: Double?) -> ReportField { .number(x.map { roundedValue($0, decimals: 4) }) }
        let rows = projections.map { p -> [ReportField] in
            let d = p.distribution
            return [.text(p.target.id), .text(p.target.section), .text(p.target.indicator), .text(p.target.comparator.rawValue),
                    number(p.target.value), .text(p.target.unit), .text(p.latestPeriod?.description ?? ""),
                    number(p.latestValue), number(p.projection), number(d?.quantile(0.1)), number(d?.quantile(0.9)),
                    number(d?.quantile(0.025)), number(d?.quantile(0.975)), number(p.probability), .text(p.source.label),
                    .text(p.interval == .none ? "" : p.interval.rawValue),
                    .number(p.interval == .none ? nil : Double(p.historyYears)),
                    .text(p.sufficiency == .none ? "" : p.sufficiency.rawValue), .text(p.warnings.joined(separator: "; "))]
        }
        return ReportTable(keys: keys, headers: keys, rows: rows, language: .en)
    }
}

extension TableDocument {
    /// `{"asOf": …, "targets": [ … ]}` with the rows of `ProjectionTable`.
    public static func projections(_ projections: [TargetProjection], asOf: Period) -> TableDocument {
        TableDocument(ProjectionTable.table(projections), name: "targets", context: [("asOf", .string(asOf.description))])
    }

    /// The risk list; its JSON is `{"asOf": …, "targets": [ … ], "departments": [ … ]}`, statuses
    /// and roles as English codes whatever the language, news in `language`.
    public static func risks(_ assessments: [TargetAssessment], departments: [DepartmentSummary], asOf: Period,
                             language: Language) -> TableDocument {
        TableDocument(RiskList.table(assessments, language: language), name: "targets",
                      context: [("asOf", .string(asOf.description))],
                      companions: [("departments", DepartmentTable.table(departments, language: language))])
    }

    /// The department roll-up; its JSON is `{"asOf": …, "departments": [ … ]}`.
    public static func departments(_ departments: [DepartmentSummary], asOf: Period, language: Language) -> TableDocument {
        TableDocument(DepartmentTable.table(departments, language: language), name: "departments",
                      context: [("asOf", .string(asOf.description))])
    }

    /// Baseline and scenarios; the JSON is `{"asOf": …, "scenarios": [names], "rows": [ … ]}`.
    public static func scenarios(_ comparison: ScenarioComparison, language: Language) -> TableDocument {
        TableDocument(ScenarioTable.table(comparison, language: language), name: "rows",
                      context: [("asOf", .string(comparison.asOf.description)),
                                ("scenarios", .array(comparison.scenarioNames.map(JSONValue.string)))])
    }
}
