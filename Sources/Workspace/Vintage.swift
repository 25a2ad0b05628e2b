import TargetModel

/// One stored version of an observation: its value as published on one release date, with the
/// file and line it was imported from.
public struct Vintage: Hashable, Sendable {
    public var observation: Observation
    /// The file the vintage was imported from and its line there.
    public var file: String
    public var line: Int
    /// The import that stored it; later imports have larger ids.
    public var importID: Int64
    /// The release date reads use: `released` when known, else period end + the series'
    /// publication lag.
    public var effectiveRelease: CalendarDay

    public init(observation: Observation, file: String, line: Int, importID: Int64, publicationLagDays: Int) {
        self.observation = observation
        self.file = file
        self.line = line
        self.importID = importID
        effectiveRelease = observation.released ?? observation.period.endDay.adding(days: publicationLagDays)
    }

    /// Vintages of one observation are ordered by release date, then by import order (and within
    /// one import by line).
    public static func isOrderedBefore(_ a: Vintage, _ b: Vintage) -> Bool {
        (a.effectiveRelease, a.importID, a.line) < (b.effectiveRelease, b.importID, b.line)
    }

    /// Identifies the observation a vintage is a version of.
    public struct Key: Hashable, Sendable {
        public var series: String
        public var period: Period
        public var measure: Measure
    }

    public var key: Key { Key(series: observation.series, period: observation.period, measure: observation.measure) }
}
