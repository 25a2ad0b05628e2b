/// The numbering style of a heading or item: each style is one level of a document's outline.
enum HeadingStyle: Hashable, Sendable {
    /// `一、`
    case chineseComma
    /// `（一）`
    case chineseParenthesised
    /// `1.`, `1．` or `1、`
    case arabicDot
    /// `（1）`
    case arabicParenthesised
    /// `①`
    case circled

    /// Rank in the conventional outline, 0 at the top.
    var rank: Int {
        switch self {
        case .chineseComma: return 0
        case .chineseParenthesised: return 1
        case .arabicDot: return 2
        case .arabicParenthesised: return 3
        case .circled: return 4
        }
    }
}

/// A numbered heading or item at the start of a line: its style, its label as it goes into a
/// section path, and where the text after the number starts.
struct Heading: Hashable, Sendable {
    var style: HeadingStyle
    /// Path component: `一`, `(一)`, `3`, `(1)`, `①`.
    var label: String
    /// Offset in the line's characters where the heading text begins.
    var bodyStart: Int

    /// Recognises a heading at the start of a normalised line (after leading spaces).
    static func parse(_ line: [Character]) -> Heading? {
        var i = 0
        while i < line.count, line[i].isWhitespace { i += 1 }
        guard i < line.count else { return nil }
        let start = i
        if line[i] == "(" {
            var j = i + 1
            while j < line.count, line[j] != ")", j - i <= 4 { j += 1 }
            guard j < line.count, line[j] == ")" else { return nil }
            let inner = line[(i + 1)..<j]
            if ChineseNumeral.value(inner) != nil {
                return Heading(style: .chineseParenthesised, label: "(\(String(inner)))", bodyStart: j + 1)
            }
            if !inner.isEmpty, inner.allSatisfy(\.isASCIIDigit), inner.count <= 2 {
                return Heading(style: .arabicParenthesised, label: "(\(String(inner)))", bodyStart: j + 1)
            }
            return nil
        }
        if isCircledNumber(line[i]) {
            return Heading(style: .circled, label: String(line[i]), bodyStart: i + 1)
        }
        var j = i
        while j < line.count, ChineseNumeral.isNumeralCharacter(line[j]), j - i < 3 { j += 1 }
        if j > i, j < line.count, line[j] == "、", ChineseNumeral.value(line[i..<j]) != nil {
            return Heading(style: .chineseComma, label: String(line[i..<j]), bodyStart: j + 1)
        }
        j = start
        while j < line.count, line[j].isASCIIDigit, j - start < 3 { j += 1 }
        if j > start, j < line.count, line[j] == "." || line[j] == "、",
           j + 1 == line.count || !line[j + 1].isASCIIDigit {
            return Heading(style: .arabicDot, label: String(line[start..<j]), bodyStart: j + 1)
        }
        return nil
    }

    /// ① … ⑳
    private static func isCircledNumber(_ c: Character) -> Bool {
        guard let scalar = c.unicodeScalars.first, c.unicodeScalars.count == 1 else { return false }
        return (0x2460...0x2473).contains(scalar.value)
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
