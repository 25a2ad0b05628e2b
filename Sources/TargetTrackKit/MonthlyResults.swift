import Projection
import Risk
import TargetModel

/// Every target's projection as of one month's release.
public struct MonthProjections: Sendable {
    /// The month whose release the projections stand on.
    public var asOf: Month
    /// One per catalog target, in catalog order.
    public var projections: [TargetProjection]
}

/// The month's work: every target assessed as of a month, with what changed since an earlier
/// month, and the roll-up by department.
public struct MonthlyResults: Sendable {
    /// The month assessed.
    public var asOf: Month
    /// The month the news is measured against.
    public var since: Month
    /// One per catalog target, in catalog order, with its news since `since`.
    public var assessments: [TargetAssessment]
    /// One row per responsible department.
    public var departments: [DepartmentSummary]
}
