/// The probability cut-offs between on track, at risk and off track.
public struct StatusThresholds: Hashable, Sendable {
    /// P(meet) at or above this is on track.
    public let onTrack: Double
    /// P(meet) below this is off track; between the two is at risk.
    public let offTrack: Double

    /// The defaults: on track ≥ 0.7, off track < 0.3.
    public static let standard = StatusThresholds(uncheckedOnTrack: 0.7, offTrack: 0.3)

    /// Thresholds with 0 ≤ offTrack ≤ onTrack ≤ 1; anything else throws `RiskError.invalidThresholds`.
    public init(onTrack: Double, offTrack: Double) throws {
        guard (0...1).contains(offTrack), (0...1).contains(onTrack), offTrack <= onTrack else {
            throw RiskError.invalidThresholds(onTrack: onTrack, offTrack: offTrack)
        }
        self.init(uncheckedOnTrack: onTrack, offTrack: offTrack)
    }

    private init(uncheckedOnTrack onTrack: Double, offTrack: Double) {
        self.onTrack = onTrack
        self.offTrack = offTrack
    }

    /// The status a probability of meeting the target gives.
    public func status(for probability: Double) -> Status {
        if probability >= onTrack { return .onTrack }
        if probability < offTrack { return .offTrack }
        return .atRisk
    }
}
