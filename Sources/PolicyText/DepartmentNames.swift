/// Splits and normalises lists of department names as allocation documents write them.
///
/// `省财政厅、国税局和地税局` → `省财政厅`, `省国税局`, `省地税局`: the jurisdiction prefix of the
/// list (`省`, `市`, `自治区` …) is carried to the bare department names after it; bare place
/// names before a government (`哈尔滨、大庆市政府`) get the government's suffix; aliases are
/// normalised (`省发展改革委` = `省发展和改革委员会` = `省发改委`).
public enum DepartmentNames {
    /// Splits a list of names and normalises each; `prefix` is the jurisdiction prefix carried
    /// from earlier lists of the same responsibility note (updated when this list sets one).
    static func split(_ list: String, carrying prefix: inout String?) -> [String] {
        var names = rawNames(list)
        names = carrySuffixes(names)
        return names.map { name in
            if let own = jurisdictionPrefix(of: name) {
                prefix = own
                return normalize(name)
            }
            if let prefix, needsPrefix(name) { return normalize(prefix + name) }
            return normalize(name)
        }
    }

    /// The canonical spelling of a department name (aliases resolved, prefix kept).
    public static func normalize(_ name: String) -> String {
        let prefix = jurisdictionPrefix(of: name) ?? ""
        let stem = String(name.dropFirst(prefix.count))
        return prefix + (aliases[stem] ?? stem)
    }

    /// The key departments are grouped under in roll-ups: the canonical name, except that
    /// renamed bodies that are kept as written (`省工信委`, `省工业和信息化厅`) share a key.
    public static func group(of name: String) -> String {
        let canonical = normalize(name)
        let prefix = jurisdictionPrefix(of: canonical) ?? ""
        let stem = String(canonical.dropFirst(prefix.count))
        return prefix + (groups[stem] ?? stem)
    }

    /// Whether a name is a person's post (分管副省长, 协管副秘书长 …) rather than a department.
    static func isLeader(_ name: String) -> Bool {
        leaderSuffixes.contains { name.hasSuffix($0) }
    }

    // MARK: - Splitting

    private static func rawNames(_ list: String) -> [String] {
        var names: [String] = []
        for part in list.split(whereSeparator: { "、,，/".contains($0) }) {
            names.append(contentsOf: splitConjunctions(String(part)))
        }
        return names.map(stripTrailingEtc).filter { !$0.isEmpty }
    }

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

    private static func jurisdictionPrefix(of name: String) -> String? {
        ["自治区", "省", "市", "县", "区"].first { name.hasPrefix($0) && name.count > $0.count + 1 }
    }

    private static func looksLikeDepartment(_ name: String) -> Bool {
        guard let last = name.last else { return false }
        return departmentEndings.contains(last) || aliases[name] != nil
    }

    /// A bare department name that takes the list's jurisdiction prefix (`地税局` after `省国税局`).
    private static func needsPrefix(_ name: String) -> Bool {
        if aliases[name] != nil { return true }
        guard looksLikeDepartment(name), !isLeader(name), name.count <= 5 else { return false }
        return !["政府", "行署", "海关", "国务院", "国家", "中国", "人民银行"].contains { name.contains($0) }
    }

    private static let departmentEndings: Set<Character> = [
        "厅", "委", "局", "办", "室", "院", "会", "署", "府", "行", "社", "司", "关", "部", "团", "队", "所", "联", "馆", "处", "台", "站", "组", "位", "心",
    ]

    private static let placeEndings: Set<Character> = ["市", "县", "区", "州", "旗", "盟"]

    private static let governmentSuffixes = ["市人民政府", "县人民政府", "区人民政府", "市政府", "县政府", "区政府", "州政府", "人民政府", "政府", "地区行署", "行署"]

    private static let leaderSuffixes = ["省长", "市长", "县长", "区长", "州长", "主席", "秘书长", "书记", "领导", "盟长"]

    /// Alias → canonical stem (without the jurisdiction prefix).
    private static let aliases: [String: String] = {
        let table: [String: [String]] = [
            "发改委": ["发展改革委", "发展和改革委员会", "发展改革委员会", "发展和改革委", "发改委"],
            "财政厅": ["财政厅"],
            "人社厅": ["人力资源和社会保障厅", "人力资源社会保障厅", "人社厅"],
            "住建厅": ["住房和城乡建设厅", "住房城乡建设厅", "住建厅"],
            "国土资源厅": ["国土资源厅", "国土厅"],
            "环保厅": ["环境保护厅", "环保厅"],
            "工信委": ["工业和信息化委员会", "工信委"],
            "经信委": ["经济和信息化委员会", "经济和信息化委", "经信委"],
            "科技厅": ["科学技术厅", "科技厅"],
            "农委": ["农业委员会", "农委"],
            "国资委": ["国有资产监督管理委员会", "国资委"],
            "卫生计生委": ["卫生和计划生育委员会", "卫生计生委"],
            "人口计生委": ["人口和计划生育委员会", "人口计生委"],
            "金融办": ["金融工作办公室", "金融办"],
            "编办": ["机构编制委员会办公室", "编委办", "编办"],
            "残联": ["残疾人联合会", "残联"],
            "安全监管局": ["安全生产监督管理局", "安监局", "安全监管局"],
            "质监局": ["质量技术监督局", "质监局"],
            "工商局": ["工商行政管理局", "工商局"],
            "统计局": ["统计局"],
            "商务厅": ["商务厅"],
            "教育厅": ["教育厅"],
            "民政厅": ["民政厅"],
            "公安厅": ["公安厅"],
            "水利厅": ["水利厅"],
            "林业厅": ["林业厅"],
            "交通运输厅": ["交通运输厅"],
            "文化厅": ["文化厅"],
            "卫生厅": ["卫生厅"],
            "国税局": ["国税局", "国家税务局"],
            "地税局": ["地税局", "地方税务局"],
        ]
        var aliases: [String: String] = [:]
        for (canonical, spellings) in table {
            for spelling in spellings { aliases[spelling] = canonical }
        }
        return aliases
    }()

    /// Canonical stems that roll up together though they are different bodies.
    private static let groups: [String: String] = [
        "工信委": "工业和信息化", "工信厅": "工业和信息化", "工业和信息化厅": "工业和信息化", "经信委": "工业和信息化",
        "卫生厅": "卫生", "卫生计生委": "卫生", "人口计生委": "卫生",
    ]
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        let isTrimmed: (Character) -> Bool = { set.contains($0) || $0.isWhitespace }
        guard let first = firstIndex(where: { !isTrimmed($0) }), let last = lastIndex(where: { !isTrimmed($0) }) else { return "" }
        return String(self[first...last])
    }
}
