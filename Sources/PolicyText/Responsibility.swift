/// Who answers for a task: lead and co-organising departments, leaders, and the form of words
/// the document used.
struct Responsibility: Hashable, Sendable {
    var lead: [String] = []
    var co: [String] = []
    var leaders: [String] = []
    /// The keywords as written, joined: 负责, 主办协办, 分别负责, 牵头按职责分工负责, 牵头单位责任单位 …
    var form: String = ""

    var isEmpty: Bool { lead.isEmpty && co.isEmpty && leaders.isEmpty }

    /// Parses the note that closes an item, without its parentheses:
    /// `省财政厅主办，省国税局、地税局协办`, `由省财政厅牵头，会同省民政厅等单位负责落实`. A note of
    /// department names alone (`工资处、就管中心`) makes them all leads. `nil` when it names no
    /// responsibility.
    static func parseNote(_ note: String) -> Responsibility? {
        let segments = note.split(whereSeparator: { ",;。".contains($0) }).map(String.init)
        let keyed = segments.map { segment -> (names: String, keyword: String?, joining: Bool) in
            var trimmed = segment.trimmingCharacters(in: " ")
            let joining = trimmed.hasPrefix("会同")
            if let opener = openers.first(where: { trimmed.hasPrefix($0) && trimmed.count > $0.count }) {
                trimmed = String(trimmed.dropFirst(opener.count))
            }
            guard let keyword = keywords.first(where: { trimmed.hasSuffix($0) }) else { return (trimmed, nil, joining) }
            return (String(trimmed.dropLast(keyword.count)), keyword, joining)
        }
        guard keyed.contains(where: { $0.keyword != nil }) else { return namesOnly(keyed.map(\.names)) }
        let hasLeadKeyword = keyed.contains { leadKeywords.contains($0.keyword ?? "") }
        var result = Responsibility()
        var prefix: String?
        var forms: [String] = []
        for (list, keyword, joining) in keyed {
            let names = DepartmentNames.split(list, carrying: &prefix)
            let departments = names.filter { !DepartmentNames.isLeader($0) }
            result.leaders += names.filter(DepartmentNames.isLeader)
            guard !departments.isEmpty else { continue }
            let role: Role = switch keyword {
            case _ where joining && hasLeadKeyword: .co
            case .some(let k) where coKeywords.contains(k): .co
            case .some(let k) where k.hasPrefix("按") && hasLeadKeyword: .co
            case .some: .lead
            case .none: result.lead.isEmpty ? .lead : .co
            }
            if let keyword, !forms.contains(keyword) { forms.append(keyword) }
            result.assign(departments, to: role)
        }
        result.form = forms.joined()
        return result.isEmpty ? nil : result
    }

    /// A note without keywords answers for the item only when every name in it is a department.
    private static func namesOnly(_ lists: [String]) -> Responsibility? {
        var prefix: String?
        let names = lists.flatMap { DepartmentNames.split($0, carrying: &prefix) }
        guard !names.isEmpty, names.allSatisfy(DepartmentNames.isDepartmentName) else { return nil }
        var result = Responsibility()
        result.assign(names, to: .lead)
        return result
    }

    /// Parses labelled responsibility text: `牵头单位：省发展改革委；责任单位：省统计局`.
    /// A value written as a note (`部门分工：省发展改革委牵头，各地、各部门配合`) is read as one;
    /// remarks in parentheses are left out. With `firstListedLeads` (the document says the unit
    /// listed first leads), a 责任单位 list without a lead label has its first name as lead and the
    /// rest as co-organisers. `nil` when the text does not start with a label.
    static func parseLabelled(_ text: String, firstListedLeads: Bool = false) -> Responsibility? {
        let trimmed = text.trimmingCharacters(in: " ")
        // Only a line that starts with a label is labelled: the rest is never scanned.
        guard Label.all.contains(where: { trimmed.hasPrefix($0.text) }) else { return nil }
        let chars = Array(trimmed)
        var found: [(label: Label, start: Int, valueStart: Int)] = []
        var i = 0
        while i < chars.count {
            if let label = Label.all.first(where: { matches($0.characters, chars, at: i) }),
               i + label.characters.count < chars.count, ":：".contains(chars[i + label.characters.count]) {
                found.append((label, i, i + label.characters.count + 1))
                i += label.characters.count + 1
            } else {
                i += 1
            }
        }
        guard let first = found.first, first.start == 0 else { return nil }
        let hasLeadLabel = found.contains { $0.label.role == .lead }
        let responsibleRole: Role = hasLeadLabel ? .co : .lead
        var result = Responsibility()
        var prefix: String?
        for (n, entry) in found.enumerated() {
            let end = n + 1 < found.count ? found[n + 1].start : chars.count
            let value = withoutRemarks(String(chars[entry.valueStart..<end])).trimmingCharacters(in: " ;,。)）】]")
            if entry.label.role != .leader, keywords.contains(where: { value.contains($0) }), let note = parseNote(value) {
                result.assign(note.lead, to: .lead)
                result.assign(note.co, to: .co)
                result.leaders += note.leaders
                result.form += entry.label.text + note.form
                continue
            }
            let names = DepartmentNames.split(value, carrying: &prefix)
            if entry.label.role == .leader {
                result.leaders += names
                continue
            }
            result.leaders += names.filter(DepartmentNames.isLeader)
            let departments = names.filter { !DepartmentNames.isLeader($0) }
            if entry.label.role == .responsible, !hasLeadLabel, firstListedLeads, let first = departments.first {
                result.assign([first], to: .lead)
                result.assign(Array(departments.dropFirst()), to: .co)
            } else {
                result.assign(departments, to: entry.label.role == .responsible ? responsibleRole : entry.label.role)
            }
            result.form += entry.label.text
        }
        return result
    }

