import Projection
import Risk
import TargetModel
import TextFormats

/// The monthly report as one self-contained HTML file for the governor's office: inline CSS
/// (with an A4 print stylesheet), inline SVG charts and a few lines of inline script to sort the
/// tables and filter by department. It loads nothing from the network, so it opens offline.
///
/// The first screen shows only what needs a decision: the counts, then the targets off track or
/// at risk — indicator, target, projection and gap with units, P, owner, 完成率 against 时序进度 —
/// most severe gap first. Then a legend of the terms, the milestones by reported state, every
/// quantitative target, the targets without data as a count and a list, the departments and a
/// fan chart (and, when given, a projection-history chart) per target.
/// When its script has run cleanly the page marks `<body data-script="ok">`; a script error
/// writes the message to `data-script-error` instead.
public struct HTMLReport: Sendable {
    public var asOf: Period
    public var assessments: [TargetAssessment]
    public var departments: [DepartmentSummary]
    public var language: Language
    /// The targets' series by id, for last year's path and past years in the charts.
    public var series: [String: SeriesData]
    /// Projection histories by target id, drawn beside the fan charts.
    public var histories: [String: ProjectionHistory]
    /// Set on a department's page: the department the page is about.
    public private(set) var department: String?
    /// Inline assets for a file (the default), linked ones and a navigation bar for a server.
    public var embedding: HTMLEmbedding = .standalone

    public init(asOf: Period, assessments: [TargetAssessment], departments: [DepartmentSummary], language: Language,
                series: [String: SeriesData] = [:], histories: [String: ProjectionHistory] = [:]) {
        self.asOf = asOf
        self.assessments = assessments
        self.departments = departments
        self.language = language
        self.series = series
        self.histories = histories
    }

    /// The page of one department (by the name the catalog uses, e.g. `省住建厅`, or its department
    /// key): its targets as
    /// lead or co-organiser and its rows of the department table; `nil` when it has no target.
    public func departmentPage(_ name: String) -> String? {
        // The department keys this name stands for: itself, or the key of the name as written.
        var keys: Set<String> = [name]
        for t in assessments.map(\.target) {
            for (written, key) in zip(t.lead + t.co, t.leadKeys + t.coKeys) where written == name { keys.insert(key) }
        }
        let own = assessments.filter { !keys.isDisjoint(with: $0.target.departments + $0.target.leadKeys + $0.target.coKeys) }
        guard !own.isEmpty else { return nil }
        var page = self
        page.assessments = own
        page.departments = departments.filter { keys.contains($0.department) }
        page.department = name
        return page.html
    }

