import Projection
import Risk
import Scenarios
import TargetModel

/// The what-if page: what each scenario assumes, the targets whose status a scenario changes
/// (first) and those whose projection moves, and for each of these the scenarios' fans drawn
/// over the baseline's. It does not repeat the baseline report.
public struct ScenarioPage: Sendable {
    public var comparison: ScenarioComparison
    /// The scenarios compared, in the comparison's order, for their assumptions.
    public var scenarios: [Scenario]
    public var language: Language
    /// Inline assets for a file (the default), linked ones and a navigation bar for a server.
    public var embedding: HTMLEmbedding = .standalone

    public init(comparison: ScenarioComparison, scenarios: [Scenario], language: Language) {
        self.comparison = comparison
        self.scenarios = scenarios
        self.language = language
    }

    public var html: String {
        let l = language
        let title = l.pick("情景分析", "Scenarios") + " · " + l.pick("截至", "as of ") + comparison.asOf.description
        let hint = l.pick("情景只改变假设的月份与指标，其余数据与基准相同；基准为截至同月的正式预测。",
                          "A scenario changes only the months and series it assumes; everything else is the baseline, the projection as of the same month.")
        let body = ["<h2>\(l.pick("情景假设", "Assumptions"))</h2>", assumptions,
                    "<h2>\(l.pick("受影响的目标", "Targets affected"))</h2>", #"<p class="hint">\#(escapedHTML(hint))</p>"#, changes,
                    HTMLDocument.legend(l), #"<h2>\#(l.pick("情景与基准的预测区间", "Scenario ranges over the baseline's"))</h2><div class="charts">"#, charts, "</div>"]
        return HTMLDocument.page(title: title, language: l, body: body.joined(separator: "\n"), embedding: embedding)
    }

    /// Rows whose projection any scenario moves: status changes first, then by the largest move in P.
    var affected: [ScenarioComparison.Row] {
        let moved = comparison.rows.filter { row in
            row.baseline.projection.projection != nil
                && row.projectionChanges.contains { ($0.map { abs(roundedValue($0, decimals: 2)) } ?? 0) > 0 }
        }
        func statusChanged(_ row: ScenarioComparison.Row) -> Bool { row.scenarios.contains { $0.status != row.baseline.status } }
        func largestMove(_ row: ScenarioComparison.Row) -> Double { row.probabilityChanges.compactMap { $0.map(abs) }.max() ?? 0 }
        return moved.enumerated().sorted { a, b in
            let (x, y) = (a.element, b.element)
            if statusChanged(x) != statusChanged(y) { return statusChanged(x) }
            if largestMove(x) != largestMove(y) { return largestMove(x) > largestMove(y) }
            return a.offset < b.offset
        }.map(\.element)
    }

    private var assumptions: String {
        let l = language
        let indicators = Dictionary(comparison.rows.compactMap { r in r.target.series.map { ($0, r.target.indicator) } },
                                    uniquingKeysWith: { a, _ in a })
        let columns = [HTMLColumn("scenario", l.pick("情景", "scenario")), HTMLColumn("series", l.pick("指标（序列）", "series")),
                       HTMLColumn("months", l.pick("月份", "months")), HTMLColumn("assumption", l.pick("假设", "assumption"))]
        var rows: [HTMLTable.Row] = []
        for s in scenarios {
            for shock in s.shocks {
                let months = shock.months.map { l.pick("\($0.lowerBound)–\($0.upperBound)月", "\(ChartFrame.monthLabel($0.lowerBound, l))–\(ChartFrame.monthLabel($0.upperBound, l))") }
                    ?? l.pick("其余各月", "every month to come")
                let series = indicators[shock.series].map { "\($0)（\(shock.series)）" } ?? shock.series
                rows.append(HTMLTable.Row(cells: [HTMLCell(s.name), HTMLCell(series), HTMLCell(months), HTMLCell(text(shock.kind))],
                                          cls: "assumption-row", departments: []))
            }
            for o in s.targetOverrides {
                rows.append(HTMLTable.Row(cells: [HTMLCell(s.name), HTMLCell(o.id), HTMLCell(""),
                                                  HTMLCell(l.pick("目标改为 ", "target set to ") + numberText(o.value))],
                                          cls: "assumption-row", departments: []))
            }
        }
        return HTMLTable(id: "assumption-table", columns: columns, rows: rows, initialSort: nil).html
    }

    private func text(_ kind: Shock.Kind) -> String {
        let l = language
        func signed(_ v: Double) -> String { (v > 0 ? "+" : "") + numberText(v) }
        switch kind {
        case let .monthGrowth(g): return l.pick("当月同比 \(signed(g))%", "each month \(signed(g)) % on the same month last year")
        case let .monthValue(v): return l.pick("当月值 \(numberText(v))", "each month's amount \(numberText(v))")
        case let .addPercentagePoints(pp): return l.pick("全年增速较预测 \(signed(pp)) 个百分点", "\(signed(pp)) pp on the projected growth")
        case let .scale(k): return l.pick("余下各月数量 ×\(numberText(k))", "amounts to come ×\(numberText(k))")
        case let .annualValue(v): return l.pick("全年值 \(numberText(v))", "the year's value \(numberText(v))")
        }
    }

    private var changes: String {
        let l = language
        let rows = affected
        guard !rows.isEmpty else { return #"<p class="calm">\#(l.pick("没有目标的预测因情景而改变。", "No scenario moves any target's projection."))</p>"# }
        let names = comparison.scenarioNames
        let columns = [HTMLColumn("indicator", l.pick("指标", "indicator")), HTMLColumn("target", l.pick("目标", "target")),
                       HTMLColumn("baseline", l.pick("基准预计", "baseline"), tip: HTMLDocument.meaning(.projection, l), numeric: true),
                       HTMLColumn("baseline-p", l.pick("基准 P", "baseline P"), tip: HTMLDocument.meaning(.probability, l), numeric: true),
                       HTMLColumn("baseline-status", l.pick("基准状态", "baseline status"))]
            + names.enumerated().flatMap { k, name in
                [HTMLColumn("s\(k)-projection", "\(name)：" + l.pick("预计", "projection"), numeric: true),
                 HTMLColumn("s\(k)-p", "\(name)：P", numeric: true), HTMLColumn("s\(k)-status", "\(name)：" + l.pick("状态", "status"))]
            }
        let html = rows.map { row -> HTMLTable.Row in
            let unit = row.target.unit
            func outcome(_ a: TargetAssessment, change: Double?) -> [HTMLCell] {
                let projection = a.projection.projection.map { p in
                    HTMLCell(UnitText.amount(p, unit: unit) + (change.map { c in
                        roundedValue(c, decimals: 2) == 0 ? "" : "（" + (c > 0 ? "+" : "") + UnitText.difference(c, unit: unit, language: l) + "）"
                    } ?? ""), sort: p)
                } ?? HTMLCell("")
                let changed = a.status != row.baseline.status ? " changed" : ""
                return [projection, HTMLCell(a.probability.map(probabilityText) ?? "", sort: a.probability),
                        HTMLCell(html: #"<span class="status \#(a.status.rawValue)\#(changed)">\#(escapedHTML(l.word(for: a.status)))</span>"#)]
            }
            let cells = [HTMLCell(html: #"<span class="id">\#(escapedHTML(row.target.id))</span> \#(escapedHTML(row.target.indicator))"#),
                         HTMLCell(row.target.targetText)]
                + outcome(row.baseline, change: nil)
                + zip(row.scenarios, row.projectionChanges).flatMap { outcome($0, change: $1) }
            let statusChanged = row.scenarios.contains { $0.status != row.baseline.status }
            return HTMLTable.Row(cells: cells, cls: "scenario-row" + (statusChanged ? " status-changed" : ""), departments: row.target.departments)
        }
        return HTMLTable(id: "scenario-table", columns: columns, rows: html, initialSort: nil).html
    }

    /// Per affected target: the baseline's 95 % and 80 % ranges and each scenario's beside them.
    private var charts: String {
        affected.compactMap { row -> String? in
            guard let base = row.baseline.projection.distribution else { return nil }
            let t = row.target
            let outcomes = [(language.pick("基准", "baseline"), base, true, row.baseline.target)]
                + zip(comparison.scenarioNames, row.scenarios).compactMap { name, a in a.projection.distribution.map { (name, $0, false, a.target) } }
            let side = GoodSide(t)
            let lines = side.map(\.lines) ?? []
            let frame = ChartFrame(values: outcomes.flatMap { [$0.1.quantile(0.025), $0.1.quantile(0.975)] + (GoodSide($0.3).map(\.lines) ?? []) } + lines)
            let y = frame.y
            var svg = ChartFrame.open("scenario-chart", target: t.id, label: t.indicator) + frame.grid(unit: t.unit, language: language)
            if let side { svg += frame.target(side, label: language.pick("目标", "target")) }
            for (k, o) in outcomes.enumerated() {
                let x = ChartFrame.x(slot: Double(k), of: outcomes.count)
                let (band, dot) = o.2 ? ("band", "projection") : ("scenario-band", "scenario-median")
                let d = o.1
                svg += #"<rect class="band-95 \#(band)" x="\#(f(x - 14))" y="\#(f(y(d.quantile(0.975))))" width="28" height="\#(f(y(d.quantile(0.025)) - y(d.quantile(0.975))))"/>"#
                svg += #"<rect class="band-80 \#(band)" x="\#(f(x - 14))" y="\#(f(y(d.quantile(0.9))))" width="28" height="\#(f(y(d.quantile(0.1)) - y(d.quantile(0.9))))"/>"#
                let tip = o.0 + " " + UnitText.amount(d.median, unit: t.unit) + "（P10–P90 \(numberText(d.quantile(0.1)))–\(UnitText.amount(d.quantile(0.9), unit: t.unit))）"
                svg += #"<circle class="\#(dot)" cx="\#(f(x))" cy="\#(f(y(d.median)))" r="4"><title>\#(escapedHTML(tip))</title></circle>"#
                // A scenario that judges the target against another value draws its own target.
                if let own = GoodSide(o.3), own != side {
                    for v in own.lines {
                        svg += #"<line class="target-line scenario-target" x1="\#(f(x - 22))" x2="\#(f(x + 22))" y1="\#(f(y(v)))" y2="\#(f(y(v)))"/>"#
                    }
                }
                let name = o.0.count > 8 ? String(o.0.prefix(7)) + "…" : o.0
                svg += #"<text class="tick" x="\#(f(x))" y="\#(f(ChartFrame.bottom + 16))" text-anchor="middle"><title>\#(escapedHTML(o.0))</title>\#(escapedHTML(name))</text>"#
            }
            svg += "</svg>"
            let caption = "\(t.id) \(t.indicator) · \(language.pick("目标", "target")) \(t.targetText)"
            return #"<figure class="chart"><figcaption>\#(escapedHTML(caption))</figcaption>\#(svg)</figure>"#
        }.joined(separator: "\n")
    }
}
