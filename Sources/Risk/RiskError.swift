/// What went wrong in risk assessment, said so that a user can act on it.
public enum RiskError: Error, Equatable, Sendable, CustomStringConvertible {
    case invalidThresholds(onTrack: Double, offTrack: Double)

    public var description: String {
        switch self {
        case let .invalidThresholds(onTrack, offTrack):
            return "status thresholds on-track \(onTrack) and off-track \(offTrack) are invalid: "
                + "expected 0 ≤ off-track ≤ on-track ≤ 1"
        }
    }
}
