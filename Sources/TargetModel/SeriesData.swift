/// Everything known about one series at some moment: its values by measure and period.
///
/// This is the hand-off between the workspace (which resolves vintages for an as-of date) and the
/// engine (projection, risk, scenarios), which never sees vintages or files.
public struct SeriesData: Hashable, Sendable {
    public var id: String
    public var unit: String
    /// Values by measure, then by period.
    public var values: [Measure: PeriodValues]

    public init(id: String, unit: String = "", values: [Measure: PeriodValues] = [:]) {
        self.id = id
        self.unit = unit
        self.values = values
    }

    /// The value of a measure in a period, if known.
    public func value(_ measure: Measure, _ period: Period) -> Double? {
        values[measure]?[period]
    }

    /// Periods that carry the measure, oldest first.
    public func periods(_ measure: Measure) -> [Period] {
        values[measure]?.keys ?? []
    }

    /// Adds (or replaces) one value.
    public mutating func set(_ measure: Measure, _ period: Period, _ value: Double) {
        values[measure, default: [:]][period] = value
    }
}
