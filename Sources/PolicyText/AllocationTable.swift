/// A 分解表 inside a document: a header line of known column names (序号 | 工作任务 | 牵头单位 |
/// 责任单位 …) and the rows under it, turned into the numbered items and labelled responsibility
/// lines the extractor reads (`1.居民消费价格涨幅3%左右` + `牵头单位:发展改革委`).
///
/// Cells are separated by tabs, by ASCII commas (CSV quoting understood), or by spaces: runs of two or more when the header has
/// such a run (a PDF's layout text), else single spaces, the header's spaced-out names
/// (`工 作 任 务`) joined back. A row with more cells than columns keeps the number first and the
/// department columns last and gives the rest to the task; a row that does not start with a number
/// (in a table with a 序号 column) continues the row above — a wrapped cell or the cells under a
/// merged one — unless it is a section heading (`一、主要预期目标`), which stays a heading.
///
/// Edge Cases: a line with two or more column names and cells that are not column names is a
/// header that cannot be read: `unknownTableColumns` names its line. Page numbers (`- 2 -`) are
/// dropped. Lines before the header are kept as they are, and so is prose after a tab- or
/// comma-separated table (two lines without the separator, or one at the end).
enum AllocationTable {
    /// What a column holds.
    enum Role: Hashable {
        case number, task, lead, responsible, co, leader, ignored

        /// The label of the responsibility line a department column becomes.
        var label: String? {
            switch self {
            case .lead: return "牵头单位"
            case .responsible: return "责任单位"
            case .co: return "配合单位"
            case .leader: return "牵头领导"
            case .number, .task, .ignored: return nil
            }
        }
    }

    /// Column names, longest first where one begins another.
    static let columns: [(name: String, role: Role)] = [
        ("序号", .number), ("编号", .number),
        ("工作任务", .task), ("重点工作", .task), ("重点任务", .task), ("目标任务", .task), ("主要指标", .task),
        ("主要任务", .task), ("具体任务", .task), ("任务内容", .task), ("工作内容", .task), ("指标名称", .task),
        ("工作目标", .task), ("指标", .task),
        ("牵头负责部门", .lead), ("牵头责任单位", .lead), ("牵头单位", .lead), ("牵头部门", .lead), ("主办单位", .lead),
        ("责任单位", .responsible), ("责任部门", .responsible),
        ("协同责任单位", .co), ("配合责任单位", .co), ("协办单位", .co), ("配合单位", .co), ("配合部门", .co),
        ("参与单位", .co), ("协同单位", .co),
        ("牵头负责领导", .leader), ("牵头领导", .leader), ("负责领导", .leader), ("责任领导", .leader), ("分管领导", .leader),
        ("分管省领导", .leader),
        ("完成时限", .ignored), ("完成时间", .ignored), ("时间节点", .ignored), ("时限要求", .ignored), ("备注", .ignored),
        ("工作措施", .ignored), ("具体措施", .ignored), ("进度安排", .ignored),
    ]

    private enum Separator { case tab, comma, spaces, space }

    /// The lines with every table's rows rewritten as items.
    static func rewrite(_ lines: [DocumentLine], source: String) throws(PolicyTextError) -> [DocumentLine] {
        var result: [DocumentLine] = []
        var index = 0
        while index < lines.count {
            guard let table = try header(lines[index], source: source) else {
                result.append(lines[index])
                index += 1
                continue
            }
            index += 1
            var rows: [(line: Int, cells: [String])] = []
            var blockEnded = true
            while index < lines.count, (try header(lines[index], source: source)) == nil {
                let line = lines[index]
                index += 1
                let normalized = String(TextNormalization.normalize(line.text))
                let cells = table.separator == .spaces
                    ? place(positionedCells(normalized, original: line.text), starts: table.starts)
                    : split(normalized, by: table.separator, original: line.text)
                guard cells.contains(where: { !$0.isEmpty }) else { blockEnded = true; continue }
                let filled = cells.filter { !$0.isEmpty }
                if isPageNumber(filled) { continue }
                if endsTable(at: index - 1, in: lines, separator: table.separator) {
                    index -= 1
                    break
                }
                if filled.count == 1, Heading.parse(Array(TextNormalization.normalize(filled[0]))) != nil, !startsWithNumber(filled[0]) {
                    result += items(rows, roles: table.roles)
                    rows = []
                    result.append(DocumentLine(number: line.number, text: filled[0]))
                    blockEnded = true
                    continue
                }
                let row = table.separator == .spaces ? cells : assign(cells, to: table.roles)
                let numbered = table.roles.first == .number && startsWithNumber(row[0])
                let startsRow: Bool
                if table.separator == .spaces {
                    // Layout text: a row is a block between blank lines, or starts at a number.
                    startsRow = rows.isEmpty || blockEnded || numbered && !rows[rows.count - 1].cells[0].isEmpty
                } else {
                    startsRow = rows.isEmpty || table.roles.first != .number || numbered
                }
                blockEnded = false
                if startsRow {
                    rows.append((line.number, row))
                    continue
                }
                let joiner = table.separator == .spaces ? "" : "、"
                for (i, cell) in row.enumerated() where !cell.isEmpty {
                    let current = rows[rows.count - 1].cells[i]
                    rows[rows.count - 1].cells[i] = current.isEmpty ? cell : current + (table.roles[i] == .task ? "" : joiner) + cell
                }
            }
            result += items(rows, roles: table.roles)
        }
        return result
    }

