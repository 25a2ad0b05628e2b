import Foundation
import Scenarios

/// Fitted links as a table: one row per link and term (the intercept, then each driver).
public enum LinkTable {
    public static let keys = ["series", "term", "coefficient", "standard_error", "r_squared", "residual_sd",
                              "observations", "first_year", "last_year"]

    public static func table(_ estimates: [LinkEstimate]) -> ReportTable {
        let rows = estimates.flatMap { e in
            (["intercept"] + e.drivers).enumerated().map { k, term -> [ReportField] in
                [.text(e.series), .text(term), .number(roundedValue(e.coefficients[k], decimals: 4)),
                 .number(k < e.standardErrors.count ? roundedValue(e.standardErrors[k], decimals: 4) : nil),
                 .number(roundedValue(e.rSquared, decimals: 3)), .number(roundedValue(e.residualStandardDeviation, decimals: 3)),
                 .number(Double(e.observations)), .number(e.years.first.map(Double.init)), .number(e.years.last.map(Double.init))]
            }
        }
        return ReportTable(keys: keys, headers: keys, rows: rows, language: .en)
    }
}

/// A goal seek's answer as a one-row table.
public enum GoalSeekTable {
    public static let keys = ["target", "series", "first_month", "last_month", "goal", "probability_goal",
                              "month_growth", "probability", "historical_maximum", "unprecedented"]

    /// `probabilityGoal` is the P(meet) sought, `nil` when the median was put on the target.
    public static func table(_ result: GoalSeekResult, probabilityGoal: Double?) -> ReportTable {
        let row: [ReportField] = [
            .text(result.targetID), .text(result.series), .number(Double(result.months.lowerBound)),
            .number(Double(result.months.upperBound)), .text(probabilityGoal == nil ? "median" : "probability"),
            .number(probabilityGoal), .number(result.monthGrowth), .number(result.probability),
            .number(result.historicalMaximum), .flag(result.isUnprecedented),
        ]
        return ReportTable(keys: keys, headers: keys, rows: [row], language: .en)
    }

    /// The answer in sentences: the growth needed, P(meet) then, and how it compares with history.
    public static func sentences(_ result: GoalSeekResult, probabilityGoal: Double?) -> String {
        let goal = probabilityGoal.map { "P(meet) = \(numberText($0, decimals: 4))" } ?? "the median on the target"
        let months = "\(result.months.lowerBound)–\(result.months.upperBound)月"
        guard let g = result.monthGrowth else {
            return "\(result.targetID): no constant monthly growth of \(result.series) in \(months) between −50 % and +150 % reaches \(goal).\n"
        }
        var text = "\(result.targetID): \(result.series) must grow \(fixed(g)) % a month (on the same month last year) in \(months) for \(goal)"
        if let p = result.probability { text += "; P(meet) then \(fixed(p, decimals: 2))" }
        text += ".\n"
        if let h = result.historicalMaximum {
            text += result.isUnprecedented
                ? "Beyond anything in the series' history: the most it grew in those months was \(fixed(h)) %.\n"
                : "Within the series' history: it has grown up to \(fixed(h)) % in those months.\n"
        }
        return text
    }

    private static func fixed(_ value: Double, decimals: Int = 1) -> String {
        String(format: "%.\(decimals)f", value)
    }
}

extension TableDocument {
    /// `{"links": [ … ]}`.
    public static func links(_ estimates: [LinkEstimate]) -> TableDocument {
        TableDocument(LinkTable.table(estimates), name: "links")
    }

    /// `{"rows": [ {the answer} ]}`.
    public static func goalSeek(_ result: GoalSeekResult, probabilityGoal: Double?) -> TableDocument {
        TableDocument(GoalSeekTable.table(result, probabilityGoal: probabilityGoal), name: "rows")
    }
}
