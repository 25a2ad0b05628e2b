import Projection
import TargetModel

/// Everything risk assessment says about one target in one month.
public struct TargetAssessment: Sendable {
    public let projection: TargetProjection
    public var status: Status
    /// Required versus actual pace; `nil` when it does not apply (see `RequiredPace`).
    public var pace: RequiredPace?
    /// The target year's readings in the measure the target is judged on (for charts and news).
    public var yearToDate: YearToDate?
    /// What changed since the previous month; `nil` when there is no previous month to compare.
    public var news: TargetNews?
    /// Why P(meet) disagrees with the paces, when it does.
    public var explanation: PaceExplanation?

    public init(projection: TargetProjection, status: Status, pace: RequiredPace? = nil,
                yearToDate: YearToDate? = nil, news: TargetNews? = nil) {
        self.projection = projection
        probability = projection.probability
        self.status = status
        self.pace = pace
        self.yearToDate = yearToDate
        self.news = news
    }

    public var target: Target { projection.target }

    /// P(meet), `nil` for milestones and targets without data (computed once: sorting and
    /// roll-ups read it often).
    public let probability: Double?
}