    /// The page of one target (by id): its figures with units, its fan chart and, when given, its
    /// projection history, then `appendix` (trusted HTML, such as the department's progress
    /// reports); `nil` for an id the month does not have.
    public func targetPage(_ id: String, appendix: String = "") -> String? {
        guard let a = assessments.first(where: { $0.target.id == id }) else { return nil }
        let l = language, t = a.target
        let title = "\(t.id) \(t.indicator) · " + l.pick("截至", "as of ") + asOf.description
        let facts: [(String, HTMLCell)] = [
            (l.pick("目标", "target"), HTMLCell(t.targetText)), (l.pick("状态", "status"), statusCell(a)),
            (l.pick("预计全年", "projection"), projectionCell(a)), ("P10–P90", bandCell(a)), (l.pick("差距", "gap"), gapCell(a)),
            (l.pick("完成概率 P", "P(meet)"), probabilityCell(a)), (l.pick("完成率 / 时序进度", "done / time elapsed"), completionCell(a)),
            (l.pick("所需月度进度 / 已有进度", "required pace / so far"), paceCell(a)),
            (l.pick("牵头单位", "lead"), HTMLCell(t.lead.joined(separator: "、"))), (l.pick("协办单位", "co"), HTMLCell(t.co.joined(separator: "、"))),
            (l.pick("动态", "news"), HTMLCell(a.news.map { RiskList.newsText($0, language: l) } ?? "")),
        ].filter { !$0.1.html.isEmpty }
        let list = #"<dl class="target-facts">"# + facts.map { "<dt>\(escapedHTML($0.0))</dt><dd>\($0.1.html)</dd>" }.joined() + "</dl>"
        let fan = FanChart(assessment: a, language: l, series: t.series.flatMap { series[$0] }).svg() ?? ""
        let history = histories[id].map { ProjectionHistoryChart.svg($0, language: l) } ?? ""
        let charts = fan.isEmpty && history.isEmpty ? "" : #"<div class="charts"><figure class="chart">\#(fan)</figure>"#
            + (history.isEmpty ? "" : #"<figure class="chart"><figcaption>\#(l.pick("预测演变", "How the projection moved"))</figcaption>\#(history)</figure>"#) + "</div>"
        return HTMLDocument.page(title: title, language: l, body: [list, charts, appendix, HTMLDocument.legend(l)].joined(separator: "\n"),
                                 embedding: embedding)
    }

    /// The whole document.
    public var html: String {
        let l = language
        let scope = department.map { " · " + $0 } ?? ""
        let title = l.pick("目标任务完成风险报告", "Target risk report") + scope + " · " + l.pick("截至", "as of ") + asOf.description
        let body = [headline, departmentFilter,
                    "<h2 id=\"attention\">\(l.pick("需要关注的目标", "Targets needing attention"))</h2>", attentionTable,
                    HTMLDocument.legend(l), milestones, "<h2>\(l.pick("全部量化目标", "Every quantitative target"))</h2>",
                    #"<p class="hint">\#(l.pick("点击表头排序。", "Click a column header to sort."))</p>"#, allTargetsTable, noData,
                    "<h2>\(l.pick("部门汇总", "Departments"))</h2>", departmentTable,
                    "<h2>\(l.pick("走势与预测", "Readings and projections"))</h2>", chartHint, #"<div class="charts">"#, charts, "</div>"]
        return HTMLDocument.page(title: title, language: l, body: body.joined(separator: "\n"), embedding: embedding)
    }

    // MARK: - First screen

    private var monthsElapsed: Int? {
        if case let .month(_, month) = asOf { return month }
        return nil
    }

    private var headline: String {
        let l = language
        let counts = Dictionary(assessments.map { ($0.status, 1) }, uniquingKeysWith: +)
        let misses = assessments.compactMap(\.probability).reduce(0) { $0 + (1 - $1) }
        var cards = [Status.offTrack, .atRisk, .late].map { HTMLDocument.card(l.word(for: $0), "\(counts[$0] ?? 0)", $0.rawValue) }
        cards.append(HTMLDocument.card(l.pick("预计未完成", "expected misses"), numberText(misses, decimals: 1), "misses",
                                       tip: HTMLDocument.meaning(.expectedMisses, l)))
        let calm = [Status.onTrack, .achieved, .inProgress, .notStarted, .done].compactMap { s in
            counts[s].map { "\(l.word(for: s)) \($0)" }
        }
        let schedule = monthsElapsed.map { l.pick("时序进度 ", "time elapsed ") + numberText(Double($0) / 12 * 100, decimals: 0) + "%" }
        let facts = ([l.pick("目标 \(assessments.count) 个", "\(assessments.count) targets")] + (schedule.map { [$0] } ?? []) + calm)
            .map(escapedHTML)
        let noData = ##"<a href="#no-data">"## + escapedHTML(l.pick("无数据 \(counts[.noData] ?? 0)", "no data \(counts[.noData] ?? 0)")) + "</a>"
        return #"<section class="headline">"# + cards.joined() + "</section>\n"
            + #"<p class="facts">"# + (facts + [noData]).joined(separator: " · ") + "</p>"
    }

    private var departmentFilter: String {
        guard department == nil else { return "" }
        let names = Set(assessments.flatMap(\.target.departments)).sorted()
        guard names.count > 1 else { return "" }
        let l = language
        return #"<p class="filter"><label for="department-filter">\#(l.pick("按部门筛选：", "Department: "))</label><select id="department-filter"><option value="">\#(l.pick("全部部门", "all departments"))</option>"#
            + names.map { #"<option value="\#(escapedHTML($0))">\#(escapedHTML($0))</option>"# }.joined() + "</select></p>"
    }

    private enum Columns {
        static func indicator(_ l: Language) -> HTMLColumn { HTMLColumn("indicator", l.pick("指标", "indicator")) }
        static func target(_ l: Language) -> HTMLColumn { HTMLColumn("target", l.pick("目标", "target")) }
        static func projection(_ l: Language) -> HTMLColumn {
            HTMLColumn("projection", l.pick("预计全年", "projection"), tip: HTMLDocument.meaning(.projection, l), numeric: true)
        }
        static func band(_ l: Language) -> HTMLColumn { HTMLColumn("band", "P10–P90", tip: HTMLDocument.meaning(.band, l), numeric: true) }
        static func gap(_ l: Language) -> HTMLColumn {
            HTMLColumn("gap", l.pick("差距", "gap"), tip: HTMLDocument.meaning(.gap, l), numeric: true)
        }
        static func probability(_ l: Language) -> HTMLColumn {
            HTMLColumn("probability", l.pick("完成概率 P", "P(meet)"), tip: HTMLDocument.meaning(.probability, l), numeric: true)
        }
        static func status(_ l: Language) -> HTMLColumn { HTMLColumn("status", l.pick("状态", "status"), numeric: true) }
        static func completion(_ l: Language) -> HTMLColumn {
            HTMLColumn("completion", l.pick("完成率 / 时序进度", "done / time elapsed"), tip: HTMLDocument.meaning(.completion, l), numeric: true)
        }
        static func pace(_ l: Language) -> HTMLColumn {
            HTMLColumn("pace", l.pick("所需月度进度 / 已有进度", "required pace / so far"), tip: HTMLDocument.meaning(.pace, l), numeric: true)
        }
        static func lead(_ l: Language) -> HTMLColumn { HTMLColumn("lead", l.pick("牵头单位", "lead")) }
        static func latest(_ l: Language) -> HTMLColumn { HTMLColumn("latest", l.pick("最新", "latest"), numeric: true) }
        static func change(_ l: Language) -> HTMLColumn {
            HTMLColumn("change", l.pick("较上月", "change"), tip: HTMLDocument.meaning(.change, l), numeric: true)
        }
        static func news(_ l: Language) -> HTMLColumn { HTMLColumn("news", l.pick("动态", "news")) }
    }

    /// Off track and at risk, most severe gap first (`RiskOrder`).
    private var attentionTable: String {
        let l = language
        let risky = RiskOrder.riskiestFirst.sorted(assessments.filter { $0.status == .offTrack || $0.status == .atRisk })
        guard !risky.isEmpty else { return #"<p class="calm">\#(l.pick("没有难以完成或有风险的目标。", "No target is off track or at risk."))</p>"# }
        let columns = [Columns.indicator(l), Columns.target(l), Columns.projection(l), Columns.gap(l), Columns.probability(l),
                       Columns.status(l), Columns.completion(l), Columns.pace(l), Columns.lead(l)]
        let rows = risky.enumerated().map { rank, a in
            HTMLTable.Row(cells: [indicatorCell(a), HTMLCell(a.target.targetText), projectionCell(a), gapCell(a),
                                  probabilityCell(a), statusCell(a, rank: rank), completionCell(a), paceCell(a),
                                  HTMLCell(a.target.lead.joined(separator: "、"))],
                          cls: "attention-row " + a.status.rawValue, departments: a.target.departments)
        }
        return HTMLTable(id: "attention-table", columns: columns, rows: rows, initialSort: nil).html
    }

    // MARK: - Cells

    private func indicatorCell(_ a: TargetAssessment) -> HTMLCell {
        HTMLCell(html: #"<span class="id">\#(escapedHTML(a.target.id))</span> \#(escapedHTML(a.target.indicator))"#)
    }

    private func projectionCell(_ a: TargetAssessment) -> HTMLCell {
        guard let p = a.projection.projection else { return HTMLCell("") }
        return HTMLCell(UnitText.amount(p, unit: a.target.unit), sort: p)
    }

    private func bandCell(_ a: TargetAssessment) -> HTMLCell {
        guard let d = a.projection.distribution else { return HTMLCell("") }
        return HTMLCell(numberText(d.quantile(0.1)) + "–" + UnitText.amount(d.quantile(0.9), unit: a.target.unit), sort: d.quantile(0.1))
    }

    private func gapCell(_ a: TargetAssessment) -> HTMLCell {
        guard let gap = TargetGap(a) else { return HTMLCell("") }
        guard gap.severity != .none else { return HTMLCell(html: #"<span class="gap none">\#(escapedHTML(gap.severity.word(language)))</span>"#, sort: 0) }
        let share = gap.relative.map { language.pick("（目标的", " (") + numberText($0 * 100, decimals: $0 < 0.1 ? 1 : 0) + language.pick("%）", " % of the target)") } ?? ""
        let text = language.pick("差 ", "short by ") + UnitText.difference(gap.shortfall, unit: a.target.unit, language: language) + share
        return HTMLCell(html: escapedHTML(text) + #" <span class="gap \#(Self.severityClass(gap.severity))">\#(escapedHTML(gap.severity.word(language)))</span>"#,
                        sort: gap.relative ?? gap.shortfall)
    }

    /// P(meet), marked 数据不足 (with the years it stands on) where the history is thin.
    private func probabilityCell(_ a: TargetAssessment) -> HTMLCell {
        guard let p = a.probability else { return HTMLCell("") }
        let projection = a.projection
        guard projection.sufficiency == .insufficient else { return HTMLCell(probabilityText(p), sort: p) }
        let years = language.pick("\(projection.historyYears)年历史", "\(projection.historyYears) years of history")
        return HTMLCell(html: escapedHTML(probabilityText(p))
                        + #" <span class="sufficiency insufficient" title="\#(escapedHTML(years))">\#(escapedHTML(language.word(for: .insufficient)))</span>"#,
                        sort: p)
    }

    /// The status badge, coloured by the gap's severity when the target is projected short.
    private func statusCell(_ a: TargetAssessment, rank: Int? = nil) -> HTMLCell {
        let severity = TargetGap(a).map { " " + Self.severityClass($0.severity) } ?? ""
        return HTMLCell(html: #"<span class="status \#(a.status.rawValue)\#(severity)">\#(escapedHTML(language.word(for: a.status)))</span>"#,
                        sort: Double(rank ?? RiskOrder.rank(a.status)))
    }

    /// For an amount target: the share done against the share of the year gone (时间过半、任务过半).
    private func completionCell(_ a: TargetAssessment) -> HTMLCell {
        guard a.target.kind == .level, let ytd = a.yearToDate, ytd.scale == .amount, ytd.year == a.target.year,
              let v = a.target.value, v != 0 else { return HTMLCell("") }
        let done = ytd.latest.value / v, elapsed = Double(ytd.latest.month) / 12
        let cls = done + 1e-9 < elapsed ? "behind" : "ahead"
        return HTMLCell(html: #"<span class="\#(cls)">\#(numberText(done * 100, decimals: 0))%</span> / \#(numberText(elapsed * 100, decimals: 0))%"#,
                        sort: done - elapsed)
    }

    /// Required pace beside the pace so far, with units: % on the same months last year, or an amount a month.
    private func paceCell(_ a: TargetAssessment) -> HTMLCell {
        guard let pace = a.pace else { return HTMLCell("") }
        let l = language
        let unit = pace.scale == .growth ? "%" : a.target.unit + l.pick("/月", "/month")
        var html = escapedHTML(UnitText.amount(pace.required, unit: unit) + " / " + UnitText.amount(pace.soFar, unit: unit))
        if pace.unprecedented == true {
            let best = pace.needsAtLeast ? pace.history.values.max() : pace.history.values.min()
            let tip = HTMLDocument.meaning(.unprecedented, l)
                + (best.map { l.pick("（往年同期最好 ", " (best in past years ") + UnitText.amount($0, unit: unit) + l.pick("）", ")") } ?? "")
            html += #" <span class="flag" title="\#(escapedHTML(tip))">\#(l.pick("前所未有", "unprecedented"))</span>"#
        }
        return HTMLCell(html: html, sort: pace.required)
    }

    private static func severityClass(_ s: GapSeverity) -> String {
        switch s {
        case .none: return "gap-none"
        case .slight: return "gap-slight"
        case .moderate: return "gap-moderate"
        case .severe: return "gap-severe"
        }
    }

    // MARK: - Further down

    /// Milestones grouped by reported state, late first; milestones without a report are among the
    /// targets without data.
    private var milestones: String {
        let l = language
        let groups: [Status] = [.late, .notStarted, .inProgress, .done]
        let ms = assessments.filter { $0.target.kind == .milestone && groups.contains($0.status) }
        guard !ms.isEmpty else { return "" }
        let sections = groups.compactMap { s -> String? in
            let these = ms.filter { $0.status == s }
            guard !these.isEmpty else { return nil }
            let items = these.map { a in
                #"<li data-departments="\#(escapedHTML(a.target.departments.joined(separator: "|")))"><span class="id">\#(escapedHTML(a.target.id))</span> \#(escapedHTML(a.target.indicator))"#
                    + #" <span class="owner">\#(escapedHTML(a.target.lead.joined(separator: "、")))</span></li>"#
            }.joined()
            return #"<div class="milestone-group \#(s.rawValue)"><h3><span class="status \#(s.rawValue)">\#(escapedHTML(l.word(for: s)))</span> \#(these.count)</h3><ul>\#(items)</ul></div>"#
        }
        return "<h2 id=\"milestones\">\(l.pick("重点工作（里程碑）", "Milestones"))</h2>\n" + #"<div class="milestones">"# + sections.joined() + "</div>"
    }

    private var allTargetsTable: String {
        let l = language
        let quantitative = RiskOrder.riskiestFirst.sorted(assessments.filter { $0.target.kind != .milestone && $0.status != .noData })
        let columns = [Columns.indicator(l), Columns.target(l), Columns.latest(l), Columns.projection(l), Columns.band(l),
                       Columns.gap(l), Columns.probability(l), Columns.status(l), Columns.pace(l), Columns.lead(l),
                       Columns.change(l), Columns.news(l)]
        let rows = quantitative.map { a -> HTMLTable.Row in
            let p = a.projection
            let latest = p.latestValue.map { HTMLCell(UnitText.amount($0, unit: a.target.unit) + "（\(p.latestPeriod?.description ?? "")）", sort: $0) } ?? HTMLCell("")
            let change = a.news?.projectionChange.map { c in
                HTMLCell((roundedValue(c, decimals: 2) > 0 ? "+" : "") + UnitText.difference(c, unit: a.target.unit, language: l), sort: c)
            } ?? HTMLCell("")
            return HTMLTable.Row(cells: [indicatorCell(a), HTMLCell(a.target.targetText), latest, projectionCell(a), bandCell(a),
                                         gapCell(a), probabilityCell(a), statusCell(a), paceCell(a),
                                         HTMLCell(a.target.lead.joined(separator: "、")), change,
                                         HTMLCell(a.news.map { RiskList.newsText($0, language: l) } ?? "")],
                                 cls: "risk-row " + a.status.rawValue, departments: a.target.departments)
        }
        return HTMLTable(id: "risk-table", columns: columns, rows: rows, initialSort: Columns.probability(l)).html
    }

    /// Targets without data: a count, and the list folded away.
    private var noData: String {
        let l = language
        let none = assessments.filter { $0.status == .noData }
        guard !none.isEmpty else { return "" }
        let items = none.map { a in
            #"<li data-departments="\#(escapedHTML(a.target.departments.joined(separator: "|")))"><span class="id">\#(escapedHTML(a.target.id))</span> \#(escapedHTML(a.target.indicator)) \#(escapedHTML(a.target.targetText))"#
                + #" <span class="owner">\#(escapedHTML(a.target.lead.joined(separator: "、")))</span></li>"#
        }.joined()
        return #"<details id="no-data" class="no-data"><summary>\#(escapedHTML(l.pick("无数据的目标 \(none.count) 个（未关联数据或尚未报告）", "\(none.count) targets without data (no linked series or no report yet)")))</summary><ul>\#(items)</ul></details>"#
    }

    private var departmentTable: String {
        let l = language
        let byId = Dictionary(assessments.map { ($0.target.id, $0.target.indicator) }, uniquingKeysWith: { a, _ in a })
        let statuses: [Status] = [.offTrack, .atRisk, .late, .onTrack, .achieved, .noData]
        let columns = [HTMLColumn("department", l.pick("部门", "department")), HTMLColumn("role", l.pick("角色", "role")),
                       HTMLColumn("targets", l.pick("目标数", "targets"), numeric: true)]
            + statuses.map { HTMLColumn($0.rawValue, l.word(for: $0), numeric: true) }
            + [HTMLColumn("misses", l.pick("预计未完成数", "expected misses"), tip: HTMLDocument.meaning(.expectedMisses, l), numeric: true),
               HTMLColumn("risky", l.pick("风险目标", "targets at risk"))]
        let rows = departments.map { s in
            let risky = s.atRiskIDs.map { "\($0) \(byId[$0] ?? "")" }.joined(separator: "；")
            return HTMLTable.Row(cells: [HTMLCell(s.department), HTMLCell(l.word(for: s.role)), HTMLCell("\(s.targetCount)", sort: Double(s.targetCount))]
                                 + statuses.map { HTMLCell("\(s.count($0))", sort: Double(s.count($0))) }
                                 + [HTMLCell(numberText(s.expectedMisses), sort: s.expectedMisses), HTMLCell(risky)],
                                 cls: "department-row", departments: [s.department])
        }
        return HTMLTable(id: "department-table", columns: columns, rows: rows, initialSort: nil).html
    }

    private var chartHint: String {
        let text = language.pick(
            "实线与圆点为今年累计数据，灰色虚线为去年同期，浅色与深色扇面为至12月的95%与80%预测区间，虚线为中位预测；红线为目标，绿色一侧为完成目标的一侧。年度指标按年份绘制。",
            "Solid line and dots: this year's year-to-date readings; grey dashed: last year; light and dark fans: 95 % and 80 % projection bands to December; dashed: median; red: the target, with the side that meets it shaded green. Annual figures are drawn by year.")
        return #"<p class="hint">\#(escapedHTML(text))</p>"#
    }

    private var charts: String {
        RiskOrder.riskiestFirst.sorted(assessments).compactMap { a -> String? in
            let t = a.target
            guard let svg = FanChart(assessment: a, language: language, series: t.series.flatMap { series[$0] }).svg() else { return nil }
            let caption = "\(t.id) \(t.indicator) · \(language.pick("目标", "target")) \(t.targetText)"
                + (a.probability.map { " · P " + probabilityText($0) } ?? "")
            let history = histories[t.id].map { ProjectionHistoryChart.svg($0, language: language) } ?? ""
            return #"<figure class="chart" id="chart-\#(escapedHTML(t.id))" data-departments="\#(escapedHTML(t.departments.joined(separator: "|")))"><figcaption>\#(escapedHTML(caption))</figcaption>\#(svg)\#(history)</figure>"#
        }.joined(separator: "\n")
    }
}
