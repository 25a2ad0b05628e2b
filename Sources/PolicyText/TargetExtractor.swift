import TargetModel

/// What an extraction found besides the catalog: the plan year and its clue, warnings, and every
/// number with a unit that did not become a target.
public struct Extraction: Sendable {
    public var catalog: Catalog
    public var year: PlanYear
    /// Clues that disagree with the year chosen, and the like; empty when all is consistent.
    public var warnings: [String]
    /// Numbers with a unit that are not targets, in document order, each with its reason.
    public var skipped: [SkippedNumber]
    /// Numbers with a unit read in the document's tasks and notice (targets and skipped ones).
    public var numbersSeen: Int
    /// Numbers that became targets (a shared value such as `A、B均增长12%` counts once).
    public var numbersExtracted: Int { numbersSeen - skipped.count }
}

/// Turns a Chinese target-allocation document (政府工作报告重点工作分工) into a catalog.
///
/// The document is read line by line (`DocumentReader` turns Word, Excel, PDF and delimited tables
/// into lines; `AllocationTable` turns the rows of a 分解表 into items). Numbered headings (`一、`,
/// `（一）`, `1.`, `（1）`, `①`) build the section path, ranked in that conventional order; the
/// notice before the first of them sets no task, except a paragraph of main targets
/// (`主要预期目标是:…`). Every later line is an item: its quantitative
/// targets are read clause by clause (see `ClauseParser`), and its departments come from the note
/// that closes it (`（省发改委负责）`) or from labelled lines after it (`牵头单位：…`), which apply
/// to every item since the last assignment. An item with departments but no number becomes one
/// `milestone` target; a heading whose items follow is not a task itself.
///
/// Edge Cases: an empty text throws `emptyDocument`; a text with no target and no assigned task
/// throws `noTargets`; with no `year` given and none in the text, `noYear`; a table whose columns
/// cannot be told, `unknownTableColumns`; a text longer than `maximumDocumentBytes` or a line
/// longer than `maximumLineCharacters`, `tooLarge`. Time grows linearly with the number of lines.
/// Postconditions: ids are `T001`, `T002` … in document order; every target has its 1-based
/// line and the clause (or, for milestones, the item text) it came from.
public struct TargetExtractor: Sendable {
    /// Plan year to use instead of the one found in the text.
    public var year: Int?

    public init(year: Int? = nil) {
        self.year = year
    }

    /// The longest document read: a year's allocation document is well under 1 MB.
    public static let maximumDocumentBytes = 8 << 20
    /// The longest line (paragraph) read, in characters.
    public static let maximumLineCharacters = 20_000

    /// Extracts the catalog of `text`; `source` names the document in errors.
    public func extract(_ text: String, source: String = "document") throws(PolicyTextError) -> Catalog {
        guard text.utf8.count <= Self.maximumDocumentBytes else {
            throw .tooLarge(source: source, line: nil, limit: "\(Self.maximumDocumentBytes) bytes (TargetExtractor.maximumDocumentBytes)")
        }
        return try read(DocumentLine.lines(of: text), source: source).catalog
    }

