/// Where a target's projection comes from; `label` is the `model` column of `project`.
public indirect enum ProjectionSource: Sendable, Hashable {
    /// The models the rolling-origin backtest chose, with their weights, heaviest first (one model
    /// when one stands out).
    case models([WeightedModel])
    /// One model's rule without a backtest record (too little history), with a wide analytic
    /// interval.
    case fallback(ModelID)
    /// Nothing to project: no linked series, or none with usable data.
    case noData
    /// A milestone: nothing numeric to project.
    case milestone
    /// The year's outcome is already known.
    case actual
    /// An outcome a scenario sets outright (an assumed annual figure).
    case assumed
    /// A projection moved onto a scenario's assumptions.
    case scenario(ProjectionSource)
    /// A projection moved through a link by the change in its drivers' projections.
    case linked(ProjectionSource)

    /// The text of the `model` column: `carry_forward`, `bridge+seasonal` (a combination, heaviest
    /// first), `no_data`, `milestone`, `actual`, `scenario`, and `+scenario` or `+link` after the
    /// label of a projection a scenario or a link moved.
    public var label: String {
        switch self {
        case let .models(weights): weights.map(\.model.rawValue).joined(separator: "+")
        case let .fallback(model): model.rawValue
        case .noData: "no_data"
        case .milestone: "milestone"
        case .actual: "actual"
        case .assumed: "scenario"
        case let .scenario(base): base.label + "+scenario"
        case let .linked(base): base.label + "+link"
        }
    }
}

/// A model's weight in a combination (weights of a combination sum to 1).
public struct WeightedModel: Sendable, Hashable {
    /// The model.
    public var model: ModelID
    /// Its share of the combination, in (0, 1].
    public var weight: Double

    /// A model with its weight.
    public init(_ model: ModelID, weight: Double) {
        self.model = model
        self.weight = weight
    }
}
