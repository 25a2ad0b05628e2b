import Risk
import Scenarios

/// Scenario comparisons as a tidy table: one row per target and scenario, with the baseline beside.
public enum ScenarioTable {
    public static let keys = ["id", "indicator", "target", "scenario", "baseline_projection", "baseline_probability",
                              "baseline_status", "projection", "probability", "status", "change", "probability_change"]

    public static let chineseHeaders = ["编号", "指标", "目标", "情景", "基准预计", "基准完成概率", "基准状态",
                                        "情景预计", "情景完成概率", "情景状态", "预计变化", "概率变化"]

    /// Rows for every target with a baseline projection.
    public static func table(_ comparison: ScenarioComparison, language: Language) -> ReportTable {
        func status(_ a: TargetAssessment) -> ReportField {
            .coded(code: a.status.rawValue, label: language.word(for: a.status))
        }
        func rounded(_ v: Double?) -> ReportField { .number(v.map { roundedValue($0, decimals: 3) }) }
        let rows = comparison.rows.filter { $0.baseline.projection.projection != nil }.flatMap { row in
            comparison.scenarioNames.indices.map { k -> [ReportField] in
                let s = row.scenarios[k]
                return [.text(row.target.id), .text(row.target.indicator), .text(row.target.targetText),
                        .text(comparison.scenarioNames[k]),
                        rounded(row.baseline.projection.projection), rounded(row.baseline.probability), status(row.baseline),
                        rounded(s.projection.projection), rounded(s.probability), status(s),
                        rounded(row.projectionChanges[k]), rounded(row.probabilityChanges[k])]
            }
        }
        return ReportTable(keys: keys, headers: language == .zh ? chineseHeaders : keys, rows: rows, language: language)
    }
}
