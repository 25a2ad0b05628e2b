import Foundation

/// Two values of one observation that are the same figure at different precisions: a bureau's
/// 27.31 and a data terminal's 27.30873936. The one with more decimals lies within the rounding
/// interval of the one with fewer (which has at least one decimal, so that a whole-number figure
/// revised to a fraction still counts as a revision). Decimals are those of each value's shortest
/// round-trip form.
enum Restatement {
    /// `value` against a stored value of the same observation and release.
    enum Kind {
        /// `value` has more decimals: a finer statement of the stored figure.
        case finer
        /// `value` has fewer decimals: the stored figure, rounded.
        case coarser
    }

    /// How `value` restates `stored`; `nil` when they are equal or different figures.
    static func of(_ value: Double, against stored: Double) -> Kind? {
        guard value != stored, let mine = decimals(value), let theirs = decimals(stored), mine != theirs else { return nil }
        let (coarse, fine, places) = mine < theirs ? (value, stored, mine) : (stored, value, theirs)
        guard places >= 1, abs(fine - coarse) <= 0.5 * pow(10, -Double(places)) * (1 + 1e-12) else { return nil }
        return mine > theirs ? .finer : .coarser
    }

    /// Digits after the decimal point in the shortest form that reads back as `value`; `nil` for
    /// values printed with an exponent or not finite.
    static func decimals(_ value: Double) -> Int? {
        guard value.isFinite else { return nil }
        let text = "\(value)"
        guard !text.contains("e") else { return nil }
        guard let point = text.firstIndex(of: ".") else { return 0 }
        let fraction = text[text.index(after: point)...]
        return fraction == "0" ? 0 : fraction.count
    }
}
