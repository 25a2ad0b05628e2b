import Foundation
import Scenarios

/// Fitted links as a table: one row per link and term (the intercept, then each driver), with
/// the link's weaknesses (`few_points`, `imprecise_coefficient`, `low_r_squared`; empty when none).
public enum LinkTable {
    public static let keys = ["series", "term", "coefficient", "standard_error", "r_squared", "residual_sd",
                              "observations", "first_year", "last_year", "weak"]

    public static func table(_ estimates: [LinkEstimate]) -> ReportTable {
        let rows = estimates.flatMap { e in
            (["intercept"] + e.drivers).enumerated().map { k, term -> [ReportField] in
                [.text(e.series), .text(term), .number(roundedValue(e.coefficients[k], decimals: 4)),
                 .number(k < e.standardErrors.count ? roundedValue(e.standardErrors[k], decimals: 4) : nil),
                 .number(roundedValue(e.rSquared, decimals: 3)), .number(roundedValue(e.residualStandardDeviation, decimals: 3)),
                 .number(Double(e.observations)), .number(e.years.first.map(Double.init)), .number(e.years.last.map(Double.init)),
                 .text(e.weaknesses.map(\.rawValue).joined(separator: " "))]
            }
        }
        return ReportTable(keys: keys, headers: keys, rows: rows, language: .en)
    }

    /// One warning line per weak link ("warning: weak link …" / "注意：弱关联 …"), empty when none is weak.
    public static func warnings(_ estimates: [LinkEstimate], language: Language = .en) -> String {
        estimates.compactMap { note($0, language: language) }.map { (language == .zh ? "注意：" : "warning: ") + $0 + "\n" }.joined()
    }

    /// Why a link is weak, in words, e.g. "weak link fiscal_revenue ← gdp, fai: only 12 points
    /// (fewer than 20); SE above half the coefficient of fai"; `nil` for a link that is not weak.
    public static func note(_ link: LinkEstimate, language: Language) -> String? {
        let found = link.weaknesses
        guard !found.isEmpty else { return nil }
        let zh = language == .zh
        let parts = found.map { weakness -> String in
            switch weakness {
            case .fewPoints:
                return zh ? "仅 \(link.observations) 个点（少于 \(LinkEstimate.minimumObservations)）"
                          : "only \(link.observations) points (fewer than \(LinkEstimate.minimumObservations))"
            case .impreciseCoefficient:
                let names = link.impreciseDrivers.joined(separator: zh ? "、" : ", ")
                return zh ? "\(names) 的系数标准误超过系数的一半" : "SE above half the coefficient of \(names)"
            case .lowRSquared:
                return zh ? "R² \(numberText(link.rSquared)) 低于 \(numberText(LinkEstimate.minimumRSquared))"
                          : "R² \(numberText(link.rSquared)) below \(numberText(LinkEstimate.minimumRSquared))"
            }
        }
        let name = "\(link.series) ← \(link.drivers.joined(separator: ", "))"
        return zh ? "弱关联 \(name)：\(parts.joined(separator: "；"))" : "weak link \(name): \(parts.joined(separator: "; "))"
    }
}

/// A goal seek's answer as a one-row table.
public enum GoalSeekTable {
    public static let keys = ["target", "indicator", "unit", "lead", "series", "variable", "first_month", "last_month",
                              "goal", "probability_goal", "value", "probability", "historical_maximum", "unprecedented",
                              "reason", "weak_link"]

    /// `probabilityGoal` is the P(meet) sought, `nil` when the median was put on the target.
    public static func table(_ result: GoalSeekResult, probabilityGoal: Double?) -> ReportTable {
        let t = result.target
        let row: [ReportField] = [
            .text(t.id), .text(t.indicator), .text(t.unit), .text(t.lead.joined(separator: "、")), .text(result.series),
            .text(result.variable.rawValue), .number(Double(result.months.lowerBound)), .number(Double(result.months.upperBound)),
            .text(probabilityGoal == nil ? "median" : "probability"), .number(probabilityGoal), .number(result.value.map { roundedValue($0, decimals: 4) }),
            .number(result.probability.map { roundedValue($0, decimals: 4) }), .number(result.historicalMaximum.map { roundedValue($0, decimals: 4) }),
            .flag(result.isUnprecedented),
            .text(result.reason?.rawValue ?? ""), .flag(!(result.link?.weaknesses.isEmpty ?? true)),
        ]
        return ReportTable(keys: keys, headers: keys, rows: [row], language: .en)
    }

    /// The answer in sentences, in `language`: what the remaining months must do, P(meet) then,
    /// the lead department, and how it compares with history; or why there is no answer.
    public static func sentences(_ result: GoalSeekResult, probabilityGoal: Double?, language: Language = .zh) -> String {
        language == .zh ? chinese(result, probabilityGoal) : english(result, probabilityGoal)
    }

