/// Splits lists of department names as allocation documents write them.
///
/// `省财政厅、国税局和地税局` → `省财政厅`, `省国税局`, `省地税局`: the jurisdiction prefix of the
/// list (`省`, `市`, `自治区` …) is carried to the bare department names after it; bare place
/// names before a government (`哈尔滨、大庆市政府`) get the government's suffix. Names are kept as
/// written otherwise; `DepartmentKey` says which of them are the same body. Collective
/// addressees (`各地、各部门`, `各县、市、区政府`) name no department and are left out.
public enum DepartmentNames {
    /// Splits a list of names; `prefix` is the jurisdiction prefix carried from earlier lists of
    /// the same responsibility note (updated when this list sets one).
    static func split(_ list: String, carrying prefix: inout String?) -> [String] {
        var names = rawNames(list)
        names = carrySuffixes(names)
        return names.map { name in
            if let own = jurisdictionPrefix(of: name) {
                prefix = own
                return name
            }
            if let prefix, needsPrefix(name) { return prefix + name }
            return name
        }
    }

    /// Whether a name is a person's post (分管副省长, 协管副秘书长 …) rather than a department.
    static func isLeader(_ name: String) -> Bool {
        leaderSuffixes.contains { name.hasSuffix($0) }
    }

    // MARK: - Splitting

    /// The names of a list; a comma-separated part that starts with `各` (各地、各部门) is a
    /// collective addressee and gives none.
    private static func rawNames(_ list: String) -> [String] {
        var names: [String] = []
        for segment in list.split(whereSeparator: { ",，;；".contains($0) }) {
            if String(segment).trimmingCharacters(in: " ").hasPrefix("各") { continue }
            for part in segment.split(whereSeparator: { "、/".contains($0) }) {
                names.append(contentsOf: splitConjunctions(String(part)))
            }
        }
        return names.map(stripTrailingEtc).filter { !$0.isEmpty && !collective.contains($0) }
    }

    private static let collective: Set<String> = ["有关部门", "相关部门", "有关单位", "相关单位"]

    /// Splits on 和/及/与 only where the left side is a complete department name, so that
    /// `省工业和信息化厅` stays whole and `省财政厅和税务局` splits.
    private static func splitConjunctions(_ part: String) -> [String] {
        let chars = Array(part.trimmingCharacters(in: " "))
        for (i, c) in chars.enumerated() where ["和", "及", "与"].contains(c) && i > 0 && i < chars.count - 1 {
            let left = String(chars[..<i])
            if let last = left.last, departmentEndings.contains(last) || left.hasSuffix("政府") {
                return [left] + splitConjunctions(String(chars[(i + 1)...]))
            }
        }
        return chars.isEmpty ? [] : [String(chars)]
    }

    private static func stripTrailingEtc(_ name: String) -> String {
        var name = name.trimmingCharacters(in: " ")
        for tail in ["等有关部门", "等相关部门", "等部门", "等单位", "等"] where name.hasSuffix(tail) && name.count > tail.count {
            name = String(name.dropLast(tail.count))
            break
        }
        return name
    }

    /// `哈尔滨、齐齐哈尔、大庆市政府` → every place gets `市政府`; `绥芬河市、抚远县政府` → `绥芬河市政府`.
    private static func carrySuffixes(_ names: [String]) -> [String] {
        var result = names
        var government: String?
        for (i, name) in names.enumerated().reversed() {
            if let suffix = governmentSuffixes.first(where: { name.hasSuffix($0) && name.count > $0.count }) {
                government = suffix
            } else if looksLikeDepartment(name) || isLeader(name) {
                government = nil
            } else if let suffix = government {
                let endsInPlace = name.last.map { placeEndings.contains($0) } ?? false
                let suffixHasPlace = suffix.first.map { placeEndings.contains($0) } ?? false
                result[i] = name + (endsInPlace && suffixHasPlace ? String(suffix.dropFirst()) : suffix)
                government = governmentSuffixes.first { result[i].hasSuffix($0) }
            }
        }
        return result
    }

    // MARK: - Classification

    static func jurisdictionPrefix(of name: String) -> String? {
        ["自治区", "省", "市", "县", "区"].first { name.hasPrefix($0) && name.count > $0.count + 1 }
    }

    /// Whether a name reads as a department (ends in 厅, 委, 局, 处, 中心 … or is a known spelling).
    static func isDepartmentName(_ name: String) -> Bool {
        looksLikeDepartment(name) && !isLeader(name)
    }

    private static func looksLikeDepartment(_ name: String) -> Bool {
        guard let last = name.last else { return false }
        return departmentEndings.contains(last) || DepartmentKey.isKnownStem(name)
    }

    /// A bare department name that takes the list's jurisdiction prefix (`地税局` after `省国税局`).
    private static func needsPrefix(_ name: String) -> Bool {
        if DepartmentKey.isKnownStem(name) { return true }
        guard looksLikeDepartment(name), !isLeader(name), name.count <= 5 else { return false }
        return !["政府", "行署", "海关", "国务院", "国家", "中国", "人民银行"].contains { name.contains($0) }
    }

    private static let departmentEndings: Set<Character> = [
        "厅", "委", "局", "办", "室", "院", "会", "署", "府", "行", "社", "司", "关", "部", "团", "队", "所", "联", "馆", "处", "台", "站", "组", "位", "心",
    ]

    private static let placeEndings: Set<Character> = ["市", "县", "区", "州", "旗", "盟"]

    private static let governmentSuffixes = ["市人民政府", "县人民政府", "区人民政府", "市政府", "县政府", "区政府", "州政府", "人民政府", "政府", "地区行署", "行署"]

    private static let leaderSuffixes = ["省长", "市长", "县长", "区长", "州长", "主席", "秘书长", "书记", "领导", "盟长"]
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        let isTrimmed: (Character) -> Bool = { set.contains($0) || $0.isWhitespace }
        guard let first = firstIndex(where: { !isTrimmed($0) }), let last = lastIndex(where: { !isTrimmed($0) }) else { return "" }
        return String(self[first...last])
    }
}
