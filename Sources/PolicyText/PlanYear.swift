/// The plan year of a document and the clue it was read from.
public struct PlanYear: Hashable, Sendable, CustomStringConvertible {
    public var year: Int
    public var clue: YearClue
    /// The words the year was read from (`省十三届人大一次会议`, `二〇一八年二月`); empty when given.
    public var evidence: String
    /// 1-based line of the evidence; 0 when given.
    public var line: Int

    public var description: String {
        clue == .given ? "plan year \(year) (given)" : "plan year \(year) from \(clue) `\(evidence)` (line \(line))"
    }
}

/// Where a plan year comes from, strongest first.
public enum YearClue: String, CaseIterable, Hashable, Sendable, CustomStringConvertible {
    /// `--year`.
    case given
    /// A people's congress session: 十三届人大一次会议 is the first year of the 13th congress (2018).
    case session
    /// A title such as `2021年省《政府工作报告》`.
    case title
    /// A dated header or sign-off: `2021年3月21日`, `二〇一八年二月`, `2020-02-03`.
    case date
    /// The year written most often (`20XX年`).
    case frequent

    public var description: String {
        switch self {
        case .given: return "--year"
        case .session: return "the congress session"
        case .title: return "the title"
        case .date: return "the date"
        case .frequent: return "the most frequent year"
        }
    }
}