    private static func chinese(_ r: GoalSeekResult, _ goal: Double?) -> String {
        let t = r.target
        let head = "\(t.id) \(t.indicator)："
        let lead = t.lead.isEmpty ? "" : "；牵头 \(t.lead.joined(separator: "、"))"
        let via = r.link == nil ? "" : "（经关联传导）"
        let months = r.variable == .quarterGrowth ? quarters(r.months, .zh) : "\(r.months.lowerBound)–\(r.months.upperBound)月"
        let reach = goal.map { "完成概率达 \(fixed($0, 2))" } ?? "预计值达到目标"
        var text: String
        switch (r.reason, r.value) {
        case (.annualOnly?, _):
            let figure = t.value.map { v in
                let bound = t.comparator == .atLeast || t.comparator == .atMost || t.comparator == .approx ? Language.zh.word(for: t.comparator) : ""
                return (t.kind == .growthRate && t.direction == .decrease ? "下降 " : "达到 ") + numberText(v) + t.unit + bound
            } ?? "达到目标"
            text = head + "只有年度数据，没有可调整的月份；全年需\(figure)\(lead)。"
        case (.alreadyMet?, _):
            text = head + "\(months)取搜索范围内任何值都能使\(reach)，无需再加力\(lead)。"
        case (_, let x?):
            let unitText = t.unit
            let who = r.series == t.series ? "" : r.seriesName
            let ceiling = t.comparator == .atMost
            switch r.variable {
            case .monthGrowth:
                text = head + months + who + (ceiling ? "当月同比涨幅不超过 \(fixed(x))%" : "需当月增长 \(fixed(x))%（同比）") + via
            case .quarterGrowth:
                text = head + months + who + (ceiling ? "同比涨幅不超过 \(fixed(x))%" : "需增长 \(fixed(x))%（同比）") + via
            case .monthAmount: text = head + "\(months)每月需完成 \(fixed(x)) \(unitText)\(via)"
            case .level: text = head + months + (ceiling ? "需保持在 \(fixed(x, 2))\(unitText)以下" : "需达到 \(fixed(x, 2))\(unitText)") + via
            }
            text += "，\(reach)"
            if let p = r.probability, goal == nil { text += "（完成概率 \(fixed(p, 2))）" }
            text += lead + "。"
            if let h = r.historicalMaximum {
                text += r.isUnprecedented ? "超出历史同期最高 \(fixed(h))%。" : "历史同期最高 \(fixed(h))%。"
            }
        default:
            text = head + "\(months)在搜索范围内没有能使\(reach)的值\(via)\(lead)。"
        }
        if let link = r.link, let note = LinkTable.note(link, language: .zh) { text += "\n注意：\(note)" }
        return text + "\n"
    }

    private static func english(_ r: GoalSeekResult, _ goal: Double?) -> String {
        let t = r.target
        let head = "\(t.id) \(t.indicator): "
        let lead = t.lead.isEmpty ? "" : "; lead \(t.lead.joined(separator: ", "))"
        let via = r.link.map { " (through the link \(r.series) → \($0.series))" } ?? ""
        let months = r.variable == .quarterGrowth ? quarters(r.months, .en) : "months \(r.months.lowerBound)–\(r.months.upperBound)"
        let reach = goal.map { "for P(meet) = \(fixed($0, 2))" } ?? "for the median on the target"
        var text: String
        switch (r.reason, r.value) {
        case (.annualOnly?, _):
            let figure = t.value.map { "\(t.kind == .growthRate && t.direction == .decrease ? "a fall of " : "")\(numberText($0)) \(t.unit) (\(t.comparator.rawValue))" } ?? "the target"
            text = head + "published once a year (\(r.series)), so there are no months to vary; the year's figure must be \(figure)\(lead)."
        case (.alreadyMet?, _):
            text = head + "already met: any value in \(months) within the searched range gives \(reach.dropFirst(4))\(lead)."
        case (_, let x?):
            let who = r.series == t.series ? "" : " of \(r.seriesName)"
            let most = t.comparator == .atMost ? "at most " : ""
            switch r.variable {
            case .monthGrowth: text = head + "growth\(who) of \(most)\(fixed(x)) % a month (on the same month last year) in \(months)\(via)"
            case .quarterGrowth: text = head + "growth\(who) of \(most)\(fixed(x)) % (on the same quarter last year) in \(months)\(via)"
            case .monthAmount: text = head + "\(fixed(x)) \(t.unit) a month in \(months)\(via)"
            case .level: text = head + "a level of \(most)\(fixed(x, 2)) \(t.unit) in \(months)\(via)"
            }
            text += " \(reach)"
            if let p = r.probability, goal == nil { text += " (P(meet) then \(fixed(p, 2)))" }
            text += lead + "."
            if let h = r.historicalMaximum {
                text += r.isUnprecedented ? " Beyond the highest in those months of past years, \(fixed(h)) %."
                                          : " The highest in those months of past years: \(fixed(h)) %."
            }
        default:
            text = head + "no value in the searched range in \(months) reaches \(reach.dropFirst(4))\(via)\(lead)."
        }
        if let link = r.link, let note = LinkTable.note(link, language: .en) { text += "\nwarning: \(note)" }
        return text + "\n"
    }

    /// The quarters a month range covers: 四季度, 三、四季度; Q4, Q3–Q4.
    private static func quarters(_ months: ClosedRange<Int>, _ language: Language) -> String {
        let range = ((months.lowerBound + 2) / 3)...4
        let names = ["一", "二", "三", "四"]
        if language == .zh { return range.map { names[$0 - 1] }.joined(separator: "、") + "季度" }
        return range.count == 1 ? "Q\(range.lowerBound)" : "Q\(range.lowerBound)–Q4"
    }

    private static func fixed(_ value: Double, _ decimals: Int = 1) -> String {
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
