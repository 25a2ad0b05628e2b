import TargetModel

/// A what-if: assumptions about months not yet released, and optionally other target values.
public struct Scenario: Sendable, Equatable {
    public var name: String
    /// The information month the scenario starts from.
    public var asOf: Period
    public var shocks: [Shock]
    public var targetOverrides: [TargetOverride]
    /// The file it came from, for messages.
    public var file: String

    public init(name: String, asOf: Period, shocks: [Shock], targetOverrides: [TargetOverride] = [], file: String = "") {
        self.name = name
        self.asOf = asOf
        self.shocks = shocks
        self.targetOverrides = targetOverrides
        self.file = file
    }
}

/// One assumption about one series.
public struct Shock: Sendable, Equatable {
    public var series: String
    public var kind: Kind
    /// Months of the scenario year the shock covers; `nil` means every month not yet released.
    public var months: ClosedRange<Int>?
    /// Line of the scenario file, for messages.
    public var line: Int

    public init(series: String, kind: Kind, months: ClosedRange<Int>? = nil, line: Int = 0) {
        self.series = series
        self.kind = kind
        self.months = months
        self.line = line
    }

    public enum Kind: Sendable, Equatable {
        /// Each covered month grows by this % on the same month last year (`month_growth`); a
        /// quarterly series takes it as the growth of each covered quarter.
        case monthGrowth(Double)
        /// Each covered month's amount (`month_value`): for cumulative progress the month's
        /// addition, for a level series (a rate) the month's level.
        case monthValue(Double)
        /// Percentage points added to the projected year-end growth for the months covered (`add_pp`).
        case addPercentagePoints(Double)
        /// The amounts still to come are multiplied by this factor (`scale`).
        case scale(Double)
        /// The year's value is fixed (`annual_value`), e.g. the harvest.
        case annualValue(Double)

        /// Whether the shock writes hypothetical months into the data (and so needs months).
        var isMonthly: Bool {
            switch self {
            case .monthGrowth, .monthValue: return true
            default: return false
            }
        }
    }
}

/// The same target judged against another value.
public struct TargetOverride: Sendable, Equatable {
    public var id: String
    public var value: Double
    public var line: Int

    public init(id: String, value: Double, line: Int = 0) {
        self.id = id
        self.value = value
        self.line = line
    }
}
