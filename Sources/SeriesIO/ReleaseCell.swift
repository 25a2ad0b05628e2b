import TextFormats
/// Numbers as they appear in release tables.
///
/// Accepted: thousands separators between groups of three digits (`8,072.5`, `８，０７２．５`; `1,5`
/// is no number), full-width digits and signs, a trailing `%`, the minus signs `-`, `−` (U+2212),
/// `－`, and a leading `+`. Missing: the marks of `MissingValue` (an empty cell, dashes, ellipses,
/// `NA`, `x` …), also in full-width forms.
/// A number outside `NumberRule` (`1e309`, `inf`) is invalid.
public enum ReleaseCell {
    /// What a cell holds.
    public enum Content: Hashable, Sendable {
        case number(Double)
        case missing
        case invalid
    }

    /// Reads a cell's text.
    public static func parse(_ text: String) -> Content {
        var cleaned = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFF10...0xFF19: cleaned.append(Unicode.Scalar(scalar.value - 0xFF10 + 0x30)!)
            case 0xFF0E: cleaned.append(".")
            case 0x2212, 0xFF0D: cleaned.append("-")
            case 0xFF0B: cleaned.append("+")
            case 0xFF05: cleaned.append("%")
            case 0xFF0C: cleaned.append(",")
            case 0x20, 0x3000, 0x09, 0xA0, 0x2009, 0x202F: continue
            default: cleaned.append(scalar)
            }
        }
        var body = String(cleaned)
        if MissingValue.markers.contains(body.lowercased()) { return .missing }
        if body.hasSuffix("%") { body.removeLast() }
        if body.hasPrefix("+") { body.removeFirst() }
        if body.contains(",") {
            let whole = body.prefix { $0 != "." }.drop { $0 == "-" }.split(separator: ",", omittingEmptySubsequences: false)
            guard (1...3).contains(whole[0].count), whole.dropFirst().allSatisfy({ $0.count == 3 }),
                  !body.drop(while: { $0 != "." }).contains(",") else { return .invalid }
            body.removeAll { $0 == "," }
        }
        guard !body.isEmpty, body.allSatisfy({ $0.isASCII && ($0.isNumber || "-.eE+".contains($0)) }),
              let value = Double(body), NumberRule.accepts(value) else { return .invalid }
        return .number(value)
    }
}
