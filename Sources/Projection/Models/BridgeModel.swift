import TargetModel
import LinearAlgebra

/// Bridge regression across past years: December on the month-m figure and last year's December,
/// "given where it stood in month m, where did it end".
///
/// The regression is pooled over the batch's series of the same measure (growth rates and index
/// levels are on one scale; a year total is in its own unit, so it forms a pool of its own): for
/// each information month and calendar year one `Regression` on the rows of every series in the
/// pool for the `window` calendar years before it, strictly earlier than the year projected. Few
/// years per series make per-series coefficients noisy; the pool shares them, and the cost no
/// longer grows with one fit per series.
///
/// Edge cases: an origin without last year's December uses the one-regressor form; a pool with
/// fewer than `minimumRows` complete rows (two fewer for the one-regressor form) projects nothing.
package enum BridgeModel: YearEndModel {
    package static let id: ModelID = "bridge"
    /// Calendar years before the projected one used (expanding window, capped).
    static let window = 20
    /// Fewest training rows for the two-regressor form; the one-regressor form needs two fewer.
    static let minimumRows = 7

    /// Every measure with a within-year path (not annual figures or cumulative progress).
    package static func serves(_ measure: YearEndMeasure, hasLevels: Bool) -> Bool {
        measure != .annual && measure != .progress
    }

    package static func forecasts(_ grids: [YearGrid], months: [Int]) -> ModelForecasts {
        var out = ModelForecasts(grids: grids)
        var pools: [Pool: [Int]] = [:]
        for (g, grid) in grids.enumerated() {
            pools[Pool(measure: grid.measure, grid: grid.measure == .yearTotal ? g : nil), default: []].append(g)
        }
        for members in pools.values {
            for m in months where m < 12 {
                let rows = members.flatMap { g in
                    (0..<grids[g].yearCount).compactMap { t in Row(grid: grids[g], index: g, year: t, month: m) }
                }
                let origins = Dictionary(grouping: rows.filter { $0.year >= 1 }, by: \.calendarYear)
                for (calendarYear, projected) in origins {
                    let training = rows.filter { $0.calendarYear < calendarYear && $0.calendarYear >= calendarYear - window }
                    let full = fit(training.filter { $0.outcome.isFinite && $0.lastOutcome.isFinite }, withLastYear: true)
                    let reduced = fit(training.filter(\.outcome.isFinite), withLastYear: false)
                    var withLastYearPoint = [1.0, 0, 0], withoutPoint = [1.0, 0]
                    for row in projected {
                        guard let (regression, withLastYear) = row.lastOutcome.isFinite && full != nil
                                ? full.map({ ($0, true) }) : reduced.map({ ($0, false) }) else { continue }
                        let center: Double, sd: Double
                        if withLastYear {
                            withLastYearPoint[1] = row.value
                            withLastYearPoint[2] = row.lastOutcome
                            (center, sd) = (regression.predict(withLastYearPoint), regression.predictionStandardError(at: withLastYearPoint))
                        } else {
                            withoutPoint[1] = row.value
                            (center, sd) = (regression.predict(withoutPoint), regression.predictionStandardError(at: withoutPoint))
                        }
                        guard center.isFinite, sd.isFinite else { continue }
                        let slot = grids[row.index].index(row.year, m)
                        out.center[row.index, slot] = center
                        out.analyticSD[row.index, slot] = sd
                    }
                }
            }
        }
        return out
    }

    /// The series whose rows are regressed together.
    struct Pool: Hashable {
        var measure: YearEndMeasure
        /// The grid of a pool of one (year totals), else `nil`.
        var grid: Int?
    }

    /// One series-year: the month-m figure (exactly at month m), last year's and this year's outcome.
    struct Row {
        var index: Int
        var year: Int
        var calendarYear: Int
        var value: Double
        var lastOutcome: Double
        var outcome: Double

        init?(grid: YearGrid, index: Int, year t: Int, month m: Int) {
            let value = grid.path[grid.index(t, m)]
            guard !value.isNaN else { return nil }
            self.index = index
            year = t
            calendarYear = grid.firstYear + t
            self.value = value
            lastOutcome = grid.outcome(t - 1)
            outcome = grid.outcome(t)
        }
    }

    /// The pooled regression of the outcome on the rows' features; `nil` with too few rows or a
    /// rank-deficient design.
    static func fit(_ rows: [Row], withLastYear: Bool) -> Regression? {
        guard rows.count >= (withLastYear ? minimumRows : minimumRows - 2) else { return nil }
        // Columns: 1, the month-m figure, and last year's outcome when `withLastYear`.
        var design = Matrix(rows: rows.count, columns: withLastYear ? 3 : 2, repeating: 1)
        for (i, row) in rows.enumerated() {
            design[i, 1] = row.value
            if withLastYear { design[i, 2] = row.lastOutcome }
        }
        guard let fit = try? Regression(design: design, response: rows.map(\.outcome), hasIntercept: true,
                                        refinementSteps: 0),
              fit.rank == design.columns else { return nil }
        return fit
    }
}
