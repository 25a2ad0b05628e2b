/// What every HTML page of the report shares: the document shell with its inline style, print
/// stylesheet and script, the headline cards and the meanings of the report's terms.
enum HTMLDocument {
    /// A term the report uses, explained once for the legend and the tooltips.
    enum Term: CaseIterable {
        case projection, probability, band, gap, completion, pace, unprecedented, expectedMisses, change
    }

    static func meaning(_ term: Term, _ l: Language) -> String {
        switch term {
        case .projection:
            return l.pick("按目前数据预测的全年值（中位数），单位同目标。", "The year's value projected from the data so far (median), in the target's unit.")
        case .probability:
            return l.pick("按目前预测，全年完成目标的概率；低于1%记作<1%，高于99%记作>99%。",
                          "The probability of meeting the target on the current projection; below 1 % shows as <1%, above 99 % as >99%.")
        case .band:
            return l.pick("全年值的80%预测区间：有10%的可能低于P10，10%的可能高于P90。",
                          "The 80 % range of the year's value: a 10 % chance below P10 and 10 % above P90.")
        case .gap:
            return l.pick("预计全年值距完成目标（含容差）还差多少（增速以百分点计）；程度按差距占目标值的比例：<2%略有差距，2%–10%差距较大，≥10%差距很大。",
                          "How far the projection falls short of meeting the target (tolerance included; rates in percentage points); graded by its share of the target: <2 % slight, 2–10 % short, ≥10 % far short.")
        case .completion:
            return l.pick("累计完成量占全年目标的比例，对比已过月份占全年的比例（时间过半、任务过半）。",
                          "The share of the year's amount done so far against the share of the year gone.")
        case .pace:
            return l.pick("余下各月须保持的进度才能恰好完成目标（增速为较上年同月的%，总量为每月完成量），与今年至今的实际进度对比。",
                          "The pace each remaining month needs to end exactly on the target (growth on the same month last year, or an amount a month), beside the pace so far.")
        case .unprecedented:
            return l.pick("所需进度超过以往各年同期的最好水平。", "The required pace is beyond anything the series did in the same months of past years.")
        case .expectedMisses:
            return l.pick("各目标未完成概率之和，即预计完成不了的目标个数。", "The sum of each target's probability of missing: how many targets are expected to be missed.")
        case .change:
            return l.pick("预计全年值较上月预测的变化。", "How the projection moved since last month's.")
        }
    }

    private static func label(_ term: Term, _ l: Language) -> String {
        switch term {
        case .projection: return l.pick("预计全年", "projection")
        case .probability: return l.pick("完成概率 P", "P(meet)")
        case .band: return "P10–P90"
        case .gap: return l.pick("差距", "gap")
        case .completion: return l.pick("完成率 / 时序进度", "done / time elapsed")
        case .pace: return l.pick("所需月度进度", "required pace")
        case .unprecedented: return l.pick("前所未有", "unprecedented")
        case .expectedMisses: return l.pick("预计未完成", "expected misses")
        case .change: return l.pick("较上月", "change")
        }
    }

    /// Every term and its meaning.
    static func legend(_ l: Language) -> String {
        #"<details class="legend" open><summary>\#(l.pick("说明", "How to read this page"))</summary><dl>"#
            + Term.allCases.map { "<dt>\(escapedHTML(label($0, l)))</dt><dd>\(escapedHTML(meaning($0, l)))</dd>" }.joined()
            + "</dl></details>"
    }

    static func card(_ label: String, _ value: String, _ kind: String, tip: String = "") -> String {
        let title = tip.isEmpty ? "" : #" title="\#(escapedHTML(tip))""#
        return #"<div class="card \#(kind)"\#(title)><span class="count">\#(value)</span><span class="label">\#(escapedHTML(label))</span></div>"#
    }