    /// Extracts the catalog of a document's lines, with the year's clue and the numbers skipped.
    public func read(_ documentLines: [DocumentLine], source: String = "document") throws(PolicyTextError) -> Extraction {
        if let long = documentLines.first(where: { $0.text.utf8.count > Self.maximumLineCharacters && $0.text.count > Self.maximumLineCharacters }) {
            throw .tooLarge(source: source, line: long.number, limit: "\(Self.maximumLineCharacters) characters (TargetExtractor.maximumLineCharacters)")
        }
        guard documentLines.contains(where: { !$0.text.trimmingCharacters(in: " ").isEmpty }) else {
            throw .emptyDocument(source: source)
        }
        let lines = try AllocationTable.rewrite(documentLines, source: source)
        let normalizedLines = lines.map { TextNormalization.normalize($0.text) }
        let firstListedLeads = normalizedLines.contains { Self.saysFirstListedLeads(String($0)) }
        var inNotice = normalizedLines.contains { Heading.parse($0) != nil }
        var outline = Outline()
        var items: [Item] = []
        var skipped: [SkippedNumber] = []
        var seen = 0
        var pending = 0
        // Items since `pending` not yet known to be containers, deepest last (depths never rise
        // towards the end), and the numbered items that can still be a parent, shallowest first:
        // each line then costs a few steps, not a scan of every item before it.
        var openItems: [Int] = []
        var numberedChain: [Int] = []
        var lastLabelled: Range<Int>?
        var labelledBlock = ""
        for (line, normalized) in zip(lines, normalizedLines) {
            let content = String(normalized).trimmingCharacters(in: " ")
            guard !content.isEmpty else { continue }
            let heading = Heading.parse(normalized)
            if inNotice, heading == nil, !Self.statesMainTargets(content) {
                let quantities = Quantity.scan(normalized)
                let original = Array(line.text)
                skipped += quantities.map { SkippedNumber(written: String(original[$0.start..<$0.end]), reason: .notice, line: line.number) }
                seen += quantities.count
                continue
            }
            inNotice = false
            if Responsibility.parseLabelled(content, firstListedLeads: firstListedLeads) != nil {
                // Consecutive labelled lines form one block, read together so that 责任单位 after
                // 牵头单位 on the line before is read as co-organiser.
                labelledBlock = lastLabelled == nil ? content : labelledBlock + ";" + content
                let block = Responsibility.parseLabelled(labelledBlock, firstListedLeads: firstListedLeads) ?? Responsibility()
                let targets = lastLabelled ?? Self.labelledItems(items, pending: pending)
                for i in targets where !items[i].isContainer { items[i].responsibility = block }
                lastLabelled = targets
                pending = items.count
                openItems.removeAll()
                continue
            }
            lastLabelled = nil
            let depth: Int
            if let heading {
                depth = outline.enter(heading)
            } else {
                depth = outline.depth + 1
            }
            while let last = openItems.last, items[last].depth < depth {
                items[last].isContainer = true
                openItems.removeLast()
            }
            var lineSkipped: [SkippedNumber] = []
            var item = Item.read(line: line.number, original: Array(line.text), normalized: normalized,
                                 bodyStart: heading?.bodyStart ?? 0, section: outline.path, depth: depth,
                                 firstListedLeads: firstListedLeads, skipped: &lineSkipped, seen: &seen)
            skipped += lineSkipped.map { SkippedNumber(written: $0.written, reason: $0.reason, line: line.number) }
            item.isNumbered = heading != nil
            item.parent = numberedChain.last { items[$0].depth < depth }
            if item.isNumbered, let parent = item.parent { items[parent].isContainer = true }
            items.append(item)
            openItems.append(items.count - 1)
            if item.isNumbered {
                while let last = numberedChain.last, items[last].depth >= depth { numberedChain.removeLast() }
                numberedChain.append(items.count - 1)
            }
            if item.responsibility != nil {
                pending = items.count
                openItems.removeAll()
            }
        }
        let (year, warnings) = try planYear(lines, source: source)
        let targets = catalogTargets(items, year: year.year)
        guard !targets.isEmpty else { throw .noTargets(source: source) }
        return Extraction(catalog: Catalog(targets: targets), year: year, warnings: warnings,
                          skipped: skipped, numbersSeen: seen)
    }

    /// `主要预期目标是:…`: the paragraph of main targets, read even when it comes before the first
    /// numbered heading.
    private static func statesMainTargets(_ line: String) -> Bool {
        ["预期目标", "主要目标", "主要指标"].contains { line.contains($0) } && line.contains(":")
    }

    /// `列第一位者为牵头单位`, `排名第一的责任单位为牵头单位`: the document says the unit listed
    /// first leads.
    private static func saysFirstListedLeads(_ line: String) -> Bool {
        ["第一位", "排名第一", "排在第一", "排第一"].contains { line.contains($0) } && line.contains("牵头")
    }

    private func catalogTargets(_ items: [Item], year: Int) -> [Target] {
        var targets: [Target] = []
        for item in items {
            var drafts = item.drafts
            if drafts.isEmpty, inheritedResponsibility(item, in: items) != nil, !item.isContainer {
                drafts = [item.milestone]
            }
            let responsibility = inheritedResponsibility(item, in: items) ?? Responsibility()
            for draft in drafts {
                targets.append(Target(
                    id: Self.targetID(targets.count + 1), year: year, section: item.section,
                    indicator: draft.indicator, kind: draft.kind, comparator: draft.comparator,
                    direction: draft.direction, value: draft.value, valueMax: draft.valueMax, unit: draft.unit,
                    lead: responsibility.lead, co: responsibility.co,
                    leadKeys: DepartmentKey.keys(of: responsibility.lead), coKeys: DepartmentKey.keys(of: responsibility.co),
                    leaders: responsibility.leaders,
                    responsibility: responsibility.form, line: item.line, text: draft.text,
                    tolerance: draft.tolerance))
            }
        }
        return targets
    }

