/// A number with a unit in a document that did not become a target, and why.
public struct SkippedNumber: Hashable, Sendable {
    /// The number, unit and modifier as written (`2013年`, `第6代`, `100亿元以上`).
    public var written: String
    public var reason: SkipReason
    /// 1-based line of the document (row or paragraph for tables and Word files).
    public var line: Int
}

/// Why a number with a unit is not a target.
public enum SkipReason: String, CaseIterable, Hashable, Sendable, CustomStringConvertible {
    /// A date, a duration or a session (`2013年`, `3月10日`, `70周年`).
    case dateOrDuration = "date_or_duration"
    /// Inside quotation marks or a title (`“十三五”`, `《…》`).
    case quoted
    /// Part of a code, a model name or a speed (`G15`, `时速350公里`).
    case code
    /// An ordinal (`第6代`).
    case ordinal
    /// A starting value (`从25元提高到30元`: 25元).
    case baseline
    /// A count that describes rather than sets a goal (`等5个`, `共178项`, `7个市和…`).
    case descriptiveCount = "descriptive_count"
    /// A clause that states the basis of a calculation (`按照…`).
    case basis
    /// A qualifier of something else (`100亿元以上的项目`).
    case qualifier
    /// In the notice before the first numbered item, which sets no task.
    case notice

    public var description: String {
        switch self {
        case .dateOrDuration: return "a date or a duration"
        case .quoted: return "inside quotation marks or a title"
        case .code: return "part of a code, a name or a speed"
        case .ordinal: return "an ordinal (第…)"
        case .baseline: return "a starting value (从…)"
        case .descriptiveCount: return "a count that describes (等… / 共… / N个市与…)"
        case .basis: return "in a clause that states a basis (按照… / 根据…)"
        case .qualifier: return "qualifies something else (…以上的 / …的)"
        case .notice: return "in the notice before the first numbered item"
        }
    }
}
