/// Model choice and calibrated intervals by rolling-origin backtest, strictly out of sample.
///
/// For every series, year t and information month m, each model's projections of the years before
/// t (each made with only the data up to month m of its own year, from models fitted on the years
/// before it) are scored against their outcomes:
/// - **Choice**: the model with the smallest mean absolute error relative to carry-forward over
///   the series' own past years (at least `minimumOwnYears` of them), else pooled over all series
///   in the batch for the past calendar years, else carry-forward.
/// - **Interval**: the chosen model's past errors at the same month, each divided by the series'
///   error scale known before that year (root mean square of its earlier errors), pooled over the
///   batch; the projection's distribution is its centre plus the series' current scale times those
///   standardized errors (split-conformal with a local scale). With fewer than
///   `minimumPooledErrors` such errors, or no scale for the series, the interval is analytic.
struct RollingOrigin {
    static let minimumOwnYears = 5
    static let minimumPooledYears = 10
    static let minimumScaleYears = 3
    static let minimumPooledErrors = 20

    /// What was chosen at one origin.
    struct Choice: Sendable {
        var model: ProjectionModel
        var center: Double
        var distribution: PredictiveDistribution
        var interval: IntervalSource
    }

    /// The choice at every (grid, slot) of the given months; `nil` where no model projects.
    static func choose(grids: [YearGrid], forecasts: [ProjectionModel: ModelForecasts],
                       months: [Int]) -> [[Choice?]] {
        var out = grids.map { [Choice?](repeating: nil, count: $0.path.count) }
        for m in months {
            let table = MonthTable(grids: grids, forecasts: forecasts, month: m)
            for (g, grid) in grids.enumerated() {
                for t in 0..<grid.yearCount {
                    out[g][grid.index(t, m)] = table.choice(grid: g, year: t)
                }
            }
        }
        return out
    }
}

/// Errors of every model at one information month, and the choices made from them.
private struct MonthTable {
    let grids: [YearGrid]
    let forecasts: [ProjectionModel: ModelForecasts]
    let month: Int
    /// errors[model][grid][year]: projection − outcome, NaN when either is missing.
    var errors: [ProjectionModel: [[Double]]] = [:]
    /// Standardized errors by model: (calendar year, z), sorted by year.
    var standardized: [ProjectionModel: [(year: Int, z: Double)]] = [:]

    init(grids: [YearGrid], forecasts: [ProjectionModel: ModelForecasts], month: Int) {
        self.grids = grids
        self.forecasts = forecasts
        self.month = month
        for (model, table) in forecasts {
            var byGrid: [[Double]] = []
            var zs: [(year: Int, z: Double)] = []
            for (g, grid) in grids.enumerated() {
                let e = (0..<grid.yearCount).map { t in table.center[g][grid.index(t, month)] - grid.outcome(t) }
                byGrid.append(e)
                for t in 0..<grid.yearCount where !e[t].isNaN {
                    if let scale = MonthTable.scale(e, before: t) { zs.append((grid.firstYear + t, e[t] / scale)) }
                }
            }
            errors[model] = byGrid
            standardized[model] = zs.sorted { $0.year < $1.year }
        }
    }

    /// Root mean square of the errors before year t (nil with too few, or all zero).
    static func scale(_ e: [Double], before t: Int) -> Double? {
        let past = e[0..<t].filter { !$0.isNaN }
        guard past.count >= RollingOrigin.minimumScaleYears else { return nil }
        let rms = (past.reduce(0) { $0 + $1 * $1 } / Double(past.count)).squareRoot()
        return rms > 0 ? rms : nil
    }

    func choice(grid g: Int, year t: Int) -> RollingOrigin.Choice? {
        let grid = grids[g]
        let slot = grid.index(t, month)
        let available = forecasts.filter { !$0.value.center[g][slot].isNaN }.keys.sorted()
        guard !available.isEmpty else { return nil }
        let model = best(among: available, grid: g, year: t)
        let table = forecasts[model]!
        let center = table.center[g][slot]
        let calendarYear = grid.firstYear + t
        if let scale = MonthTable.scale(errors[model]![g], before: t) {
            let pooled = (standardized[model] ?? []).prefix { $0.year < calendarYear }.map { $0.z * scale }
            if pooled.count >= RollingOrigin.minimumPooledErrors {
                return .init(model: model, center: center,
                             distribution: .fromErrors(center: center, errors: pooled), interval: .empirical)
            }
        }
        let sd = table.analyticSD[g][slot]
        let spread = sd.isNaN ? wideSpread(grid: g, year: t, center: center) : sd
        return .init(model: model, center: center, distribution: .normal(mean: center, sd: spread), interval: .analytic)
    }

    /// The model with the smallest error ratio to carry-forward, own history first, then pooled.
    func best(among models: [ProjectionModel], grid g: Int, year t: Int) -> ProjectionModel {
        guard models.contains(.carryForward), models.count > 1 else { return models[0] }
        let base = errors[.carryForward]![g]
        var own: [(ProjectionModel, Double)] = []
        for model in models where model != .carryForward {
            let e = errors[model]![g]
            let years = (0..<t).filter { !e[$0].isNaN && !base[$0].isNaN }
            guard years.count >= RollingOrigin.minimumOwnYears else { continue }
            let ratio = years.reduce(0) { $0 + abs(e[$1]) } / Swift.max(1e-12, years.reduce(0) { $0 + abs(base[$1]) })
            own.append((model, ratio))
        }
        if let pick = own.min(by: { $0.1 < $1.1 }) { return pick.1 < 1 ? pick.0 : .carryForward }
        let calendarYear = grids[g].firstYear + t
        var pooled: [(ProjectionModel, Double)] = []
        for model in models where model != .carryForward {
            var sum = 0.0, baseSum = 0.0, count = 0
            for (h, other) in grids.enumerated() {
                let e = errors[model]![h], b = errors[.carryForward]![h]
                for s in 0..<other.yearCount where other.firstYear + s < calendarYear && !e[s].isNaN && !b[s].isNaN {
                    sum += abs(e[s]); baseSum += abs(b[s]); count += 1
                }
            }
            if count >= RollingOrigin.minimumPooledYears { pooled.append((model, sum / Swift.max(1e-12, baseSum))) }
        }
        if let pick = pooled.min(by: { $0.1 < $1.1 }), pick.1 < 1 { return pick.0 }
        return .carryForward
    }

    /// A deliberately wide standard deviation for a model without its own: twice the root mean
    /// square of the series' past carry-forward errors, else a fifth of the centre's size scaled by
    /// the share of the year still to come.
    func wideSpread(grid g: Int, year t: Int, center: Double) -> Double {
        let past = errors[.carryForward]?[g][0..<t].filter { !$0.isNaN } ?? []
        if !past.isEmpty {
            let rms = (past.reduce(0) { $0 + $1 * $1 } / Double(past.count)).squareRoot()
            if rms > 0 { return 2 * rms }
        }
        let remaining = Double(12 - Swift.min(month, 12)) / 12
        return Swift.max(abs(center), 1) * 0.2 * Swift.max(remaining, 1.0 / 12)
    }
}