    /// A table header: its column roles, the separator of its cells and, for layout text, where
    /// each column starts.
    private struct Header {
        var roles: [Role]
        var separator: Separator
        var starts: [Int]
    }

    /// The column roles and separator of a header line; `nil` when the line is not one.
    private static func header(_ line: DocumentLine, source: String) throws(PolicyTextError) -> Header? {
        let text = String(TextNormalization.normalize(line.text)).trimmingCharacters(in: " ")
        let written = line.text.trimmingCharacters(in: " ")
        guard !text.contains(":"), text.count <= 80 else { return nil }
        let separator: Separator
        if text.contains("\t") {
            separator = .tab
        } else if written.contains(",") {
            separator = .comma
        } else if text.contains("  ") {
            separator = .spaces
        } else {
            separator = .space
        }
        var cells = split(text, by: separator, original: written)
        if separator == .space { cells = joinSpacedNames(cells) }
        let roles = cells.map { cell in columns.first { $0.name == cell.replacingSpaces }?.role }
        let known = roles.compactMap { $0 }
        guard known.count >= 2, known.count * 2 > cells.count || known.contains(.task) else { return nil }
        let unknown = zip(cells, roles).filter { $0.1 == nil }.map(\.0)
        guard unknown.isEmpty, known.contains(.task), known.contains(where: { $0.label != nil }) else {
            var problems = unknown.map { "`\($0)` is not a column name" }
            if !known.contains(.task) { problems.append("no task column (工作任务, 重点工作, 目标任务, 主要指标 …)") }
            if !known.contains(where: { $0.label != nil }) { problems.append("no department column (牵头单位, 责任单位, 配合单位 …)") }
            throw .unknownTableColumns(source: source, line: line.number, header: text, problems: problems)
        }
        let starts = separator == .spaces ? positionedCells(String(TextNormalization.normalize(line.text)), original: line.text).map(\.offset) : []
        return Header(roles: known, separator: separator, starts: starts)
    }

    /// The cells of a layout line (separated by two or more spaces) with the offset each starts at.
    private static func positionedCells(_ normalized: String, original: String) -> [(offset: Int, text: String)] {
        let norm = Array(normalized)
        let text = Array(original)
        var cells: [(offset: Int, text: String)] = []
        var i = 0
        while i < norm.count {
            if norm[i].isWhitespace { i += 1; continue }
            let start = i
            var end = i
            while end < norm.count {
                if norm[end].isWhitespace, end + 1 >= norm.count || norm[end + 1].isWhitespace { break }
                end += 1
            }
            cells.append((start, String(text.count == norm.count ? text[start..<end] : norm[start..<end])))
            i = end
        }
        return cells
    }

    /// Layout cells put in the column whose header starts nearest to them.
    private static func place(_ cells: [(offset: Int, text: String)], starts: [Int]) -> [String] {
        var row = [String](repeating: "", count: starts.count)
        for cell in cells {
            let column = starts.indices.min { abs(starts[$0] - cell.offset) < abs(starts[$1] - cell.offset) } ?? 0
            row[column] += cell.text
        }
        return row
    }

    /// `工`, `作`, `任`, `务` → `工作任务`: single characters joined while they spell a column name.
    private static func joinSpacedNames(_ cells: [String]) -> [String] {
        var joined: [String] = []
        var i = 0
        while i < cells.count {
            var j = i + 1
            var candidate = cells[i]
            var best: (end: Int, text: String)?
            while columns.contains(where: { $0.name.hasPrefix(candidate) }) {
                if columns.contains(where: { $0.name == candidate }) { best = (j, candidate) }
                guard j < cells.count else { break }
                candidate += cells[j]
                j += 1
            }
            if let best {
                joined.append(best.text)
                i = best.end
            } else {
                joined.append(cells[i])
                i += 1
            }
        }
        return joined
    }

