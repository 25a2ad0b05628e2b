import TargetModel

/// Period labels as statistics bureaus and data terminals print them, read into `Period`s.
///
/// Families understood (`YYYY` is a four-digit year; dashes may be `-`, `—`, `–`, `－` or `~`; digits
/// may be full-width):
/// - year-to-date month ranges `1-2月`, `1—3月`, `1-3月累计`, `1-6月`, `1-12月`, `2013年1-10月`:
///   the month the range ends in (January and February published together are `YYYY-02`);
/// - single months `3月`, `2013年3月`, `2025年07月份`, `2013-09`, `2013/9/30`, `2013.09`, `2013-09-30`,
///   `201309`: that month;
/// - quarters and halves `一季度`, `第一季度`, `1季度`, `上半年`, `前三季度`, `2013年一季度`: the
///   quarter they end in (`上半年` is Q2, `前三季度` Q3);
/// - whole years `全年`, `2013年`, `2013`: the year.
///
/// Labels without a year take `defaultYear`. `Period`'s own `YYYY-Qn` is read too.
///
/// Edge Cases: years outside 1900–2200 are not periods (`3539.3` is a value); a month range must start in January (`4-6月` is a single quarter's figure, not a
/// year-to-date one, and is rejected); returns `nil` for anything else, and for labels without a
/// year when `defaultYear` is `nil`.
public enum ReleasePeriodLabel {
    /// The period a label denotes, or `nil` when it is not a period label.
    public static func period(_ label: String, defaultYear: Int? = nil) -> Period? {
        let text = normalized(label)
        if text.isEmpty { return nil }
        if let period = Period(text) { return plausibleYears.contains(period.year) ? period : nil }
        if let period = numericDate(text) { return period }
        var rest = Substring(text)
        let explicitYear = leadingYear(&rest)
        guard let year = explicitYear ?? defaultYear, plausibleYears.contains(year) else { return nil }
        if rest.isEmpty { return explicitYear == nil ? nil : .year(year) }
        return chinesePeriod(String(rest), year: year)
    }

    /// A four-digit year written in a title or label (`2013年…`), if any.
    public static func year(in text: String) -> Int? {
        let scalars = Array(normalized(text).unicodeScalars)
        var index = 0
        while index + 4 < scalars.count {
            let window = scalars[index..<index + 4]
            if window.allSatisfy({ ("0"..."9").contains($0) }), scalars[index + 4] == "年",
               index == 0 || !("0"..."9").contains(scalars[index - 1]),
               let year = Int(String(String.UnicodeScalarView(window))), plausibleYears.contains(year) {
                return year
            }
            index += 1
        }
        return nil
    }

    // MARK: - Families

    /// `2013-09`, `2013/9/30`, `2013.09`, `2013.9`, `2013-09-30`, `201309`.
    private static func numericDate(_ text: String) -> Period? {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." }).map(String.init)
        if parts.count == 1, text.count == 6, text.allSatisfy(\.isASCIIDigit),
           let year = Int(text.prefix(4)), let monthNumber = Int(text.suffix(2)) {
            return month(year, monthNumber)
        }
        guard parts.count == 2 || parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }),
              parts[0].count == 4, let year = Int(parts[0]), let monthNumber = Int(parts[1]), parts[1].count <= 2
        else { return nil }
        if parts.count == 3 {
            guard let day = Int(parts[2]), day >= 1, monthNumber >= 1, monthNumber <= 12,
                  day <= CalendarDay.daysIn(year: year, month: monthNumber) else { return nil }
        }
        return month(year, monthNumber)
    }

    private static func chinesePeriod(_ text: String, year: Int) -> Period? {
        var body = text
        for suffix in ["累计", "份"] where body.hasSuffix(suffix) {
            body.removeLast(suffix.count)
        }
        switch body {
        case "全年": return .year(year)
        case "上半年": return .quarter(year: year, quarter: 2)
        case "下半年": return nil
        default: break
        }
        if let quarter = quarterWord(body) { return .quarter(year: year, quarter: quarter) }
        guard body.hasSuffix("月") else { return nil }
        body.removeLast()
        let bounds = body.split(separator: "-", omittingEmptySubsequences: false)
        guard bounds.allSatisfy({ !$0.isEmpty && $0.count <= 2 && $0.allSatisfy(\.isASCIIDigit) }) else { return nil }
        switch bounds.count {
        case 1: return month(year, Int(bounds[0])!)
        case 2 where Int(bounds[0]) == 1: return month(year, Int(bounds[1])!)
        default: return nil
        }
    }

    /// `一季度`, `第一季度`, `1季度`, `前三季度`, `一至三季度`, `1-3季度` → the quarter they end in.
    private static func quarterWord(_ text: String) -> Int? {
        guard text.hasSuffix("季度") else { return nil }
        var body = String(text.dropLast(2))
        for prefix in ["第", "前", "一至", "1-", "一-"] where body.hasPrefix(prefix) {
            body.removeFirst(prefix.count)
        }
        let numerals: [String: Int] = ["一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4]
        return numerals[body]
    }

    // MARK: - Helpers

    /// Years a statistical period label can carry; other four-digit numbers are values.
    public static let plausibleYears = 1900...2200

    private static func month(_ year: Int, _ month: Int) -> Period? {
        (1...12).contains(month) && plausibleYears.contains(year) ? .month(year: year, month: month) : nil
    }

    /// Removes a leading `YYYY年` (or `YYYY` followed by a non-digit Chinese label) and returns the year.
    private static func leadingYear(_ text: inout Substring) -> Int? {
        let digits = text.prefix(while: \.isASCIIDigit)
        guard digits.count == 4, let year = Int(digits) else { return nil }
        var rest = text.dropFirst(4)
        if rest.first == "年" { rest = rest.dropFirst() } else if !rest.isEmpty { return nil }
        text = rest
        return year
    }

    /// Full-width digits and signs to ASCII, every dash to `-`, spaces removed.
    static func normalized(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFF10...0xFF19: out.append(Unicode.Scalar(scalar.value - 0xFF10 + 0x30)!)
            case 0x2014, 0x2013, 0x2012, 0x2015, 0xFF0D, 0x2212, 0x007E, 0xFF5E, 0x301C: out.append("-")
            case 0xFF0F: out.append("/")
            case 0xFF0E: out.append(".")
            case 0x20, 0x3000, 0x09, 0xA0: continue
            default: out.append(scalar)
            }
        }
        return String(out)
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
