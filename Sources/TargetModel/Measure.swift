/// What an observation's value is (the `measure` column of the long CSV format).
public enum Measure: String, Codable, CaseIterable, Sendable {
    /// 累计值: January-to-month cumulative amount.
    case ytdValue = "ytd_value"
    /// 累计同比: January-to-month growth on the same period last year, in %.
    case ytdGrowth = "ytd_growth"
    /// 当月值: the single month's amount.
    case monthValue = "month_value"
    /// 当月同比: the single month's growth on last year, in %.
    case monthGrowth = "month_growth"
    /// 累计平均指数: year-to-date average index, last year = 100 (CPI 102.6 means +2.6 %).
    case ytdAvgIndex = "ytd_avg_index"
    /// A stock or rate at period end (unemployment rate).
    case level
    /// A value published once a year.
    case annualValue = "annual_value"
    /// An annual growth rate in %.
    case annualGrowth = "annual_growth"
    /// Cumulative completion of a level target in the target's unit.
    case progress
    /// A milestone's reported state, coded by `MilestoneState`.
    case milestone

    /// Reads a raw value (`ytd_value`, …) from UTF-8 bytes, for readers that never make strings.
    public init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        guard let index = Self.rawValueBytes.firstIndex(where: { raw in
            raw.count == bytes.count && raw.withUnsafeBufferPointer { $0.elementsEqual(bytes) }
        }) else { return nil }
        self = Self.allCases[index]
    }

    private static let rawValueBytes = allCases.map { Array($0.rawValue.utf8) }

    /// Whether the value is a growth rate in percent.
    public var isGrowth: Bool {
        self == .ytdGrowth || self == .monthGrowth || self == .annualGrowth
    }
}

/// The reported state of a milestone target.
public enum MilestoneState: String, Codable, CaseIterable, Sendable {
    case done
    case inProgress = "in_progress"
    case notStarted = "not_started"
    case late

    /// The numeric code stored as an observation's value.
    public var code: Double {
        switch self {
        case .notStarted: return 0
        case .inProgress: return 1
        case .done: return 2
        case .late: return 3
        }
    }

    /// The state for a stored code.
    public init?(code: Double) {
        guard let state = MilestoneState.allCases.first(where: { $0.code == code }) else { return nil }
        self = state
    }
}