    /// The items a block of labelled lines belongs to: the last numbered item not yet assigned
    /// and the paragraphs after it; else the last item.
    private static func labelledItems(_ items: [Item], pending: Int) -> Range<Int> {
        guard pending < items.count else { return items.count..<items.count }
        let start = items[pending...].lastIndex(where: \.isNumbered) ?? items.count - 1
        return start..<items.count
    }

    /// The item's own departments, else those of the nearest heading above it (whose items
    /// follow it) that has some.
    private func inheritedResponsibility(_ item: Item, in items: [Item]) -> Responsibility? {
        var current: Item? = item
        while let candidate = current {
            if let responsibility = candidate.responsibility { return responsibility }
            current = candidate.parent.map { items[$0] }.flatMap { $0.isContainer ? $0 : nil }
        }
        return nil
    }

    /// `T001`, `T002` …, `T1000`.
    static func targetID(_ number: Int) -> String {
        let digits = String(number)
        return "T" + String(repeating: "0", count: max(0, 3 - digits.count)) + digits
    }

    /// The year given, else the strongest clue in the text (see `PlanYearReader`).
    private func planYear(_ lines: [DocumentLine], source: String) throws(PolicyTextError) -> (PlanYear, [String]) {
        if let year { return (PlanYear(year: year, clue: .given, evidence: "", line: 0), []) }
        guard let found = PlanYearReader.read(lines) else { throw .noYear(source: source) }
        return found
    }
}

/// The outline position while reading: each heading style has its conventional rank
/// (一、 > （一） > 1. > （1） > ①), and the path keeps the labels of the headings above.
private struct Outline {
    private var labels: [(level: Int, label: String)] = []

    var depth: Int { labels.last.map { $0.level + 1 } ?? 0 }
    var path: String { labels.map(\.label).joined() }

    /// Enters a heading; returns its depth.
    mutating func enter(_ heading: Heading) -> Int {
        let level = heading.style.rank
        labels.removeAll { $0.level >= level }
        labels.append((level, heading.label))
        return level
    }
}

/// One line of the document as a task: its section, targets and departments.
private struct Item {
    var line: Int
    var section: String
    var depth: Int
    var drafts: [TargetDraft]
    var responsibility: Responsibility?
    /// The item's text without its number and responsibility note, as written.
    var body: String
    /// Set when numbered items follow: a heading, not a task.
    var isContainer = false
    /// Whether the line starts with a heading number.
    var isNumbered = false
    /// Index of the numbered heading the item sits under.
    var parent: Int?

    static func read(line: Int, original: [Character], normalized: [Character], bodyStart: Int,
                     section: String, depth: Int, firstListedLeads: Bool,
                     skipped: inout [SkippedNumber], seen: inout Int) -> Item {
        var end = normalized.count
        var responsibility: Responsibility?
        if let note = ResponsibilityNote.find(in: normalized, from: bodyStart, firstListedLeads: firstListedLeads) {
            responsibility = note.responsibility
            end = note.start
        }
        let drafts = ClauseParser.targets(normalized: Array(normalized[bodyStart..<end]),
                                          original: Array(original[bodyStart..<end]), skipped: &skipped, seen: &seen)
        let body = String(original[bodyStart..<end]).trimmingCharacters(in: " 　")
        return Item(line: line, section: section, depth: depth, drafts: drafts,
                    responsibility: responsibility, body: body)
    }

    /// The item as one milestone: its first clause names it.
    var milestone: TargetDraft {
        let name = body.split(whereSeparator: { "，,。；;：:".contains($0) }).first.map(String.init) ?? body
        return TargetDraft(indicator: name, kind: .milestone, comparator: .exact, direction: .level,
                           value: nil, unit: "", text: body)
    }
}
