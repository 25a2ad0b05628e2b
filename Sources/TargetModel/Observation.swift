/// One published figure: a row of the long CSV format.
public struct Observation: Hashable, Sendable {
    public var series: String
    public var period: Period
    public var measure: Measure
    public var value: Double
    public var unit: String
    /// Release date when known; `nil` means unknown (read as period end + publication lag).
    public var released: CalendarDay?
    /// Free-text source, e.g. the publication it came from.
    public var source: String

    public init(series: String, period: Period, measure: Measure, value: Double,
                unit: String = "", released: CalendarDay? = nil, source: String = "") {
        self.series = series
        self.period = period
        self.measure = measure
        self.value = value
        self.unit = unit
        self.released = released
        self.source = source
    }
}
