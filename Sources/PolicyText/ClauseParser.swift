import Foundation
import TargetModel

/// Reads the quantitative targets of one item's text, clause by clause.
///
/// A clause is the text between `，`, `；`, `。` (and `！`, `？`). In each clause every number with a
/// unit is a candidate; candidates that are dates, durations, speeds, ordinals, baselines
/// (`从25元`), qualifiers (`100亿元以上的项目`), descriptive counts (`7个市与…`, `等5个`) or inside
/// quotation marks are dropped. Shared constructions (`A、B均增长12%`, `A、B分别达到39%和36%`)
/// give one target per indicator. A clause with no number that says `持平` is a 0 % target.
enum ClauseParser {
    /// The targets of an item body; `normalized` and `original` have the same length. Every number
    /// with a unit that is not read as a target goes into `skipped` with the reason.
    /// `seen` counts every number with a unit read.
    static func targets(normalized: [Character], original: [Character], skipped: inout [SkippedNumber],
                        seen: inout Int) -> [TargetDraft] {
        let quoted = quoteMask(normalized)
        var drafts: [TargetDraft] = []
        var previousIndicator: String?
        for range in clauseRanges(normalized) {
            let clause = Array(normalized[range])
            let text = String(original[range]).trimmingCharacters(in: " ")
            var quantities: [Quantity] = []
            for q in Quantity.scan(clause) {
                seen += 1
                if let reason = skipReason(q, in: clause, quoted: quoted, offset: range.lowerBound) {
                    skipped.append(SkippedNumber(written: String(original[(range.lowerBound + q.start)..<(range.lowerBound + q.end)]),
                                                 reason: reason, line: 0))
                } else {
                    quantities.append(q)
                }
            }
            var clauseDrafts = quantities.isEmpty
                ? unchanged(clause, original: Array(original[range]), text: text)
                : parse(clause, original: Array(original[range]), quantities: quantities, text: text)
            for i in clauseDrafts.indices where clauseDrafts[i].indicator.isEmpty {
                clauseDrafts[i].indicator = previousIndicator ?? ""
            }
            for i in clauseDrafts.indices where stageVerbs.contains(clauseDrafts[i].indicator) {
                clauseDrafts[i].indicator += object(of: previousIndicator)
            }
            previousIndicator = clauseDrafts.last?.indicator ?? previousIndicator
            drafts += clauseDrafts
        }
        return drafts
    }

    /// What the previous indicator is about after its stage verb: `新开工保障性住房` → `保障性住房`,
    /// so that `基本建成18万套` after it reads `基本建成保障性住房`.
    private static func object(of indicator: String?) -> String {
        guard let indicator else { return "" }
        let ends = stageVerbs.compactMap { indicator.range(of: $0, options: .backwards)?.upperBound }
        guard let end = ends.max() else { return "" }
        return String(indicator[end...])
    }

    // MARK: - Clauses

    private static func clauseRanges(_ chars: [Character]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        var depth = 0
        for (i, c) in chars.enumerated() {
            if c == "(" { depth += 1 }
            if c == ")" { depth = max(0, depth - 1) }
            if depth == 0, clauseBreaks.contains(c) {
                if i > start { ranges.append(start..<i) }
                start = i + 1
            }
        }
        if start < chars.count { ranges.append(start..<chars.count) }
        return ranges
    }

    /// Marks characters inside “…”, 《…》, 「…」 and "…".
    private static func quoteMask(_ chars: [Character]) -> [Bool] {
        var mask = [Bool](repeating: false, count: chars.count)
        var depth = 0
        var straightOpen = false
        for (i, c) in chars.enumerated() {
            switch c {
            case "“", "《", "「", "‘": depth += 1
            case "”", "》", "」", "’": depth = max(0, depth - 1)
            case "\"": straightOpen.toggle()
            default: break
            }
            mask[i] = depth > 0 || straightOpen
        }
        return mask
    }

    // MARK: - Which numbers are targets

    /// Why a number is not a target, or `nil` when it is one.
    private static func skipReason(_ q: Quantity, in clause: [Character], quoted: [Bool], offset: Int) -> SkipReason? {
        let baseUnit = q.unit.drop(while: { "万亿千百".contains($0) })
        if excludedUnits.contains(String(baseUnit)) || baseUnit.isEmpty && q.unit.count > 1 { return .dateOrDuration }
        if quoted[offset + q.start] { return .quoted }
        let before = q.start > 0 ? clause[q.start - 1] : " "
        let after = q.end < clause.count ? clause[q.end] : "。"
        if before.isASCIILetter || (q.unitEnd < clause.count && clause[q.unitEnd].isASCIILetter) { return .code }
        if before == "第" { return .ordinal }
        if before == "从" { return .baseline }
        if before == "等" || before == "共" { return .descriptiveCount }
        if ["时速", "速度", "每小时", "一式", "编号", "代码"].contains(where: { clause.hasWord($0, endingAt: q.start) }) { return .code }
        if basisOpeners.contains(where: { clause.trimmedStart.hasPrefix($0) }) || clause.trimmedStart.contains("的基础上") { return .basis }
        if let modifier = q.modifier, ["以上", "及以上", "以下", "以内"].contains(modifier), !isClauseBoundary(after) { return .qualifier }
        if after == "的", before != "有", !(q.unit == "%" && shareVerbs.contains { clause.hasWord($0, endingAt: q.start) }) { return .qualifier }
        if q.unit == "个", q.end < clause.count, "市县区省村".contains(clause[q.end]),
           q.end + 1 >= clause.count || "与和、,的作".contains(clause[q.end + 1]) { return .descriptiveCount }
        return nil
    }

