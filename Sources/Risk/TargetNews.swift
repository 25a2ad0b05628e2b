import Projection
import TargetModel

/// What changed for a target since the previous month.
public struct TargetNews: Hashable, Sendable {
    /// Last month's median projection.
    public var previousProjection: Double?
    /// This month's median projection minus last month's.
    public var projectionChange: Double?
    /// Last month's status; `nil` when the target was not assessed last month.
    public var previousStatus: Status?
    public var status: Status
    /// Newly released readings and how far each was from what last month's projection implied.
    public var surprises: [Surprise]

    public init(previousProjection: Double?, projectionChange: Double?, previousStatus: Status?,
                status: Status, surprises: [Surprise]) {
        self.previousProjection = previousProjection
        self.projectionChange = projectionChange
        self.previousStatus = previousStatus
        self.status = status
        self.surprises = surprises
    }

    /// Whether the status moved.
    public var statusChanged: Bool {
        previousStatus.map { $0 != status } ?? false
    }

    /// Compares this month's assessment of a target with last month's.
    ///
    /// The reading last month's projection implied for a newly released month is the one reached
    /// if every month after last month's latest ran at the pace that ends the year on last
    /// month's median projection (`YearToDate.expectedReading`).
    ///
    /// Edge Cases: without a previous assessment only the status is reported; months already
    /// known last month are not news; no surprises without last month's readings and projection.
    public init(current: TargetAssessment, previous: TargetAssessment?) {
        let before = previous?.projection.projection
        let now = current.projection.projection
        var surprises: [Surprise] = []
        if let was = previous?.yearToDate, let before, let pace = was.pace(toReach: before),
           let isNow = current.yearToDate, isNow.year == was.year, isNow.scale == was.scale {
            surprises = isNow.readings.filter { $0.month > was.latest.month }.map { reading in
                Surprise(period: .month(year: isNow.year, month: reading.month), released: reading.value,
                         expected: was.expectedReading(month: reading.month, pace: pace))
            }
        }
        self.init(previousProjection: before,
                  projectionChange: before.flatMap { b in now.map { $0 - b } },
                  previousStatus: previous?.status, status: current.status, surprises: surprises)
    }
}

/// A newly released reading against what last month's projection expected of it.
public struct Surprise: Hashable, Sendable {
    public var period: Period
    public var released: Double
    public var expected: Double

    public init(period: Period, released: Double, expected: Double) {
        self.period = period
        self.released = released
        self.expected = expected
    }

    /// Released minus expected: positive when the figure came in above what was projected.
    public var surprise: Double { released - expected }
}
