/// Chinese numerals as used in headings (`一` … `九十九`).
enum ChineseNumeral {
    private static let digits: [Character: Int] = [
        "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]

    /// Whether a character can appear in a heading numeral.
    static func isNumeralCharacter(_ c: Character) -> Bool {
        digits[c] != nil || c == "十"
    }

    /// The value of a numeral such as `三`, `十二` or `二十一`; `nil` if it is not one.
    static func value(_ text: some Collection<Character>) -> Int? {
        let c = Array(text)
        switch c.count {
        case 1:
            return c[0] == "十" ? 10 : digits[c[0]]
        case 2:
            if c[0] == "十", let ones = digits[c[1]] { return 10 + ones }
            if c[1] == "十", let tens = digits[c[0]] { return tens * 10 }
            return nil
        case 3:
            guard c[1] == "十", let tens = digits[c[0]], let ones = digits[c[2]] else { return nil }
            return tens * 10 + ones
        default:
            return nil
        }
    }
}
