import TargetModel

/// Where a target stands: from its probability of being met, or, for a milestone, its reported state.
public enum Status: String, Codable, CaseIterable, Sendable {
    /// P(meet) at or above the on-track threshold (0.7 by default).
    case onTrack = "on_track"
    /// P(meet) between the two thresholds.
    case atRisk = "at_risk"
    /// P(meet) below the off-track threshold (0.3 by default).
    case offTrack = "off_track"
    /// Already certain to be met, e.g. a level target whose amount is completed.
    case achieved
    /// Nothing to judge by: no linked data, or no reported state for a milestone.
    case noData = "no_data"
    /// A milestone reported done.
    case done
    /// A milestone reported in progress.
    case inProgress = "in_progress"
    /// A milestone reported not started.
    case notStarted = "not_started"
    /// A milestone reported late.
    case late

    /// The status that mirrors a milestone's reported state.
    public init(_ state: MilestoneState) {
        switch state {
        case .done: self = .done
        case .inProgress: self = .inProgress
        case .notStarted: self = .notStarted
        case .late: self = .late
        }
    }

    /// Whether the supervision office should look at the target: at risk, off track or late.
    public var needsAttention: Bool {
        self == .atRisk || self == .offTrack || self == .late
    }
}
