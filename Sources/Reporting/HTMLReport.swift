import Projection
import Risk
import Scenarios
import TargetModel
import TextFormats

/// The monthly report as one self-contained HTML file: inline CSS, inline SVG charts and a few
/// lines of inline script to sort the tables. It loads nothing from the network, so it opens
/// offline; Chinese text uses whatever CJK font the reader's system has.
///
/// Sections: headline counts by status and expected misses, the risk table (sortable by any
/// column; the script sorts it by P(meet), lowest first, when the page opens), the department
/// table (sortable), and one fan chart per target that has a projection.
/// When its script has run cleanly the page marks `<body data-script="ok">`; a script error
/// writes the message to `data-script-error` instead.
public struct HTMLReport: Sendable {
    public var asOf: Period
    public var assessments: [TargetAssessment]
    public var departments: [DepartmentSummary]
    public var language: Language
    /// What-if scenarios beside the baseline; when given the report gains a scenario section.
    public var scenarios: ScenarioComparison?

    public init(asOf: Period, assessments: [TargetAssessment], departments: [DepartmentSummary], language: Language,
                scenarios: ScenarioComparison? = nil) {
        self.asOf = asOf
        self.assessments = assessments
        self.departments = departments
        self.language = language
        self.scenarios = scenarios
    }

    /// The whole document.
    public var html: String {
        let l = language
        let title = l.pick("目标任务完成风险报告", "Target risk report") + " · " + l.pick("截至", "as of ") + asOf.description
        return """
        <!DOCTYPE html>
        <html lang="\(l.pick("zh-CN", "en"))">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escapedHTML(title))</title>
        <style>\(HTMLReport.css)</style>
        </head>
        <body data-script="pending">
        <h1>\(escapedHTML(title))</h1>
        \(headline)
        <h2>\(l.pick("风险清单", "Risk list"))</h2>
        <p class="hint">\(l.pick("点击表头排序。", "Click a column header to sort."))</p>
        \(riskTable)
        <h2>\(l.pick("部门汇总", "Departments"))</h2>
        \(departmentTable)
        \(scenarioSection)
        <h2>\(l.pick("走势与预测", "Readings and projections"))</h2>
        <p class="hint">\(l.pick("蓝点为今年累计数据，浅色与深色扇面为至12月的95%与80%预测区间，虚线为中位预测，红线为目标。",
                                 "Blue dots: this year's year-to-date readings; light and dark fans: 95 % and 80 % projection bands to December; dashed: median; red: the target."))</p>
        <div class="charts">
        \(charts)
        </div>
        <script>\(HTMLReport.script)</script>
        </body>
        </html>

        """
    }

    private var headline: String {
        let l = language
        let counts = Dictionary(assessments.map { ($0.status, 1) }, uniquingKeysWith: +)
        let misses = assessments.compactMap(\.probability).reduce(0) { $0 + (1 - $1) }
        var cards = [card(l.pick("目标总数", "targets"), "\(assessments.count)", "total")]
        cards += Status.allCases.compactMap { s in counts[s].map { card(l.word(for: s), "\($0)", s.rawValue) } }
        cards.append(card(l.pick("预计未完成", "expected misses"), numberText(misses, decimals: 1), "misses"))
        return #"<section class="headline">"# + cards.joined() + "</section>"
    }

    private func card(_ label: String, _ value: String, _ kind: String) -> String {
        #"<div class="card \#(kind)"><span class="count">\#(value)</span><span class="label">\#(escapedHTML(label))</span></div>"#
    }