/// Reads a plan year from a document's lines.
///
/// Sessions of the people's congresses of provinces, autonomous regions and the country are
/// numbered alike: the 10th congress sat 2003–2007, the 11th 2008–2012, the 12th 2013–2017, the
/// 13th 2018–2022, the 14th 2023–2027, and its n-th session is in its n-th year (a sixth session,
/// held when a congress met twice in one year, is taken as its last year). City and county
/// congresses (`市六届人大四次会议`) and standing committees are numbered otherwise and are not
/// read. When clues of different kinds give different years, the strongest wins and the others
/// become a warning.
enum PlanYearReader {
    /// The year, the clue and any disagreeing clues; `nil` when the text has no year at all.
    static func read(_ lines: [DocumentLine]) -> (year: PlanYear, warnings: [String])? {
        var found: [YearClue: PlanYear] = [:]
        var counts: [Int: Int] = [:]
        var firstSeen: [Int: Int] = [:]
        for line in lines {
            let text = Array(TextNormalization.normalize(line.text))
            if found[.session] == nil, let (year, words) = session(text) {
                found[.session] = PlanYear(year: year, clue: .session, evidence: words, line: line.number)
            }
            if found[.title] == nil, let (year, words) = title(text) {
                found[.title] = PlanYear(year: year, clue: .title, evidence: words, line: line.number)
            }
            if found[.date] == nil, let (year, words) = date(text) {
                found[.date] = PlanYear(year: year, clue: .date, evidence: words, line: line.number)
            }
            for year in writtenYears(text) {
                counts[year, default: 0] += 1
                if firstSeen[year] == nil { firstSeen[year] = line.number }
            }
        }
        if let best = counts.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) }) {
            found[.frequent] = PlanYear(year: best.key, clue: .frequent, evidence: "\(best.key)年 ×\(best.value)",
                                        line: firstSeen[best.key] ?? 0)
        }
        guard let chosen = YearClue.allCases.lazy.compactMap({ found[$0] }).first else { return nil }
        let warnings = [YearClue.session, .title, .date].compactMap { found[$0] }
            .filter { $0.year != chosen.year }
            .map { "\(chosen); but \($0.clue) `\($0.evidence)` (line \($0.line)) says \($0.year)" }
        return (chosen, warnings)
    }

    // MARK: - Clues

    private static func session(_ text: [Character]) -> (Int, String)? {
        var i = 0
        while i < text.count {
            guard text[i] == "届" else { i += 1; continue }
            var start = i
            while start > 0, ChineseNumeral.isNumeralCharacter(text[start - 1]) { start -= 1 }
            guard start < i, let term = ChineseNumeral.value(text[start..<i]), (10...14).contains(term) else { i += 1; continue }
            let before = String(text[max(0, start - 4)..<start])
            let local = ["市", "县", "区", "州", "旗"].contains { before.hasSuffix($0) || before.hasSuffix($0 + "第") }
            if local && !before.hasSuffix("自治区") && !before.hasSuffix("自治区第") { i += 1; continue }
            var j = i + 1
            for word in ["全国", "人民代表大会", "人大"] where text.hasWord(word, at: j) { j += word.count }
            guard j > i + 1, text.hasWord("人大", endingAt: j) || text.hasWord("人民代表大会", endingAt: j),
                  !text.hasWord("常委会", at: j) else { i += 1; continue }
            if j < text.count, text[j] == "第" { j += 1 }
            let sessionStart = j
            while j < text.count, ChineseNumeral.isNumeralCharacter(text[j]) { j += 1 }
            guard j < text.count, text[j] == "次", let number = ChineseNumeral.value(text[sessionStart..<j]), number >= 1 else { i += 1; continue }
            let end = text.hasWord("会议", at: j + 1) ? j + 3 : j + 1
            let first = 2003 + 5 * (term - 10)
            let wordsStart = text.hasWord("第", endingAt: start) ? start - 1 : start
            let prefixStart = ["自治区", "全国", "省"].first { text.hasWord($0, endingAt: wordsStart) }.map { wordsStart - $0.count } ?? wordsStart
            return (first + min(number, 5) - 1, String(text[prefixStart..<end]))
        }
        return nil
    }

    /// `2021年省《政府工作报告》`, `二〇一三年《政府工作报告》`, `2020年政府工作报告`.
    private static func title(_ text: [Character]) -> (Int, String)? {
        for (year, start, end) in years(text) {
            var j = end
            for word in ["全省", "全市", "省", "市", "《"] where text.hasWord(word, at: j) { j += word.count }
            if text.hasWord("《", at: j) { j += 1 }
            if text.hasWord("政府工作报告", at: j) { return (year, String(text[start..<(j + 6)])) }
        }
        return nil
    }

    /// A dated header or sign-off: a short line (or one labelled 时间/日期) with a full date.
    private static func date(_ text: [Character]) -> (Int, String)? {
        let line = String(text).trimmingCharacters(in: " ")
        guard line.count <= 24 || line.contains("时间") || line.contains("日期") else { return nil }
        for (year, start, end) in years(text) where end < text.count {
            var j = end
            while j < text.count, text[j].isASCIIDigit || ChineseNumeral.isNumeralCharacter(text[j]) { j += 1 }
            if j > end, j < text.count, text[j] == "月" { return (year, String(text[start...j])) }
        }
        // 2020-02-03
        var i = 0
        while i + 7 <= text.count {
            if (i == 0 || !text[i - 1].isASCIIDigit), text[i..<(i + 4)].allSatisfy(\.isASCIIDigit), text[i + 4] == "-",
               text[i + 5].isASCIIDigit, let year = Int(String(text[i..<(i + 4)])), (1990...2100).contains(year) {
                var j = i + 5
                while j < text.count, text[j].isASCIIDigit || text[j] == "-" { j += 1 }
                return (year, String(text[i..<j]))
            }
            i += 1
        }
        return nil
    }

    /// Every `YYYY年` written in digits or Chinese numerals: (year, start, index after 年).
    private static func years(_ text: [Character]) -> [(Int, Int, Int)] {
        var found: [(Int, Int, Int)] = []
        var i = 0
        while i + 5 <= text.count {
            let digits = text[i..<(i + 4)]
            if text[i + 4] == "年", i == 0 || !(text[i - 1].isASCIIDigit || yearDigits[text[i - 1]] != nil) {
                var year: Int?
                if digits.allSatisfy(\.isASCIIDigit) {
                    year = Int(String(digits))
                } else if digits.allSatisfy({ yearDigits[$0] != nil }) {
                    year = digits.reduce(0) { $0 * 10 + yearDigits[$1]! }
                }
                if let year, (1990...2100).contains(year) { found.append((year, i, i + 5)) }
            }
            i += 1
        }
        return found
    }

    /// `20XX年` in digits, for the most-frequent clue.
    private static func writtenYears(_ text: [Character]) -> [Int] {
        years(text).filter { text[$0.1].isASCIIDigit }.map(\.0)
    }

    private static let yearDigits: [Character: Int] = [
        "〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]
}
