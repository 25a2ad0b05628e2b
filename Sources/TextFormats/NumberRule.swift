/// The one rule every number read from a file or the command line obeys: finite, and no larger
/// in magnitude than a statistic can be (`maximumMagnitude`). `1e309`, a 400-digit value, `inf`
/// and `NaN` are refused where they are read, so nothing non-finite is ever stored or computed
/// into an output, and sums and squares of accepted numbers stay finite.
///
/// ```swift
/// NumberRule.accepts(8072.5)   // true
/// NumberRule.accepts(1e308)    // false: beyond maximumMagnitude
/// ```
public enum NumberRule {
    /// The largest magnitude accepted: 10¹⁵, far above any economic statistic (a province's GDP
    /// in yuan is about 10¹³) yet small enough that squares and sums of a million of them stay finite.
    public static let maximumMagnitude = 1e15

    /// What an acceptable number is, for error messages.
    public static let expectation = "a finite number no larger than 1e15 in magnitude"

    /// Whether `value` is finite and within `maximumMagnitude`.
    public static func accepts(_ value: Double) -> Bool {
        value.isFinite && abs(value) <= maximumMagnitude
    }

    /// The value when it obeys the rule, else `nil`.
    public static func checked(_ value: Double?) -> Double? {
        value.flatMap { accepts($0) ? $0 : nil }
    }
}

/// A number that a writer (CSV, JSON, HTML, text table) may print: finite by construction, so
/// `inf`, `-nan` or an empty cell standing for one can never reach an output.
public struct FiniteNumber: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let value: Double

    /// `nil` when `value` is infinite or NaN.
    public init?(_ value: Double) {
        guard value.isFinite else { return nil }
        self.value = value
    }

    /// An integer count or year (always finite).
    public init(_ value: Int) {
        self.value = Double(value)
    }

    public static func < (lhs: FiniteNumber, rhs: FiniteNumber) -> Bool { lhs.value < rhs.value }

    /// Integers without a decimal point (`11`, `-3`), other values in their shortest round-trip
    /// form (`8.25`, `1e-07`).
    public var description: String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : "\(value)"
    }
}
