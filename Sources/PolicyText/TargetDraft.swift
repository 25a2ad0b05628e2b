import TargetModel

/// A target found in an item's text, before it gets an id, a year, a section and departments.
struct TargetDraft: Hashable, Sendable {
    var indicator: String
    var kind: TargetKind
    var comparator: Comparator
    var direction: Direction
    var value: Double?
    var valueMax: Double?
    var unit: String
    var tolerance: Double?
    /// The clause the target was read from, as written.
    var text: String
}