    static func page(title: String, language l: Language, body: String, embedding: HTMLEmbedding = .standalone) -> String {
        let style: String, code: String
        switch embedding.assets {
        case .inline:
            style = "<style>\(css)</style>"
            code = "<script>\(script)</script>"
        case let .linked(stylesheets, scripts):
            style = stylesheets.map { #"<link rel="stylesheet" href="\#(escapedHTML($0))">"# }.joined(separator: "\n")
            code = scripts.map { #"<script src="\#(escapedHTML($0))"></script>"# }.joined(separator: "\n")
        }
        return """
        <!DOCTYPE html>
        <html lang="\(l.pick("zh-CN", "en"))">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escapedHTML(title))</title>
        \(style)
        </head>
        <body data-script="pending">
        \(embedding.banner)<h1>\(escapedHTML(title))</h1>
        \(body)
        \(code)
        </body>
        </html>

        """
    }

    static let css = """
    body{font-family:"Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Zen Hei","PingFang SC","Microsoft YaHei",sans-serif;margin:20px 24px;color:#1f2933;background:#fff}
    h1{font-size:21px;margin:0 0 10px}h2{font-size:17px;margin:22px 0 8px;border-bottom:1px solid #d9dee3;padding-bottom:4px}h3{font-size:14px;margin:6px 0}
    .hint,.facts{color:#616e7c;font-size:13px;margin:4px 0 8px}.facts a{color:#616e7c}
    .headline{display:flex;flex-wrap:wrap;gap:10px}
    .card{border:1px solid #d9dee3;border-radius:6px;padding:6px 14px;min-width:84px;text-align:center}
    .card .count{display:block;font-size:22px;font-weight:bold}.card .label{font-size:13px;color:#52606d}
    .card.off_track .count,.card.late .count{color:#c62828}.card.at_risk .count{color:#d97706}.card.misses .count{color:#52606d}
    .filter{font-size:13px;margin:8px 0}.filter select{font:inherit}
    table{border-collapse:collapse;font-size:13px;width:100%}
    th,td{border:1px solid #d9dee3;padding:4px 6px;text-align:left;vertical-align:top}
    th{background:#f0f4f8;cursor:pointer;user-select:none;white-space:nowrap}th[title]{text-decoration:underline dotted}
    th.asc::after{content:" ▲"}th.desc::after{content:" ▼"}
    #attention-table td[data-sort]{white-space:nowrap}#risk-table td:last-child{min-width:10em}td:first-child{min-width:8em}
    .id{color:#7b8794;font-size:12px}.owner{color:#52606d;font-size:12px}
    .status{padding:1px 6px;border-radius:4px;white-space:nowrap}
    .status.on_track,.status.achieved,.status.done{background:#e3f2e5;color:#1b5e20}
    .status.at_risk,.status.in_progress,.status.gap-slight{background:#fff4d6;color:#8a5300}
    .status.off_track,.status.late{background:#fde2e1;color:#a61b1b}
    .status.off_track.gap-severe{background:#c62828;color:#fff}.status.off_track.gap-slight{background:#ffe0b2;color:#8a3b00}
    .status.no_data,.status.not_started{background:#eceff1;color:#455a64}
    .gap{font-size:11px;border-radius:3px;padding:0 3px;white-space:nowrap}.gap.gap-severe{color:#a61b1b;border:1px solid #a61b1b}
    .gap.gap-moderate{color:#b45309;border:1px solid #b45309}.gap.gap-slight{color:#8a5300;border:1px solid #e0b96a}.gap.none{color:#1b5e20}
    .behind{color:#a61b1b;font-weight:bold}.ahead{color:#1b5e20}
    .flag{color:#a61b1b;font-size:11px;border:1px solid #a61b1b;border-radius:3px;padding:0 3px;cursor:help}
    .legend{font-size:12px;color:#3e4c59;margin:10px 0;border:1px solid #e4e7eb;border-radius:6px;padding:6px 10px}
    .legend summary{cursor:pointer;font-weight:bold}.legend dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:6px 0 0}.legend dt{font-weight:bold}.legend dd{margin:0}
    .milestones{display:grid;grid-template-columns:repeat(auto-fill,minmax(300px,1fr));gap:8px 16px}.milestones ul,.no-data ul{margin:0;padding-left:18px;font-size:13px}
    .target-facts{display:grid;grid-template-columns:max-content 1fr;gap:4px 14px;font-size:14px}.target-facts dt{color:#52606d}.target-facts dd{margin:0}
    .no-data{margin:12px 0;font-size:13px}.no-data summary{cursor:pointer;color:#455a64}
    .charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(460px,1fr));gap:16px}
    figure.chart{margin:0;border:1px solid #d9dee3;border-radius:6px;padding:8px;break-inside:avoid}
    figcaption{font-size:14px;font-weight:bold;margin-bottom:4px}
    svg.fan-chart,svg.history-chart,svg.scenario-chart{width:100%;height:auto;font-size:11px}
    .grid{stroke:#e4e7eb;stroke-width:1}.axis{stroke:#9aa5b1;stroke-width:1}.tick,.unit{fill:#616e7c}
    .good-side{fill:#c8e6c9;fill-opacity:.35}
    .band-95{fill:#90caf9;fill-opacity:.35}.band-80{fill:#1e88e5;fill-opacity:.35}
    .median{stroke:#1565c0;stroke-width:1.5;stroke-dasharray:4 3}.projection{fill:#1565c0}.history{fill:none;stroke:#1565c0;stroke-width:2}
    .readings{fill:none;stroke:#0d47a1;stroke-width:2}.reading{fill:#0d47a1}.last-year{fill:none;stroke:#9aa5b1;stroke-width:1.5;stroke-dasharray:5 3}
    .news{fill:#f59e0b;cursor:help}
    .scenario-band{fill:#f59e0b;fill-opacity:.3}.scenario-median{fill:#b45309}
    .target-line{stroke:#d32f2f;stroke-width:1.5}.target-label{fill:#d32f2f;font-size:11px}
    [hidden]{display:none!important}
    @media print{
    @page{size:A4;margin:12mm}
    body{margin:0;font-size:10pt}h1{font-size:15pt}h2{font-size:12pt;break-after:avoid}
    .filter,.hint,th.asc::after,th.desc::after{display:none}
    table{font-size:8.5pt}th{background:#eee!important;-webkit-print-color-adjust:exact;print-color-adjust:exact}
    tr,li,figure.chart{break-inside:avoid}
    .status,.good-side,.band-95,.band-80,.gap{-webkit-print-color-adjust:exact;print-color-adjust:exact}
    .charts{display:grid;grid-template-columns:1fr 1fr;gap:8px}
    }
    """

    /// Sorts a table by a clicked header (numbers by `data-sort`, blanks last; text in Chinese
    /// order), sorts each table by its `data-sort-key` column when the page opens, and filters
    /// rows, list items and charts by the chosen department.
    static let script = """
    window.addEventListener('error',function(e){document.body.setAttribute('data-script-error',String(e.message));});
    document.querySelectorAll('table.sortable').forEach(function(table){
      var heads=Array.prototype.slice.call(table.tHead.rows[0].cells);
      heads.forEach(function(th,col){
        var numeric=th.getAttribute('data-type')==='number';
        th.addEventListener('click',function(){
          var asc=!th.classList.contains('asc');
          heads.forEach(function(h){h.classList.remove('asc','desc');});
          th.classList.add(asc?'asc':'desc');
          var body=table.tBodies[0];
          var rows=Array.prototype.slice.call(body.rows);
          function key(row){var c=row.cells[col];if(!numeric){return c.textContent;}var s=c.getAttribute('data-sort');return s===null?null:parseFloat(s);}
          rows.sort(function(a,b){
            var x=key(a),y=key(b);
            if(x===null||y===null){return x===y?0:(x===null?1:-1);}
            var r=numeric?x-y:String(x).localeCompare(String(y),'zh-CN');
            return asc?r:-r;
          });
          rows.forEach(function(r){body.appendChild(r);});
        });
      });
      var initial=table.getAttribute('data-sort-key');
      if(initial){heads.forEach(function(th){if(th.getAttribute('data-key')===initial){th.click();}});}
    });
    var filter=document.getElementById('department-filter');
    if(filter){filter.addEventListener('change',function(){
      var d=filter.value;
      document.querySelectorAll('[data-departments]').forEach(function(el){
        el.hidden=d!==''&&el.getAttribute('data-departments').split('|').indexOf(d)<0;
      });
    });}
    document.body.setAttribute('data-script','ok');
    """
}
