import Projection
import Risk
import Scenarios
import TargetModel
import TextFormats
import Workbook

/// The month's results as an Excel workbook: sheets 风险清单 (riskiest first, statuses coloured by
/// conditional formats, numbers formatted with their units), 部门汇总, 预测明细 and, with
/// scenarios, 情景对比. Every sheet has a frozen header row and an autofilter.
///
/// ```swift
/// try ReportWorkbook.workbook(asOf: month, assessments: a, departments: d, language: .zh).write(to: "2013-09.xlsx")
/// ```
public enum ReportWorkbook {
    public static func workbook(asOf: Period, assessments: [TargetAssessment], departments: [DepartmentSummary],
                                language: Language, scenarios: ScenarioComparison? = nil) -> Workbook {
        var sheets = [riskSheet(assessments, language: language),
                      plainSheet(DepartmentTable.table(departments, language: language),
                                 name: language.pick("部门汇总", "Departments"),
                                 formats: ["expected_misses": .amount(decimals: 2, unit: "")]),
                      projectionSheet(assessments, language: language)]
        if let scenarios {
            let probability = NumberFormat.probability
            sheets.append(plainSheet(ScenarioTable.table(scenarios, language: language),
                                     name: language.pick("情景对比", "Scenarios"),
                                     formats: ["baseline_probability": probability, "probability": probability,
                                               "probability_change": NumberFormat(code: "+0%;-0%;0%")],
                                     statusColumns: ["baseline_status", "status"]))
        }
        return Workbook(sheets: sheets)
    }

    /// The risk list with each number in its target's unit.
    static func riskSheet(_ assessments: [TargetAssessment], language l: Language) -> Sheet {
        let header = { (zh: String, en: String, width: Double) in Column(header: l.pick(zh, en), width: width) }
        var columns = [header("编号", "id", 7), header("指标", "indicator", 28), header("目标", "target", 12),
                       header("最新期", "latest period", 10), header("最新值", "latest", 12), header("预计全年", "projection", 12),
                       header("P10", "p10", 11), header("P90", "p90", 11), header("差距", "shortfall", 14),
                       header("差距程度", "gap", 10), header("完成概率", "P(meet)", 10), header("状态", "status", 10),
                       header("所需月度进度", "required pace", 14), header("已有进度", "pace so far", 12),
                       header("前所未有", "unprecedented", 9), header("牵头单位", "lead", 18), header("协办单位", "co", 18),
                       header("较上月变化", "change", 12), header("动态", "news", 40)]
        columns[10].format = .probability
        let gapUnit = l.pick("个百分点", " pp")
        let formats = UnitFormats(assessments, gapUnit: gapUnit)
        let order = RiskOrder.riskiestFirst.positions(assessments)
        let rows = RowSource(count: order.count) { r -> [Cell] in
            let a = assessments[order[r]], t = a.target, p = a.projection, d = p.distribution
            let unitFormat = formats.amount(t.unit)
            let gapFormat = formats.amount(t.unit == "%" ? gapUnit : t.unit)
            func amount(_ x: Double?) -> Cell { x.map { .amount(roundedValue($0, decimals: 2), unitFormat) } ?? .empty }
            let gap = TargetGap(a)
            let change = a.news?.projectionChange.map { Cell.amount(roundedValue($0, decimals: 2), signed(gapFormat)) } ?? .empty
            return [
                .text(t.id), .text(t.indicator), .text(t.targetText), text(p.latestPeriod?.description ?? ""),
                amount(t.kind == .milestone ? nil : p.latestValue), amount(p.projection),
                amount(d?.quantile(0.1)), amount(d?.quantile(0.9)),
                gap.map { .amount(roundedValue($0.shortfall, decimals: 2), gapFormat) } ?? .empty,
                gap.map { .text($0.severity.word(l)) } ?? .empty,
                a.probability.map { .number(roundedValue($0, decimals: 3)) } ?? .empty,
                .text(l.word(for: a.status)),
                paceCell(a.pace?.required, a, formats), paceCell(a.pace?.soFar, a, formats),
                a.pace?.unprecedented.map { .text(l.word(for: $0)) } ?? .empty,
                text(t.lead.joined(separator: "、")), text(t.co.joined(separator: "、")), change,
                text(a.news.map { RiskList.newsText($0, language: l) } ?? ""),
            ]
        }
        return Sheet(name: l.pick("风险清单", "Risks"), columns: columns, rows: rows,
                     highlights: statusHighlights(column: 11, language: l))
    }

    /// A pace: growth in % on the same months last year, or a monthly amount in the target's unit.
    private static func paceCell(_ value: Double?, _ a: TargetAssessment, _ formats: UnitFormats) -> Cell {
        guard let value, let pace = a.pace else { return .empty }
        let unit = pace.scale == .growth ? "%" : a.target.unit
        return .amount(roundedValue(value, decimals: 2), formats.amount(unit))
    }

