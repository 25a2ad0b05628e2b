import LinearAlgebra

/// Bridge regression across past years: December on the month-m figure and last year's December,
/// "given where it stood in month m, where did it end".
///
/// Each (series, month) has its own design (its own past values), so it is fitted alone by
/// `Regression`, which also gives the analytic prediction standard error.
enum BridgeModel {
    /// Past years used (expanding window, capped).
    static let window = 20
    /// Fewest training years for the two-regressor form; the one-regressor form needs two fewer.
    static let minimumYears = 7

    static func forecasts(_ grids: [YearGrid], months: [Int]) -> ModelForecasts {
        var out = ModelForecasts(grids: grids)
        for (g, grid) in grids.enumerated() where grid.measure != .annual && grid.measure != .progress {
            for m in months where m < 12 {
                let x = (0..<grid.yearCount).map { grid.latest($0, upTo: m).map { $0.month == m ? $0.value : .nan } ?? .nan }
                for t in 1..<max(1, grid.yearCount) where !x[t].isNaN {
                    if let (center, sd) = fit(grid, x: x, year: t) {
                        out.center[g][grid.index(t, m)] = center
                        out.analyticSD[g][grid.index(t, m)] = sd
                    }
                }
            }
        }
        return out
    }

    /// Fits on the years before `t` and projects year t; `nil` with too few years.
    static func fit(_ grid: YearGrid, x: [Double], year t: Int) -> (Double, Double)? {
        let years = Swift.max(0, t - window)..<t
        let full = years.filter { s in !x[s].isNaN && !grid.outcome(s).isNaN && !grid.outcome(s - 1).isNaN }
        let withLastYear = full.count >= minimumYears && !grid.outcome(t - 1).isNaN
        let rows = withLastYear ? full : years.filter { !x[$0].isNaN && !grid.outcome($0).isNaN }
        guard rows.count >= (withLastYear ? minimumYears : minimumYears - 2) else { return nil }
        func features(_ s: Int) -> [Double] {
            withLastYear ? [1, x[s], grid.outcome(s - 1)] : [1, x[s]]
        }
        let design = Matrix(rows.map(features))
        guard let fit = try? Regression(design: design, response: rows.map(grid.outcome), hasIntercept: true,
                                        refinementSteps: 0),
              fit.rank == design.columns else { return nil }
        let point = features(t)
        let center = fit.predict(point)
        let sd = fit.predictionStandardError(at: point)
        return center.isFinite && sd.isFinite ? (center, sd) : nil
    }
}
