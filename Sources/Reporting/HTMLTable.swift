/// A column of an HTML table: its key (how the page and the tests find it), its header, the
/// tooltip that explains it, and whether it sorts as numbers or as text.
struct HTMLColumn: Equatable {
    let key: String
    let header: String
    let tip: String
    let numeric: Bool

    init(_ key: String, _ header: String, tip: String = "", numeric: Bool = false) {
        self.key = key
        self.header = header
        self.tip = tip
        self.numeric = numeric
    }
}

/// One cell: its HTML (already escaped) and, for a numeric column, the number it sorts by.
struct HTMLCell {
    let html: String
    let sort: Double?

    /// Plain text, escaped.
    init(_ text: String, sort: Double? = nil) {
        html = escapedHTML(text)
        self.sort = sort.flatMap { $0.isFinite ? $0 : nil }
    }

    init(html: String, sort: Double? = nil) {
        self.html = html
        self.sort = sort.flatMap { $0.isFinite ? $0 : nil }
    }
}

/// A sortable table: the page's script sorts it by a clicked header, numeric columns by their
/// cells' `data-sort`, and by `initialSort` (ascending) when the page opens.
struct HTMLTable {
    struct Row {
        let cells: [HTMLCell]
        let cls: String
        /// The departments answerable for the row's target, for the page's department filter.
        let departments: [String]
    }

    let id: String
    let columns: [HTMLColumn]
    let rows: [Row]
    let initialSort: HTMLColumn?

    var html: String {
        precondition(rows.allSatisfy { $0.cells.count == columns.count }, "one cell per column")
        precondition(initialSort.map(columns.contains) ?? true, "the initial sort names a column of the table")
        let sortKey = initialSort.map { #" data-sort-key="\#(escapedHTML($0.key))""# } ?? ""
        let head = columns.map { c in
            let tip = c.tip.isEmpty ? "" : #" title="\#(escapedHTML(c.tip))""#
            return #"<th data-key="\#(escapedHTML(c.key))" data-type="\#(c.numeric ? "number" : "text")"\#(tip)>\#(escapedHTML(c.header))</th>"#
        }.joined()
        let body = rows.map { row in
            let departments = row.departments.isEmpty ? "" : #" data-departments="\#(escapedHTML(row.departments.joined(separator: "|")))""#
            return #"<tr class="\#(row.cls)"\#(departments)>"# + zip(columns, row.cells).map { column, cell in
                let sort = column.numeric ? (cell.sort.map { #" data-sort="\#($0)""# } ?? "") : ""
                return "<td\(sort)>\(cell.html)</td>"
            }.joined() + "</tr>"
        }.joined(separator: "\n")
        return #"<table id="\#(id)" class="sortable"\#(sortKey)><thead><tr>"# + head + "</tr></thead><tbody>\n" + body + "\n</tbody></table>"
    }
}
