import LinearAlgebra
import TargetModel

/// Linear trend on annual history, with the regression's prediction interval (annual-only
/// indicators such as 粮食总产 and 能耗).
package enum TrendModel: YearEndModel {
    package static let id: ModelID = "trend"
    /// Past years fitted (the latest ones).
    static let window = 10
    /// Fewest past years.
    static let minimumYears = 4

    /// Annual figures.
    package static func serves(_ measure: YearEndMeasure, hasLevels: Bool) -> Bool { measure == .annual }

    package static func forecasts(_ grids: [YearGrid], months: [Int]) -> ModelForecasts {
        var out = ModelForecasts(grids: grids)
        for (g, grid) in grids.enumerated() {
            for t in 0..<grid.yearCount {
                let years = (Swift.max(0, t - window)..<t).filter { !grid.outcome($0).isNaN }
                guard years.count >= minimumYears else { continue }
                let design = Matrix(years.map { [1, Double($0 - t)] })
                guard let fit = try? Regression(design: design, response: years.map(grid.outcome), hasIntercept: true,
                                                refinementSteps: 0), fit.rank == 2 else { continue }
                let center = fit.predict([1, 0]), sd = fit.predictionStandardError(at: [1, 0])
                guard center.isFinite, sd.isFinite else { continue }
                for m in months {
                    out.center[g, grid.index(t, m)] = center
                    out.analyticSD[g, grid.index(t, m)] = sd
                }
            }
        }
        return out
    }
}