    /// Cells of a row: number first, department columns from the right, the rest to the task.
    private static func assign(_ cells: [String], to roles: [Role]) -> [String] {
        var result = [String](repeating: "", count: roles.count)
        guard cells.count > roles.count, let task = roles.firstIndex(of: .task) else {
            for (i, cell) in cells.prefix(roles.count).enumerated() { result[i] = cell }
            return result
        }
        let after = roles.count - task - 1
        for i in 0..<task { result[i] = cells[i] }
        for i in 0..<after { result[roles.count - 1 - i] = cells[cells.count - 1 - i] }
        result[task] = cells[task..<(cells.count - after)].joined(separator: " ")
        return result
    }

    /// A row as the lines the extractor reads.
    private static func items(_ rows: [(line: Int, cells: [String])], roles: [Role]) -> [DocumentLine] {
        var lines: [DocumentLine] = []
        for row in rows {
            var task = ""
            var number = ""
            var labelled: [String] = []
            for (role, cell) in zip(roles, row.cells) {
                let value = cell.trimmingCharacters(in: " ")
                switch role {
                case .number: number = value.trimmingCharacters(in: ".、")
                case .task: task = value
                case .ignored: break
                default: if let label = role.label, !value.isEmpty { labelled.append(label + ":" + value) }
                }
            }
            guard !task.isEmpty else { continue }
            let item = number.isEmpty || Heading.parse(Array(TextNormalization.normalize(task))) != nil ? task : number + "." + task
            lines.append(DocumentLine(number: row.line, text: item))
            lines += labelled.map { DocumentLine(number: row.line, text: $0) }
        }
        return lines
    }

    private static func split(_ normalized: String, by separator: Separator, original: String) -> [String] {
        let text = Array(original)
        let norm = Array(normalized)
        var cells: [String] = []
        var current = ""
        var quoted = false
        var i = 0
        while i < norm.count {
            let c = norm[i]
            // Comma-separated cells are split on ASCII commas outside quotes (`"a,b"`, `""` is a quote);
            // a Chinese comma inside a cell is text.
            if separator == .comma, text.count == norm.count, text[i] == "\"" {
                if quoted, i + 1 < text.count, text[i + 1] == "\"" {
                    current.append("\"")
                    i += 2
                } else {
                    quoted.toggle()
                    i += 1
                }
                continue
            }
            let breaks: Int
            switch separator {
            case .tab: breaks = c == "\t" ? 1 : 0
            case .comma: breaks = !quoted && text.count == norm.count && text[i] == "," ? 1 : 0
            case .space: breaks = c.isWhitespace ? 1 : 0
            case .spaces:
                var j = i
                while j < norm.count, norm[j].isWhitespace { j += 1 }
                breaks = j - i >= 2 || (c == "\t") ? j - i : 0
            }
            if breaks > 0 {
                cells.append(current)
                current = ""
                i += breaks
            } else {
                current.append(text.count == norm.count ? text[i] : c)
                i += 1
            }
        }
        cells.append(current)
        let trimmed = cells.map { $0.trimmingCharacters(in: " ") }
        return separator == .tab || separator == .comma ? trimmed.reversed().drop(while: \.isEmpty).reversed() : trimmed.filter { !$0.isEmpty }
    }

    /// In a tab- or comma-separated table, a line without the separator that is not a section
    /// heading, followed by another such line or by nothing, is prose after the table (a Word
    /// document's closing paragraphs), not a row.
    private static func endsTable(at index: Int, in lines: [DocumentLine], separator: Separator) -> Bool {
        guard separator == .tab || separator == .comma else { return false }
        func isProse(_ line: DocumentLine) -> Bool {
            let text = line.text
            return !text.contains(separator == .tab ? "\t" : ",")
                && Heading.parse(Array(TextNormalization.normalize(text.trimmingCharacters(in: " ")))) == nil
        }
        guard isProse(lines[index]) else { return false }
        let next = lines[(index + 1)...].first { !$0.text.trimmingCharacters(in: " ").isEmpty }
        return next.map(isProse) ?? true
    }

    private static func startsWithNumber(_ cell: String) -> Bool {
        guard let first = cell.first else { return false }
        return first.isASCIIDigit || TextNormalization.normalize(first).isASCIIDigit
    }

    private static func isPageNumber(_ cells: [String]) -> Bool {
        cells.count == 1 && cells[0].allSatisfy { $0.isASCIIDigit || "-—– 第页/".contains($0) } && cells[0].contains(where: \.isASCIIDigit)
    }
}

extension String {
    /// The text without spaces (`工 作 任 务` → `工作任务`).
    var replacingSpaces: String { filter { !$0.isWhitespace } }
}