    private static func isClauseBoundary(_ c: Character) -> Bool {
        clauseBreaks.contains(c) || "、(（".contains(c) || c.isWhitespace
    }

    // MARK: - Reading a clause

    private static func parse(_ clause: [Character], original: [Character], quantities: [Quantity], text: String) -> [TargetDraft] {
        var drafts: [TargetDraft] = []
        var groupStart = 0
        var segmentStart = 0
        while groupStart < quantities.count {
            // Values joined by 和/、/及 form one group (`39%和36%`).
            var groupEnd = groupStart + 1
            while groupEnd < quantities.count,
                  clause[quantities[groupEnd - 1].end..<quantities[groupEnd].start].allSatisfy({ "和、及与 ".contains($0) }) {
                groupEnd += 1
            }
            let group = Array(quantities[groupStart..<groupEnd])
            let next = groupEnd < quantities.count ? quantities[groupEnd].start : clause.count
            drafts += read(group, clause: clause, original: original,
                           left: segmentStart..<group[0].start, rightEnd: next, text: text)
            segmentStart = group.last!.end
            groupStart = groupEnd
        }
        return drafts
    }

    /// Reads one group of values with the text to its left (subject and verb) and right (object).
    private static func read(_ group: [Quantity], clause: [Character], original: [Character],
                             left: Range<Int>, rightEnd: Int, text: String) -> [TargetDraft] {
        var phrase = Phrase(normalized: Array(clause[left]), original: Array(original[left]))
        phrase.keepAfterLabel()
        phrase.trimLeadingSeparators()
        let verbs = phrase.stripTrailing(verbWords)
        let shared = verbs.contains("均") || verbs.contains("分别")
        if !shared { phrase.keepAfterLastListSeparator() }
        phrase.cutBaseline()
        phrase.stripLeading(fillerWords)

        let last = group.last!
        var right = Phrase(normalized: Array(clause[last.end..<rightEnd]), original: Array(original[last.end..<rightEnd]))
        right.removeParenthesised()
        let isShare = last.start > 0 && clause[last.start - 1] == "有" && right.normalized.first == "的"
        if isShare { right.dropFirst() }
        right.keepBeforeListSeparator()
        right = right.trimmed

        let context = String(clause[left])
        var indicators: [String]
        if !right.isEmpty {
            let verb = phrase.original.isEmpty ? "" : String(phrase.original)
            indicators = [isShare ? String(right.original) : verb + String(right.original)]
        } else if shared {
            indicators = splitSubjects(phrase)
        } else {
            indicators = [String(phrase.original).trimmingCharacters(in: " ")]
        }
        if indicators.isEmpty { indicators = [""] }

        var drafts: [TargetDraft] = []
        let count = max(indicators.count, group.count)
        for i in 0..<count {
            let q = group[min(i, group.count - 1)]
            let indicator = indicators[min(i, indicators.count - 1)]
            drafts.append(draft(q, indicator: indicator, context: context, verbs: verbs, isShare: isShare, text: text))
        }
        return drafts
    }

    private static func draft(_ q: Quantity, indicator: String, context: String, verbs: [String],
                              isShare: Bool, text: String) -> TargetDraft {
        let isRate = q.unit == "%" || q.unit.hasSuffix("百分点") || q.unit == "‰"
        let decreasing = decreaseWords.contains { context.contains($0) }
        let controlled = ceilingWords.contains { context.contains($0) }
        let statesChange = growthWords.contains { context.contains($0) && !context.contains($0 + "到") }
            || (changeWords.contains { word in context.contains(word) && !["到", "至"].contains { context.contains(word + $0) } }
                && !rateNouns.contains { context.contains($0) })
        let growth = isRate && !q.unit.hasSuffix("百分点") && !isShare && statesChange
        let kind: TargetKind = growth ? .growthRate : (isRate ? .ratio : .level)
        // A price rise (`居民消费价格涨幅3%左右`) and a rate said without a verb
        // (`城镇调查失业率5%左右`) are levels to hold, not to raise.
        let priceRise = context.contains("价格") && (context.contains("涨幅") || context.contains("指数"))
        let bareRate = kind == .ratio && verbs.isEmpty && !statesChange && ["左右", "上下"].contains(q.modifier ?? "")
        let holds = controlled || priceRise || bareRate || context.contains("稳定在") || context.contains("保持在")
        let direction: Direction = decreasing ? .decrease : (holds ? .level : .increase)

        var comparator = Comparator.exact
        var tolerance: Double?
        if q.valueMax != nil {
            comparator = .range
        } else if let modifier = q.modifier {
            switch modifier {
            case "左右", "上下":
                comparator = controlled ? .atMost : .approx
                if isRate { tolerance = 0.5 }
            case "以上", "及以上", "多": comparator = .atLeast
            default: comparator = .atMost
            }
        } else if atLeastWords.contains(where: { context.hasSuffix($0) || verbs.contains($0) }) {
            comparator = .atLeast
        } else if controlled || atMostWords.contains(where: { context.hasSuffix($0) || verbs.contains($0) }) {
            comparator = .atMost
        }
        return TargetDraft(indicator: indicator, kind: kind, comparator: comparator, direction: direction,
                           value: q.value, valueMax: q.valueMax, unit: unit(of: q, indicator: indicator),
                           tolerance: tolerance, text: text)
    }