    /// The text without parenthesised remarks (`(列第一位者为牵头单位,下同)`).
    private static func withoutRemarks(_ text: String) -> String {
        var kept = ""
        var depth = 0
        for c in text {
            if "(（".contains(c) { depth += 1; continue }
            if ")）".contains(c) { depth = max(0, depth - 1); continue }
            if depth == 0 { kept.append(c) }
        }
        return kept
    }

    private mutating func assign(_ names: [String], to role: Role) {
        for name in names {
            switch role {
            case .lead where !lead.contains(name): lead.append(name)
            case .co where !co.contains(name) && !lead.contains(name): co.append(name)
            case .leader where !leaders.contains(name): leaders.append(name)
            default: break
            }
        }
    }

    private static func matches(_ word: [Character], _ chars: [Character], at i: Int) -> Bool {
        guard i + word.count <= chars.count else { return false }
        return chars[i..<(i + word.count)].elementsEqual(word)
    }

    /// `responsible` (责任单位) leads unless a 牵头/主办 label names the lead.
    private enum Role { case lead, co, leader, responsible }

    private struct Label {
        var text: String
        var role: Role
        /// `text` as characters, made once.
        var characters: [Character]

        init(text: String, role: Role) {
            self.text = text
            self.role = role
            characters = Array(text)
        }
        static let all: [Label] = [
            Label(text: "协同责任单位", role: .co), Label(text: "配合责任单位", role: .co),
            Label(text: "牵头责任单位", role: .lead), Label(text: "牵头负责部门", role: .lead),
            Label(text: "牵头负责领导", role: .leader), Label(text: "分管省领导", role: .leader),
            Label(text: "部门分工", role: .responsible),
            Label(text: "牵头单位", role: .lead), Label(text: "牵头部门", role: .lead),
            Label(text: "主办单位", role: .lead), Label(text: "主责单位", role: .lead),
            Label(text: "责任单位", role: .responsible), Label(text: "责任部门", role: .responsible),
            Label(text: "协办单位", role: .co), Label(text: "配合单位", role: .co), Label(text: "配合部门", role: .co),
            Label(text: "参与单位", role: .co), Label(text: "参与部门", role: .co), Label(text: "协同单位", role: .co),
            Label(text: "牵头领导", role: .leader), Label(text: "责任领导", role: .leader),
            Label(text: "分管领导", role: .leader), Label(text: "联系领导", role: .leader),
        ]
    }

    /// Words before a list of names that are not part of it.
    private static let openers = ["会同", "由", "请"]

    /// Keywords that close a list of names, longest first.
    private static let keywords = [
        "等单位负责落实", "负责落实", "按照职责分工负责", "按职责分工负责", "按职责负责", "分别牵头负责", "分别负责", "共同负责", "牵头负责", "负总责",
        "分别牵头", "牵头", "主办", "协办", "配合", "参与", "协助", "协同", "负责",
    ]
    private static let leadKeywords: Set<String> = ["牵头负责", "分别牵头负责", "分别牵头", "牵头", "主办", "负总责"]
    private static let coKeywords: Set<String> = ["协办", "配合", "参与", "协助", "协同"]
}
