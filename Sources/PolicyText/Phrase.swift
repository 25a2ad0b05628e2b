/// A stretch of an item's text kept as normalised and original characters side by side, so
/// that words found in the normalised form can be cut from the text as written.
struct Phrase: Hashable, Sendable {
    private(set) var normalized: [Character]
    private(set) var original: [Character]

    init(normalized: [Character], original: [Character]) {
        precondition(normalized.count == original.count, "normalised and original text differ in length")
        self.normalized = normalized
        self.original = original
    }

    var isEmpty: Bool { normalized.isEmpty }

    /// The phrase without surrounding spaces.
    var trimmed: Phrase {
        guard let first = normalized.firstIndex(where: { !$0.isWhitespace }),
              let last = normalized.lastIndex(where: { !$0.isWhitespace }) else { return Phrase(normalized: [], original: []) }
        return slice(first..<(last + 1))
    }

    /// Drops leading separators and spaces (`、`, `,`, `和` …).
    mutating func trimLeadingSeparators() {
        let start = normalized.firstIndex(where: { !"、,;:和及 ".contains($0) && !$0.isWhitespace }) ?? normalized.count
        self = slice(start..<normalized.count)
    }

    /// Removes any of `words` from the end, repeatedly; returns them in the order written.
    mutating func stripTrailing(_ words: [String]) -> [String] {
        var removed: [String] = []
        self = trimmed
        while let word = words.first(where: { normalized.hasWord($0, endingAt: normalized.count) }), word.count <= normalized.count {
            removed.insert(word, at: 0)
            self = slice(0..<(normalized.count - word.count)).trimmed
        }
        return removed
    }

    /// Removes any of `words` from the start, repeatedly.
    mutating func stripLeading(_ words: [String]) {
        self = trimmed
        while let word = words.first(where: { normalized.hasWord($0, at: 0) }), word.count < normalized.count {
            self = slice(word.count..<normalized.count).trimmed
        }
    }

    /// Keeps the text after the last list separator `、` that is not inside quotes and not
    /// between Chinese numerals (`一、二级公路` stays whole).
    mutating func keepAfterLastListSeparator() {
        if let i = listSeparators.last { self = slice((i + 1)..<normalized.count).trimmed }
    }

    /// Keeps the text before the first list separator `、` outside quotes.
    mutating func keepBeforeListSeparator() {
        if let i = listSeparators.first { self = slice(0..<i) }
    }

    /// Keeps the text after a label's colon (`主要预期目标:经济` → `经济`).
    mutating func keepAfterLabel() {
        if let i = normalized.lastIndex(of: ":"), i + 1 < normalized.count { self = slice((i + 1)..<normalized.count) }
    }

    /// Keeps the text before a baseline `从N…` (`补助标准从25元提高到30元` → `补助标准`).
    mutating func cutBaseline() {
        if let i = normalized.indices.first(where: { normalized[$0] == "从" && $0 + 1 < normalized.count && normalized[$0 + 1].isASCIIDigit }), i > 0 {
            self = slice(0..<i).trimmed
        }
    }

    private var listSeparators: [Int] {
        var quoted = 0
        var found: [Int] = []
        for (i, c) in normalized.enumerated() {
            if "“《「‘".contains(c) { quoted += 1 }
            if "”》」’".contains(c) { quoted = max(0, quoted - 1) }
            if c == "、", quoted == 0, !(i > 0 && ChineseNumeral.isNumeralCharacter(normalized[i - 1])) { found.append(i) }
        }
        return found
    }

    /// Removes parenthesised remarks such as `(现价)`.
    mutating func removeParenthesised() {
        var keep: [Int] = []
        var depth = 0
        for (i, c) in normalized.enumerated() {
            if c == "(" { depth += 1; continue }
            if c == ")" { depth = max(0, depth - 1); continue }
            if depth == 0 { keep.append(i) }
        }
        self = Phrase(normalized: keep.map { normalized[$0] }, original: keep.map { original[$0] })
    }

    mutating func dropFirst() {
        self = slice(min(1, normalized.count)..<normalized.count)
    }

    private func slice(_ range: Range<Int>) -> Phrase {
        Phrase(normalized: Array(normalized[range]), original: Array(original[range]))
    }
}