    /// A bare magnitude before people (`10万农村贫困人口`) is 万人.
    private static func unit(of q: Quantity, indicator: String) -> String {
        if q.unit == "万" || q.unit == "亿", indicator.contains("人") { return q.unit + "人" }
        return q.unit
    }

    /// `城区绿化覆盖率、绿地率` → both; `农产品本地转化和精深加工率` → 本地转化率, 精深加工率.
    private static func splitSubjects(_ phrase: Phrase) -> [String] {
        let text = String(phrase.original)
        let parts = text.split(whereSeparator: { "、和及与".contains($0) }).map { String($0).trimmingCharacters(in: " ") }.filter { !$0.isEmpty }
        guard let last = parts.last, parts.count > 1 else { return parts }
        return parts.map { part in
            if last.hasSuffix("率"), !part.hasSuffix("率") { return part + "率" }
            return part
        }
    }

    /// `氮氧化物排放量与上年持平` → 0 % with direction level.
    private static func unchanged(_ clause: [Character], original: [Character], text: String) -> [TargetDraft] {
        let s = String(clause)
        guard let range = s.range(of: "持平") else { return [] }
        var subject = String(s[..<range.lowerBound])
        for tail in ["与上年", "和上年", "同比", "与去年", "基本"] where subject.hasSuffix(tail) {
            subject = String(subject.dropLast(tail.count))
        }
        var phrase = Phrase(normalized: Array(subject), original: Array(original.prefix(subject.count)))
        phrase.stripLeading(fillerWords)
        return [TargetDraft(indicator: String(phrase.original), kind: .growthRate, comparator: .exact, direction: .level,
                            value: 0, unit: "%", text: text)]
    }

    // MARK: - Vocabulary

    private static let clauseBreaks: Set<Character> = [",", ";", "。", "!", "?", "！", "？", "，", "；"]
    private static let excludedUnits: Set<String> = ["年", "月", "日", "号", "天", "小时", "分钟", "周", "届", "级"]
    private static let basisOpeners = ["按照", "根据", "依照", "参照"]
    /// Stages of building work that are said without their object when it was just named.
    private static let stageVerbs: Set<String> = ["新开工", "开工", "开工建设", "基本建成", "建成", "竣工", "建成投运", "改造"]
    /// Verbs before `N%的X` that make N % a share of X to reach (`帮助20%的贫困户实现脱贫`).
    private static let shareVerbs = ["帮助", "使", "让", "推动"]
    /// Verbs and comparators stripped from the end of a subject, longest first.
    private static let verbWords = [
        "要达到", "达到", "提高到", "提高至", "提升到", "提升至", "增加到", "增加至", "增长到", "发展到", "下降到", "下降至",
        "降低到", "降低至", "减少到", "减少至", "降到", "降至", "控制在", "稳定在", "保持在", "不低于", "不少于", "不超过",
        "不高于", "超过", "突破", "至少", "低于", "高于", "少于", "增长", "下降", "降低", "减少", "提高", "增加", "上涨",
        "分别", "均", "要", "为", "达", "在",
    ]
    private static let fillerWords = [
        "全年", "今年", "年内", "力争", "努力", "确保", "实现", "其中", "同时", "包括", "并", "使", "争取", "将", "把",
    ]
    /// Words that make a percentage a change on last year.
    private static let growthWords = ["增长", "增幅", "增速", "涨幅", "上涨"]
    /// Verbs that make a percentage a change unless followed by 到/至 or said of a rate.
    private static let changeWords = ["提高", "增加", "下降", "降低", "减少", "下调", "压减", "削减"]
    private static let rateNouns = ["率", "比重", "比例"]
    private static let decreaseWords = ["下降", "降低", "减少", "下调", "压减", "削减", "降到", "降至"]
    private static let ceilingWords = ["控制在"]
    private static let atLeastWords = ["不低于", "不少于", "超过", "突破", "至少", "高于"]
    private static let atMostWords = ["不超过", "不高于", "低于", "少于"]
}

extension Character {
    var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
}

extension Array where Element == Character {
    /// The characters without leading spaces, as a string.
    var trimmedStart: String { String(drop(while: { $0.isWhitespace })) }
}
