/// The structured, reviewable list of a year's targets: what the rest of TargetTrack reads.
public struct Catalog: Codable, Hashable, Sendable {
    public var targets: [Target]

    public init(targets: [Target]) {
        self.targets = targets
    }

    /// The target with the given id, if any.
    public func target(id: String) -> Target? {
        targets.first { $0.id == id }
    }

    /// Ids of every series a target links to, sorted, without repeats.
    public var linkedSeries: [String] {
        Array(Set(targets.compactMap(\.series))).sorted()
    }
}