    /// Each target's predictive distribution: the quantiles, the model and P(meet).
    static func projectionSheet(_ assessments: [TargetAssessment], language l: Language) -> Sheet {
        let names: [(String, String, Double)] = [("编号", "id", 7), ("指标", "indicator", 28), ("目标", "target", 12),
                                                 ("模型", "model", 12), ("P2.5", "p2.5", 11), ("P10", "p10", 11),
                                                 ("中位预测", "median", 11), ("P90", "p90", 11), ("P97.5", "p97.5", 11),
                                                 ("完成概率", "P(meet)", 10), ("状态", "status", 10)]
        var columns = names.map { Column(header: l.pick($0.0, $0.1), width: $0.2) }
        columns[9].format = .probability
        let formats = UnitFormats(assessments)
        let projected = RiskOrder.riskiestFirst.positions(assessments).filter { assessments[$0].projection.distribution != nil }
        let rows = RowSource(count: projected.count) { r -> [Cell] in
            let a = assessments[projected[r]], d = a.projection.distribution!
            let unit = formats.amount(a.target.unit)
            let quantiles = [0.025, 0.1, 0.5, 0.9, 0.975].map { q -> Cell in
                let v = q == 0.5 ? d.median : d.quantile(q)
                return v.isFinite ? .amount(roundedValue(v, decimals: 2), unit) : .empty
            }
            return [.text(a.target.id), .text(a.target.indicator), .text(a.target.targetText), .text(a.projection.source.label)]
                + quantiles
                + [a.probability.map { .number(roundedValue($0, decimals: 3)) } ?? .empty, .text(l.word(for: a.status))]
        }
        return Sheet(name: l.pick("预测明细", "Projections"), columns: columns, rows: rows,
                     highlights: statusHighlights(column: 10, language: l))
    }

    /// A report table as a sheet: lists joined with `；`, flags as words, numbers in the column's format.
    static func plainSheet(_ table: ReportTable, name: String, formats: [String: NumberFormat],
                           statusColumns: [String] = []) -> Sheet {
        let columns = zip(table.keys, table.headers).map { key, header in
            Column(header: header, width: max(8, min(30, Double(header.count) * 2 + 2)), format: formats[key] ?? .general)
        }
        let rows = RowSource(count: table.rows.count) { r in
            table.rows[r].map { field -> Cell in
                switch field {
                case let .text(s): return text(s)
                case let .number(v): return v.flatMap { $0.isFinite ? Cell.number($0) : nil } ?? .empty
                case let .flag(f): return f.map { .text(table.language.word(for: $0)) } ?? .empty
                case let .list(items): return text(items.joined(separator: "；"))
                case let .coded(_, label): return text(label)
                }
            }
        }
        let highlights = statusColumns.compactMap { table.keys.firstIndex(of: $0) }
            .flatMap { statusHighlights(column: $0, language: table.language) }
        return Sheet(name: name, columns: columns, rows: rows, highlights: highlights)
    }

    /// Red for off track and late, amber for at risk, green for met or on track.
    static func statusHighlights(column: Int, language: Language) -> [Highlight] {
        let colours: [(Status, Color, Color)] = [
            (.offTrack, .lightRed, .darkRed), (.late, .lightRed, .darkRed), (.atRisk, .lightAmber, .darkAmber),
            (.onTrack, .lightGreen, .darkGreen), (.achieved, .lightGreen, .darkGreen), (.done, .lightGreen, .darkGreen),
        ]
        return colours.map { Highlight(column: column, equals: language.word(for: $0.0), fill: $0.1, font: $0.2) }
    }

    private static func text(_ s: String) -> Cell { s.isEmpty ? .empty : .text(s) }

    private static func signed(_ f: NumberFormat) -> NumberFormat {
        NumberFormat(code: "+" + f.code + ";-" + f.code + ";" + f.code)
    }
}

extension NumberFormat {
    /// A probability stored as 0–1, in whole percent with `<1%` and `>99%` at the ends (as on the page).
    static let probability = NumberFormat(code: #"[<0.005]"<1%";[>0.995]">99%";0%"#)
}

/// Two-decimal amount formats by unit, each made once per sheet (a national catalog has a
/// million targets and a handful of units).
private struct UnitFormats: Sendable {
    private let made: [String: NumberFormat]

    /// The formats of every unit of these targets, made once (a national sheet has a million
    /// rows and a few units), with the percent sign's and `gapUnit`'s.
    init(_ assessments: [TargetAssessment], gapUnit: String = "") {
        var units = Set(assessments.map(\.target.unit))
        units.formUnion(["%", gapUnit])
        made = Dictionary(uniqueKeysWithValues: units.map { ($0, NumberFormat.amount(decimals: 2, unit: $0)) })
    }

    func amount(_ unit: String) -> NumberFormat {
        made[unit] ?? NumberFormat.amount(decimals: 2, unit: unit)
    }
}
