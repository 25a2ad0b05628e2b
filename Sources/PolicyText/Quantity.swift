import TextFormats

/// A number with its unit and modifiers found in a clause: `11%左右`, `3至5个`, `1300亿斤`.
///
/// Offsets are character offsets into the clause's normalised characters.
struct Quantity: Hashable, Sendable {
    var start: Int
    /// End of the number and unit, before any modifier.
    var unitEnd: Int
    /// End of the modifiers (`左右`, `以上` …).
    var end: Int
    var value: Double
    var valueMax: Double?
    /// Unit as written, magnitude included: `%`, `亿斤`, `万人`, `个`.
    var unit: String
    /// The modifier written after the unit, if any.
    var modifier: String?

    /// Every number with a unit in `chars`, in order. Numbers without a unit are not returned.
    static func scan(_ chars: [Character]) -> [Quantity] {
        var found: [Quantity] = []
        var i = 0
        while i < chars.count {
            guard chars[i].isASCIIDigit, i == 0 || !chars[i - 1].isASCIIDigit && chars[i - 1] != "." else { i += 1; continue }
            guard let first = number(chars, at: i) else { i += 1; continue }
            var end = first.end
            var unit = self.unit(chars, at: end)
            end += unit.count
            var valueMax: Double?
            if end < chars.count, rangeConnectors.contains(chars[end]), end + 1 < chars.count,
               chars[end + 1].isASCIIDigit, let second = number(chars, at: end + 1) {
                let secondUnit = self.unit(chars, at: second.end)
                if unit.isEmpty || unit == secondUnit {
                    valueMax = second.value
                    unit = secondUnit
                    end = second.end + secondUnit.count
                }
            }
            let unitEnd = end
            var modifier: String?
            if let written = modifiers.first(where: { chars.hasWord($0, at: end) }) {
                modifier = written
                end += written.count
            }
            if !unit.isEmpty {
                found.append(Quantity(start: i, unitEnd: unitEnd, end: end, value: first.value,
                                      valueMax: valueMax, unit: unit, modifier: modifier))
            }
            i = max(end, i + 1)
        }
        return found
    }

    private static func number(_ chars: [Character], at start: Int) -> (value: Double, end: Int)? {
        var end = start
        while end < chars.count, chars[end].isASCIIDigit { end += 1 }
        if end + 1 < chars.count, chars[end] == ".", chars[end + 1].isASCIIDigit {
            end += 1
            while end < chars.count, chars[end].isASCIIDigit { end += 1 }
        }
        // A number past `NumberRule` (a run of 400 digits) is no quantity.
        guard end > start, let value = NumberRule.checked(Double(String(chars[start..<end]))) else { return nil }
        return (value, end)
    }

    /// The unit starting at `start`: a base unit, or a magnitude (万, 亿 …) with an optional base unit.
    private static func unit(_ chars: [Character], at start: Int) -> String {
        if let base = baseUnits.first(where: { chars.hasWord($0, at: start) }) { return base }
        guard let magnitude = magnitudes.first(where: { chars.hasWord($0, at: start) }) else { return "" }
        let base = baseUnits.first(where: { chars.hasWord($0, at: start + magnitude.count) }) ?? ""
        return magnitude + base
    }

    private static let rangeConnectors: Set<Character> = ["至", "到", "-", "~"]
    private static let modifiers = ["及以上", "以上", "以内", "以下", "左右", "上下", "多"]
    private static let magnitudes = ["万亿", "万", "亿", "千", "百"]
    /// Longest first where one is a prefix of another.
    static let baseUnits = [
        "个百分点", "百分点", "平方公里", "平方米", "千瓦时", "千瓦", "美元", "人次", "公顷", "公里", "千米",
        "公斤", "千克", "吨", "斤", "亩", "元", "人", "名", "个", "所", "家", "项", "座", "处", "套", "户",
        "台", "辆", "种", "条", "件", "张", "批", "间", "次", "倍", "岁", "米", "%", "‰",
        "份", "年", "月", "日", "号", "天", "小时", "分钟", "周", "届", "级",
    ]
}

extension Array where Element == Character {
    /// Whether `word` occurs at `index`.
    func hasWord(_ word: String, at index: Int) -> Bool {
        var i = index
        for c in word {
            guard i < count, self[i] == c else { return false }
            i += 1
        }
        return true
    }

    /// Whether the characters before `index` end with `word`.
    func hasWord(_ word: String, endingAt index: Int) -> Bool {
        let start = index - word.count
        return start >= 0 && hasWord(word, at: start)
    }
}
