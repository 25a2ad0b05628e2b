import LinearAlgebra
import TargetModel

/// Multi-indicator bridge: a series' year-end regressed on its own year-to-date reading at month m
/// and the same-month year-to-date readings of its related indicators (`IndicatorLinks`: PMI,
/// electricity, new loans, exports, PPI …), fitted for each series, month and year on that
/// series' past years only (at most `window` of them, strictly before the year projected).
///
/// Ten to twenty years and up to six regressors would overfit a plain regression, so the fit is a
/// ridge regression that shrinks toward the own-reading model: the intercept and the own reading
/// are not penalised, the indicators (standardised on the training years) are, with the penalty
/// chosen among `penalties` (and an infinite one: the own-reading model itself) by exact
/// leave-one-out error on the training years. That leave-one-out root mean square error is the
/// projection's standard error. Each fit is one augmented least-squares problem on LAPACK
/// (`[X; √λ·P] β ≈ [y; 0]`, pivoted QR) and its pseudo-inverse, which also gives the leverages.
///
/// Edge Cases: a grid without indicators (no links, or none of its indicators in the data)
/// projects nothing, so every other model's choice is unchanged; at an origin, indicators without
/// a reading that month are left out, and those with the shortest history are dropped until
/// `minimumYears` training years have every remaining one; with none left, nothing is projected.
package enum IndicatorBridgeModel: YearEndModel {
    package static let id: ModelID = "indicator_bridge"
    /// Past years used at most (the latest ones).
    static let window = 20
    /// Fewest past years with every regressor and the outcome.
    static let minimumYears = 6
    /// Penalties tried on the standardised indicator coefficients (a standardised column's sum of
    /// squares is about the number of years, so 8 on 16 years halves a lone coefficient), besides
    /// the infinite one.
    static let penalties: [Double] = [0.5, 2, 8, 32]

    /// Every measure with a within-year path (not annual figures or cumulative progress).
    package static func serves(_ measure: YearEndMeasure, hasLevels: Bool) -> Bool {
        measure != .annual && measure != .progress
    }

    /// Only grids with indicators attached.
    package static func serves(_ grid: YearGrid, hasLevels: Bool) -> Bool {
        !grid.indicators.isEmpty && serves(grid.measure, hasLevels: hasLevels)
    }

    package static func forecasts(_ grids: [YearGrid], months: [Int]) throws -> ModelForecasts {
        var out = ModelForecasts(grids: grids)
        for (g, grid) in grids.enumerated() where !grid.indicators.isEmpty {
            for m in months where m < 12 {
                for t in 1..<Swift.max(1, grid.yearCount) {
                    guard let (center, sd) = try projection(grid, year: t, month: m) else { continue }
                    out.center[g, grid.index(t, m)] = center
                    out.analyticSD[g, grid.index(t, m)] = sd
                }
            }
        }
        return out
    }

    /// The projection of year t's outcome from month m, with its leave-one-out standard error;
    /// `nil` when the origin lacks the own reading, every indicator, or enough past years.
    static func projection(_ grid: YearGrid, year t: Int, month m: Int) throws -> (center: Double, sd: Double)? {
        let slot = grid.index(t, m)
        let own = grid.path[slot]
        guard !own.isNaN else { return nil }
        let past = (Swift.max(0, t - window)..<t).filter { !grid.outcome($0).isNaN && !grid.path[grid.index($0, m)].isNaN }
        func reads(_ j: Int, _ s: Int) -> Bool { !grid.indicators[j][grid.index(s, m)].isNaN }
        // Longest history first (stable), so the shortest is dropped first.
        var used = grid.indicators.indices.filter { reads($0, t) }
            .map { j in (j, past.filter { reads(j, $0) }.count) }
            .sorted { $0.1 > $1.1 }.map(\.0)
        var years: [Int] = []
        while !used.isEmpty {
            years = past.filter { s in used.allSatisfy { reads($0, s) } }
            if years.count >= minimumYears { break }
            used.removeLast()
        }
        guard !used.isEmpty else { return nil }
        let rows = years.map { s in [grid.path[grid.index(s, m)]] + used.map { grid.indicators[$0][grid.index(s, m)] } }
        let point = [own] + used.map { grid.indicators[$0][slot] }
        return try fit(rows: rows, outcomes: years.map(grid.outcome), at: point)
    }

    /// The ridge fit of `outcomes` on `rows` (own reading first, then the indicators) with the
    /// leave-one-out best penalty, evaluated at `point`; `nil` when no penalty gives a finite fit.
    static func fit(rows: [[Double]], outcomes y: [Double], at point: [Double]) throws -> (center: Double, sd: Double)? {
        let n = rows.count, k = point.count - 1
        // Indicators standardised on the training years (a constant one is only centred).
        var scaled = rows.map { [1] + $0 }, target = [1] + point
        for j in 2...(k + 1) {
            let column = scaled.map { $0[j] }
            let mean = column.reduce(0, +) / Double(n)
            let sd = (column.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(Swift.max(n - 1, 1))).squareRoot()
            let scale = sd > 0 ? 1 / sd : 1
            for i in 0..<n { scaled[i][j] = (scaled[i][j] - mean) * scale }
            target[j] = (target[j] - mean) * scale
        }
        var best: (error: Double, center: Double)?
        for penalty in penalties + [.infinity] {
            let columns = penalty.isInfinite ? 2 : k + 2
            guard let ridge = try ridge(scaled.map { Array($0.prefix(columns)) }, y, penalty: penalty) else { continue }
            let center = (0..<columns).reduce(0) { $0 + target[$1] * ridge.beta[$1] }
            guard ridge.looError.isFinite, center.isFinite else { continue }
            if ridge.looError < best?.error ?? .infinity { best = (ridge.looError, center) }
        }
        return best.map { ($0.center, $0.error.squareRoot()) }
    }

    /// The ridge regression of `y` on `design` whose first two columns (intercept, own reading) are
    /// not penalised and whose others are, by `penalty` (infinite: none, the plain least squares),
    /// with its exact leave-one-out mean squared error: the coefficients solve the augmented
    /// problem `[X; √λ·P] β ≈ [y; 0]` through the pseudo-inverse H⁺ (pivoted QR), and the
    /// leave-one-out residual of row i is eᵢ / (1 − hᵢ) with the leverage hᵢ = xᵢ · H⁺[·, i].
    /// `nil` for a rank-deficient design; an infinite error when some row has leverage 1.
    static func ridge(_ design: [[Double]], _ y: [Double], penalty: Double) throws -> (beta: [Double], looError: Double)? {
        let n = design.count, columns = design.first?.count ?? 0
        let augmented = penalty.isInfinite ? design : design + (2..<columns).map { j in
            (0..<columns).map { $0 == j ? penalty.squareRoot() : 0 }
        }
        let qr = try QRFactorization(Matrix(augmented))
        guard qr.isFullRank else { return nil }
        let inverse = try qr.pseudoInverse()  // columns × (n + penalised rows)
        let beta = inverse.times(y + [Double](repeating: 0, count: augmented.count - n))
        var squared = 0.0
        for i in 0..<n {
            let leverage = (0..<columns).reduce(0) { $0 + design[i][$1] * inverse[$1, i] }
            let fitted = (0..<columns).reduce(0) { $0 + design[i][$1] * beta[$1] }
            guard leverage < 1 - 1e-9 else { return (beta, .infinity) }
            let e = (y[i] - fitted) / (1 - leverage)
            squared += e * e
        }
        return (beta, squared / Double(Swift.max(n, 1)))
    }
}
