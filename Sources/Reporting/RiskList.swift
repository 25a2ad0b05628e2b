import Projection
import Risk
import TargetModel
import TextFormats

/// The risk list: one row per target, the columns of the `risks` export.
public enum RiskList {
    /// Column keys, in order (the English CSV header and the JSON keys).
    public static let keys = [
        "id", "section", "indicator", "target", "comparator", "value", "unit", "latest_period",
        "latest_value", "projection", "p10", "p90", "probability", "status", "required_pace",
        "pace_so_far", "unprecedented", "lead", "co", "change", "news",
        "history_years", "sufficiency", "warnings", "explanation",
    ]

    /// The Chinese header, column for column.
    public static let chineseHeaders = [
        "编号", "条目", "指标", "目标", "比较方式", "目标值", "单位", "最新期",
        "最新值", "预计全年", "P10", "P90", "完成概率", "状态", "所需月度进度",
        "已有进度", "前所未有", "牵头单位", "协办单位", "较上月变化", "动态",
        "历史年数", "数据充分性", "提示", "说明",
    ]

    /// The table for a month's assessments, riskiest first unless `order` says otherwise; each
    /// row is made when read.
    ///
    /// Numbers are rounded for reading: probabilities to 3 places, everything else to 2. In JSON
    /// the status and the comparator are always English codes; in CSV they are in the table's
    /// language (`难以完成`, `左右`). A milestone's latest value (its state's code) is left out:
    /// its status says it.
    public static func table(_ assessments: [TargetAssessment], language: Language,
                             order: RiskOrder = .riskiestFirst) -> ReportTable {
        let positions = order.positions(assessments)
        return ReportTable(keys: keys, headers: language == .zh ? chineseHeaders : keys,
                           rows: RowSource(count: positions.count) { row(assessments[positions[$0]], language: language) },
                           language: language)
    }

    static func row(_ a: TargetAssessment, language: Language) -> [ReportField] {
        let t = a.target, p = a.projection, d = p.distribution
        func amount(_ x: Double?) -> ReportField { .number(x.map { roundedValue($0, decimals: 2) }) }
        return [
            .text(t.id), .text(t.section), .text(t.indicator), .text(t.targetText),
            .coded(code: t.comparator.rawValue, label: language.word(for: t.comparator)),
            .number(t.value), .text(t.unit), .text(p.latestPeriod?.description ?? ""),
            amount(t.kind == .milestone ? nil : p.latestValue), amount(p.projection), amount(d?.quantile(0.1)), amount(d?.quantile(0.9)),
            .number(a.probability.map { roundedValue($0, decimals: 3) }),
            .coded(code: a.status.rawValue, label: language.word(for: a.status)),
            amount(a.pace?.required), amount(a.pace?.soFar), .flag(a.pace?.unprecedented),
            .text(t.lead.joined(separator: "、")), .text(t.co.joined(separator: "、")),
            amount(a.news?.projectionChange), .text(a.news.map { newsText($0, language: language) } ?? ""),
            .number(p.interval == .none ? nil : Double(p.historyYears)),
            .coded(code: p.sufficiency == .none ? "" : p.sufficiency.rawValue, label: language.word(for: p.sufficiency)),
            .text(p.warnings.joined(separator: "; ")),
            .text(a.explanation.map { explanationText($0, language: language) } ?? ""),
        ]
    }

    /// Why P disagrees with the paces, in a sentence ("last year 10–12月 brought only 8 % of the year's total").
    public static func explanationText(_ e: PaceExplanation, language: Language) -> String {
        let rest = e.month + 1 == 12 ? "12月" : "\(e.month + 1)–12月"
        if let share = e.lastYearRemainingShare {
            let percent = numberText(share * 100)
            return e.aheadOfPace
                ? language.pick("去年\(rest)仅完成全年的\(percent)%", "last year \(rest) brought only \(percent) % of the year's total")
                : language.pick("去年\(rest)完成了全年的\(percent)%", "last year \(rest) brought \(percent) % of the year's total")
        }
        if let pace = e.lastYearRestPace {
            let shown = numberText(pace)
            return language.pick("去年\(rest)的进度为\(shown)", "last year \(rest) ran at \(shown)")
        }
        return e.aheadOfPace
            ? language.pick("进度领先，但预计后几个月放缓", "ahead of pace so far, but the projection expects the rest of the year to slow")
            : language.pick("进度落后，但预计后几个月加快", "behind pace so far, but the projection expects the rest of the year to speed up")
    }

    /// What changed since last month, in a sentence: the status move and each surprise.
    public static func newsText(_ news: TargetNews, language: Language) -> String {
        var parts: [String] = []
        if news.statusChanged, let before = news.previousStatus {
            parts.append(language.pick("状态", "status") + " "
                         + language.word(for: before) + "→" + language.word(for: news.status))
        }
        for s in news.surprises {
            let shown = numberText(s.surprise)
            let signed = (roundedValue(s.surprise, decimals: 2) > 0 ? "+" : "") + shown
            parts.append(language.pick(
                "\(s.period)发布\(numberText(s.released))，预期\(numberText(s.expected))（\(signed)）",
                "\(s.period) released \(numberText(s.released)) vs expected \(numberText(s.expected)) (\(signed))"))
        }
        return parts.joined(separator: language.pick("；", "; "))
    }
}
