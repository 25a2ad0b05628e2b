import TargetModel

/// Turns a Chinese target-allocation document (政府工作报告重点工作分工) into a catalog.
///
/// The document is read line by line. Numbered headings (`一、`, `（一）`, `1.`, `（1）`, `①`) build
/// the section path, ranked in that conventional order. Every line is an
/// item: its quantitative targets are read clause by clause ( see `ClauseParser`), and its
/// departments come from the note that closes it (`（省发改委负责）`) or from labelled lines
/// after it (`牵头单位：…`), which apply to every item since the last assignment. An item with
/// departments but no number becomes one `milestone` target; a heading whose items follow is
/// not a task itself.
///
/// Edge Cases: an empty text throws `emptyDocument`; a text with no target and no assigned task
/// throws `noTargets`; with no `year` given and none in the text, `noYear`; a text longer than
/// `maximumDocumentBytes` or a line longer than `maximumLineCharacters`, `tooLarge`.
/// Time grows linearly with the number of lines.
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
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        if let long = lines.firstIndex(where: { $0.utf8.count > Self.maximumLineCharacters && $0.count > Self.maximumLineCharacters }) {
            throw .tooLarge(source: source, line: long + 1, limit: "\(Self.maximumLineCharacters) characters (TargetExtractor.maximumLineCharacters)")
        }
        guard lines.contains(where: { !$0.trimmingCharacters(in: " ").isEmpty }) else {
            throw .emptyDocument(source: source)
        }
        var outline = Outline()
        var items: [Item] = []
        var pending = 0
        // Items since `pending` not yet known to be containers, deepest last (depths never rise
        // towards the end), and the numbered items that can still be a parent, shallowest first:
        // each line then costs a few steps, not a scan of every item before it.
        var openItems: [Int] = []
        var numberedChain: [Int] = []
        var lastLabelled: Range<Int>?
        var labelledBlock = ""
        for (index, line) in lines.enumerated() {
            let normalized = TextNormalization.normalize(line)
            let content = String(normalized).trimmingCharacters(in: " ")
            guard !content.isEmpty else { continue }
            if Responsibility.parseLabelled(content) != nil {
                // Consecutive labelled lines form one block, read together so that 责任单位 after
                // 牵头单位 on the line before is read as co-organiser.
                labelledBlock = lastLabelled == nil ? content : labelledBlock + ";" + content
                let block = Responsibility.parseLabelled(labelledBlock) ?? Responsibility()
                let targets = lastLabelled ?? Self.labelledItems(items, pending: pending)
                for i in targets where !items[i].isContainer { items[i].responsibility = block }
                lastLabelled = targets
                pending = items.count
                openItems.removeAll()
                continue
            }
            lastLabelled = nil
            let heading = Heading.parse(normalized)
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
            var item = Item.read(line: index + 1, original: Array(line), normalized: normalized,
                                 bodyStart: heading?.bodyStart ?? 0, section: outline.path, depth: depth)
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
        let targets = catalogTargets(items, year: try planYear(lines, source: source))
        guard !targets.isEmpty else { throw .noTargets(source: source) }
        return Catalog(targets: targets)
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
                    lead: responsibility.lead, co: responsibility.co, leaders: responsibility.leaders,
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

    /// The year given, else the year of `20XX年《政府工作报告》`, else the most frequent `20XX年`.
    private func planYear(_ lines: [String], source: String) throws(PolicyTextError) -> Int {
        if let year { return year }
        let text = lines.joined(separator: "\n")
        let chars = Array(text)
        var counts: [Int: Int] = [:]
        var i = 0
        while i + 5 <= chars.count {
            if chars[i..<(i + 4)].allSatisfy(\.isASCIIDigit), chars[i + 4] == "年",
               i == 0 || !chars[i - 1].isASCIIDigit, let y = Int(String(chars[i..<(i + 4)])), (1990...2100).contains(y) {
                let rest = String(chars[(i + 5)..<min(chars.count, i + 12)])
                if rest.hasPrefix("《政府工作报告") || rest.hasPrefix("政府工作报告") || rest.hasPrefix("《政府工作") { return y }
                counts[y, default: 0] += 1
            }
            i += 1
        }
        guard let best = counts.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) }) else { throw .noYear(source: source) }
        return best.key
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
                     section: String, depth: Int) -> Item {
        var end = normalized.count
        var responsibility: Responsibility?
        if let note = ResponsibilityNote.find(in: normalized, from: bodyStart) {
            responsibility = note.responsibility
            end = note.start
        }
        let drafts = ClauseParser.targets(normalized: Array(normalized[bodyStart..<end]),
                                          original: Array(original[bodyStart..<end]))
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
