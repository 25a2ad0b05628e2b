import TargetModel

/// Carry-forward: the newest year-to-date figure is the year-end figure; for annual-only series,
/// last year's figure.
package enum CarryForwardModel: YearEndModel {
    package static let id: ModelID = "carry_forward"

    /// Every measure.
    package static func serves(_ measure: YearEndMeasure, hasLevels: Bool) -> Bool { true }

    package static func forecasts(_ grids: [YearGrid], months: [Int]) -> ModelForecasts {
        var out = ModelForecasts(grids: grids)
        for (g, grid) in grids.enumerated() {
            for t in 0..<grid.yearCount {
                for m in months {
                    let value = grid.measure == .annual ? grid.outcome(t - 1) : (grid.latest(t, upTo: m)?.value ?? .nan)
                    out.center[g, grid.index(t, m)] = value
                }
            }
        }
        return out
    }
}