    private var riskTable: String {
        let l = language
        let headers = [l.pick("编号", "id"), l.pick("指标", "indicator"), l.pick("目标", "target"),
                       l.pick("最新", "latest"), l.pick("预计全年", "projection"), l.pick("P10–P90", "p10–p90"),
                       l.pick("完成概率", "P(meet)"), l.pick("状态", "status"),
                       l.pick("所需月度进度", "required pace"), l.pick("已有进度", "pace so far"),
                       l.pick("牵头单位", "lead"), l.pick("较上月", "change"), l.pick("动态", "news")]
        let rows = assessments.map { a -> String in
            let p = a.projection, d = p.distribution
            let latestValue = a.target.kind == .milestone ? nil : p.latestValue
            let latest = latestValue.map { "\(numberText($0))（\(p.latestPeriod?.description ?? "")）" } ?? ""
            let band = d.map { "\(numberText($0.quantile(0.1)))–\(numberText($0.quantile(0.9)))" } ?? ""
            let pace = a.pace.map { pace in
                numberText(pace.required) + (pace.unprecedented == true ? #" <span class="flag">\#(l.pick("前所未有", "unprecedented"))</span>"# : "")
            }
            let cells = [
                cell(a.target.id), cell(a.target.indicator), cell(a.target.targetText), cell(latest, sort: latestValue),
                cell(p.projection.map { numberText($0) } ?? "", sort: p.projection), cell(band, sort: d?.quantile(0.1)),
                cell(a.probability.map(percentText) ?? "", sort: a.probability),
                #"<td data-sort="\#(Status.allCases.firstIndex(of: a.status)!)"><span class="status \#(a.status.rawValue)">\#(escapedHTML(l.word(for: a.status)))</span></td>"#,
                pace.map { #"<td\#(sortAttribute(a.pace?.required))>\#($0)</td>"# } ?? "<td></td>",
                cell(a.pace.map { numberText($0.soFar) } ?? "", sort: a.pace?.soFar),
                cell(a.target.lead.joined(separator: "、")),
                cell(a.news?.projectionChange.map { (roundedValue($0, decimals: 2) > 0 ? "+" : "") + numberText($0) } ?? "",
                     sort: a.news?.projectionChange),
                cell(a.news.map { RiskList.newsText($0, language: l) } ?? ""),
            ]
            return #"<tr class="risk-row \#(a.status.rawValue)">"# + cells.joined() + "</tr>"
        }
        return table(id: "risk-table", headers: headers, rows: rows, sortedBy: 6)
    }

    private var departmentTable: String {
        let l = language
        let byId = Dictionary(assessments.map { ($0.target.id, $0.target.indicator) }, uniquingKeysWith: { a, _ in a })
        let headers = [l.pick("部门", "department"), l.pick("角色", "role"), l.pick("目标数", "targets")]
            + [Status.onTrack, .atRisk, .offTrack, .achieved, .noData, .late].map { l.word(for: $0) }
            + [l.pick("预计未完成数", "expected misses"), l.pick("风险目标", "targets at risk")]
        let rows = departments.map { s -> String in
            let risky = s.atRisk.map { "\($0.target.id) \(byId[$0.target.id] ?? "")" }.joined(separator: "；")
            let cells = [cell(s.department), cell(l.word(for: s.role)), cell("\(s.targetCount)", sort: Double(s.targetCount))]
                + [Status.onTrack, .atRisk, .offTrack, .achieved, .noData, .late].map { cell("\(s.count($0))", sort: Double(s.count($0))) }
                + [cell(numberText(s.expectedMisses), sort: s.expectedMisses), cell(risky)]
            return #"<tr class="department-row">"# + cells.joined() + "</tr>"
        }
        return table(id: "department-table", headers: headers, rows: rows)
    }

    /// Baseline and scenarios side by side for every target with a projection.
    private var scenarioSection: String {
        guard let scenarios else { return "" }
        let l = language
        let headers = [l.pick("编号", "id"), l.pick("指标", "indicator"), l.pick("目标", "target"),
                       l.pick("基准预计", "baseline"), l.pick("基准概率", "baseline P"), l.pick("基准状态", "baseline status")]
            + scenarios.scenarioNames.flatMap { name in
                ["\(name)：" + l.pick("预计", "projection"), l.pick("概率", "P"), l.pick("状态", "status"), l.pick("变化", "change")]
            }
        let rows = scenarios.rows.filter { $0.baseline.projection.projection != nil }.map { row -> String in
            func status(_ a: TargetAssessment) -> String {
                #"<td><span class="status \#(a.status.rawValue)">\#(escapedHTML(l.word(for: a.status)))</span></td>"#
            }
            func outcome(_ a: TargetAssessment) -> [String] {
                [cell(a.projection.projection.map { numberText($0) } ?? "", sort: a.projection.projection),
                 cell(a.probability.map(percentText) ?? "", sort: a.probability), status(a)]
            }
            let changes = row.projectionChanges.map { change in
                cell(change.map { (roundedValue($0, decimals: 2) > 0 ? "+" : "") + numberText($0) } ?? "", sort: change)
            }
            let cells = [cell(row.target.id), cell(row.target.indicator), cell(row.target.targetText)] + outcome(row.baseline)
                + zip(row.scenarios, changes).flatMap { outcome($0) + [$1] }
            return #"<tr class="scenario-row">"# + cells.joined() + "</tr>"
        }
        return "<h2>\(l.pick("情景分析", "Scenarios"))</h2>\n"
            + #"<p class="hint">\#(escapedHTML(l.pick("情景只改变假设的月份，基准不变。", "Scenarios change only the assumed months; the baseline is unchanged.")))</p>"#
            + table(id: "scenario-table", headers: headers, rows: rows)
    }

    private var charts: String {
        assessments.compactMap { a -> String? in
            guard let svg = FanChart(assessment: a, language: language).svg() else { return nil }
            let caption = "\(a.target.id) \(a.target.indicator) · \(language.pick("目标", "target")) \(a.target.targetText)"
                + (a.probability.map { " · P = " + percentText($0) } ?? "")
            return #"<figure class="chart"><figcaption>\#(escapedHTML(caption))</figcaption>\#(svg)</figure>"#
        }.joined(separator: "\n")
    }

    /// A sortable table; the script sorts it by column `sortedBy` (ascending) when the page opens.
    private func table(id: String, headers: [String], rows: [String], sortedBy: Int? = nil) -> String {
        #"<table id="\#(id)" class="sortable"><thead><tr>"#
            + headers.enumerated().map { i, h in
                (i == sortedBy ? "<th data-initial-sort>" : "<th>") + "\(escapedHTML(h))</th>"
            }.joined()
            + "</tr></thead><tbody>\n" + rows.joined(separator: "\n") + "\n</tbody></table>"
    }

    /// A probability in whole percent, with `<1%` and `>99%` rather than a misleading 0 % or 100 %.
    private func percentText(_ p: Double) -> String {
        if p > 0 && p < 0.005 { return "<1%" }
        if p < 1 && p > 0.995 { return ">99%" }
        return numberText(p * 100, decimals: 0) + "%"
    }

    private func cell(_ text: String, sort: Double? = nil) -> String {
        "<td\(sortAttribute(sort))>\(escapedHTML(text))</td>"
    }

    /// ` data-sort="…"` for a finite key; nothing (the cell sorts by its text) otherwise.
    private func sortAttribute(_ sort: Double?) -> String {
        sort.flatMap(FiniteNumber.init).map { #" data-sort="\#($0.value)""# } ?? ""
    }

    static let css = """
    body{font-family:"Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Zen Hei","PingFang SC","Microsoft YaHei",sans-serif;margin:24px;color:#1f2933;background:#fff}
    h1{font-size:22px;margin:0 0 12px}h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid #d9dee3;padding-bottom:4px}
    .hint{color:#616e7c;font-size:13px;margin:4px 0 8px}
    .headline{display:flex;flex-wrap:wrap;gap:10px}
    .card{border:1px solid #d9dee3;border-radius:6px;padding:8px 14px;min-width:84px;text-align:center}
    .card .count{display:block;font-size:24px;font-weight:bold}.card .label{font-size:13px;color:#52606d}
    .card.off_track .count,.card.late .count{color:#c62828}.card.at_risk .count{color:#d97706}.card.on_track .count,.card.achieved .count{color:#2e7d32}
    table{border-collapse:collapse;font-size:13px;width:100%}
    th,td{border:1px solid #d9dee3;padding:4px 6px;text-align:left;vertical-align:top}
    th{background:#f0f4f8;cursor:pointer;user-select:none;white-space:nowrap}
    th.asc::after{content:" ▲"}th.desc::after{content:" ▼"}
    td[data-sort]{text-align:right;white-space:nowrap}td:nth-child(3){white-space:nowrap}#risk-table td:last-child{min-width:16em}
    .status{padding:1px 6px;border-radius:4px;white-space:nowrap}
    .status.on_track,.status.achieved,.status.done{background:#e3f2e5;color:#1b5e20}
    .status.at_risk,.status.in_progress{background:#fff4d6;color:#8a5300}
    .status.off_track,.status.late{background:#fde2e1;color:#a61b1b}
    .status.no_data,.status.not_started{background:#eceff1;color:#455a64}
    .flag{color:#a61b1b;font-size:11px;border:1px solid #a61b1b;border-radius:3px;padding:0 3px}
    .charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(440px,1fr));gap:16px}
    figure.chart{margin:0;border:1px solid #d9dee3;border-radius:6px;padding:8px}
    figcaption{font-size:14px;font-weight:bold;margin-bottom:4px}
    svg.fan-chart{width:100%;height:auto;font-size:11px}
    .grid{stroke:#e4e7eb;stroke-width:1}.axis{stroke:#9aa5b1;stroke-width:1}.tick{fill:#616e7c}
    .band-95{fill:#90caf9;fill-opacity:.35}.band-80{fill:#1e88e5;fill-opacity:.35}
    .median{stroke:#1565c0;stroke-width:1.5;stroke-dasharray:4 3}.projection{fill:#1565c0}
    .readings{fill:none;stroke:#0d47a1;stroke-width:2}.reading{fill:#0d47a1}
    .target-line{stroke:#d32f2f;stroke-width:1.5}.target-band{fill:#ef9a9a;fill-opacity:.3}.target-label{fill:#d32f2f;font-size:11px}
    """

    /// Sorts a table by the clicked column: by `data-sort` numbers when present, else by text.
    static let script = """
    window.addEventListener('error',function(e){document.body.setAttribute('data-script-error',String(e.message));});
    document.querySelectorAll('table.sortable').forEach(function(table){
      var heads=table.querySelectorAll('th');
      heads.forEach(function(th,col){
        th.addEventListener('click',function(){
          var asc=!th.classList.contains('asc');
          heads.forEach(function(h){h.classList.remove('asc','desc');});
          th.classList.add(asc?'asc':'desc');
          var body=table.tBodies[0];
          var rows=Array.prototype.slice.call(body.rows);
          function key(row){var c=row.cells[col];var s=c.getAttribute('data-sort');return s===null?c.textContent:parseFloat(s);}
          rows.sort(function(a,b){
            var x=key(a),y=key(b),r;
            if(typeof x==='number'&&typeof y==='number'){r=x-y;}
            else if(typeof x==='number'){r=-1;}else if(typeof y==='number'){r=1;}
            else{r=String(x).localeCompare(String(y),'zh-CN');}
            return asc?r:-r;
          });
          rows.forEach(function(r){body.appendChild(r);});
        });
      });
    });
    document.querySelectorAll('th[data-initial-sort]').forEach(function(th){th.click();});
    document.body.setAttribute('data-script','ok');
    """
}
