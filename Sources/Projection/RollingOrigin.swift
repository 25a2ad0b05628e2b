/// Model choice and calibrated intervals by rolling-origin backtest, strictly out of sample.
///
/// For every series, year t and information month m, each model's projections of the years before
/// t (each made with only the data up to month m of its own year, from models fitted on the years
/// before it) are scored against their outcomes:
/// - **Choice and weights**: each model's mean absolute error relative to carry-forward, over the
///   series' own past years (at least `minimumOwnYears` of them) shrunk toward the ratio pooled
///   over all series in the batch for the past calendar years. The models whose ratio is within
///   `combinationBand` of the best (and not above carry-forward's 1) are averaged with weights
///   ∝ 1 / ratio², so a clear winner is used alone and near-ties are combined. Before any model
///   has a record, every model that projects is weighted equally (carry-forward among them: with
///   no evidence, no model is preferred), except for cumulative amounts (year totals, progress),
///   where the completion profile is used alone. `Choice.basis` says which record the choice
///   rests on: the series' own, the batch's (borrowed), or none.
/// - **Interval**: the combination's past errors at the same month (the combination of each past
///   year formed with the weights known then), each divided by the series'
///   error scale known before that year (root mean square of its earlier errors), pooled over the
///   batch; the projection's distribution is its centre plus the series' current scale times those
///   standardized errors (split-conformal with a local scale). A series without a scale of its own
///   (fewer than `minimumScaleYears` past errors) borrows the median scale of the batch's series of
///   the same measure (`Choice.borrowedScale`). With fewer than `minimumPooledErrors` such errors,
///   or no scale at all, the interval is analytic.
package struct RollingOrigin {
    static let minimumOwnYears = 5
    static let minimumPooledYears = 10
    static let minimumScaleYears = 3
    static let minimumPooledErrors = 20
    /// Most standardized errors a distribution keeps (evenly spaced order statistics), so that
    /// memory stays bounded on large panels.
    static let maximumPooledErrors = 401
    /// Weight of the pooled error ratio, in years, when shrinking a series' own ratio toward it.
    static let shrinkage = 8.0

    /// Width of the band of models combined: those whose error ratio is within this share of the
    /// best one's.
    static let combinationBand = 0.15

    /// What was chosen at one origin.
    package struct Choice: Sendable {
        /// The models combined with their weights, heaviest first (one model when one stands out).
        var weights: [WeightedModel]
        package var center: Double
        package var distribution: PredictiveDistribution
        var interval: IntervalSource
        /// The record the choice rests on.
        package var basis: RecordBasis
        /// The number of the batch's series of the same measure whose median error scale the
        /// interval borrowed; `nil` when it used the series' own (or is analytic).
        package var borrowedScale: Int?

        /// The heaviest model.
        var lead: ModelID { weights[0].model }
    }

    /// What a choice's error ratios come from.
    package enum RecordBasis: Sendable, Equatable {
        /// The series' own past years (at least `minimumOwnYears`, shrunk toward the batch's).
        case own
        /// Borrowed: the batch's record over the years before, from this many series.
        case pooled(series: Int)
        /// No model has a record yet: the models that project, equally weighted.
        case none
    }

    /// The choice at every (grid, slot) of the given months; `nil` where no model projects.
    package static func choose(grids: [YearGrid], forecasts: SuiteForecasts, months: [Int]) -> [[Choice?]] {
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
///
/// Models are numbered by their position in `forecasts` (registry order), which also breaks ties.
private struct MonthTable {
    let grids: [YearGrid]
    let forecasts: SuiteForecasts
    let month: Int
    /// The benchmark's position (carry-forward).
    let benchmark: Int
    /// The completion profile's position, when registered.
    let profile: Int?
    /// errors[model][grid][year]: projection − outcome, NaN when either is missing.
    var errors: [[[Double]]] = []
    /// Pooled absolute errors by model and calendar year, over years where the benchmark has one
    /// too (empty for the benchmark itself).
    var pooledByYear: [[Int: (sum: Double, base: Double, count: Int)]] = []
    /// firstRecord[model][grid]: the first calendar year the model has a scored error for the grid.
    var firstRecord: [[Int?]] = []
    /// The combination at every (grid, year), its errors, and its standardized errors by year.
    var combined: [[RollingOrigin.Choice?]] = []
    var combinedErrors: [[Double]] = []
    var standardized: [(year: Int, z: Double)] = []
    /// The standardized errors of the years before each calendar year, sorted and thinned.
    var pooledBefore: [Int: [Double]] = [:]

    init(grids: [YearGrid], forecasts: SuiteForecasts, month: Int) {
        self.grids = grids
        self.forecasts = forecasts
        self.month = month
        benchmark = forecasts.benchmark
        profile = forecasts.models.firstIndex(of: ProfileModel.id)
        errors = forecasts.tables.map { table in
            grids.enumerated().map { g, grid in
                (0..<grid.yearCount).map { t in table.center[g][grid.index(t, month)] - grid.outcome(t) }
            }
        }
        let base = errors[benchmark]
        for (model, byGrid) in errors.enumerated() {
            var byYear: [Int: (sum: Double, base: Double, count: Int)] = [:]
            var first = [Int?](repeating: nil, count: grids.count)
            defer { pooledByYear.append(byYear); firstRecord.append(first) }
            guard model != benchmark else { continue }
            for (g, e) in byGrid.enumerated() {
                for t in e.indices where !e[t].isNaN && !base[g][t].isNaN {
                    let year = grids[g].firstYear + t
                    if first[g] == nil { first[g] = year }
                    byYear[year, default: (0, 0, 0)].sum += abs(e[t])
                    byYear[year]!.base += abs(base[g][t])
                    byYear[year]!.count += 1
                }
            }
        }
        var zs: [(year: Int, z: Double)] = []
        for (g, grid) in grids.enumerated() {
            let row = (0..<grid.yearCount).map { weighting(grid: g, year: $0) }
            let e = (0..<grid.yearCount).map { t in row[t].map { $0.center - grid.outcome(t) } ?? .nan }
            for t in 0..<grid.yearCount where !e[t].isNaN {
                if let scale = MonthTable.scale(e, before: t) { zs.append((grid.firstYear + t, e[t] / scale)) }
            }
            combined.append(row)
            combinedErrors.append(e)
        }
        standardized = zs.sorted { $0.year < $1.year }
        for year in Set(grids.flatMap { grid in (0..<grid.yearCount).map { grid.firstYear + $0 } }) {
            let before = standardized.prefix { $0.year < year }.map(\.z)
            guard before.count >= RollingOrigin.minimumPooledErrors else { continue }
            pooledBefore[year] = MonthTable.thinned(before.sorted(), to: RollingOrigin.maximumPooledErrors)
        }
    }

    /// At most `count` order statistics of sorted values, evenly spaced, extremes kept.
    static func thinned(_ sorted: [Double], to count: Int) -> [Double] {
        guard sorted.count > count, count > 1 else { return sorted }
        return (0..<count).map { sorted[Int((Double($0) * Double(sorted.count - 1) / Double(count - 1)).rounded())] }
    }

    /// Root mean square of the errors before year t (nil with too few, or all zero).
    static func scale(_ e: [Double], before t: Int) -> Double? {
        let past = e[0..<t].filter { !$0.isNaN }
        guard past.count >= RollingOrigin.minimumScaleYears else { return nil }
        let rms = (past.reduce(0) { $0 + $1 * $1 } / Double(past.count)).squareRoot()
        return rms > 0 ? rms : nil
    }

    /// The combination with its calibrated distribution.
    func choice(grid g: Int, year t: Int) -> RollingOrigin.Choice? {
        guard var choice = combined[g][t] else { return nil }
        let calendarYear = grids[g].firstYear + t
        guard let pooled = pooledBefore[calendarYear] else { return choice }
        if let scale = MonthTable.scale(combinedErrors[g], before: t) {
            choice.distribution = .empirical(center: choice.center, scale: scale, errors: pooled)
            choice.interval = .empirical
        } else if let borrowed = borrowedScale(grid: g, year: calendarYear) {
            choice.distribution = .empirical(center: choice.center, scale: borrowed.scale, errors: pooled)
            choice.interval = .empirical
            choice.borrowedScale = borrowed.series
        }
        return choice
    }

    /// The median error scale, before a calendar year, of the other series of grid g's measure that
    /// have one, and how many they are; `nil` when none has.
    func borrowedScale(grid g: Int, year calendarYear: Int) -> (scale: Double, series: Int)? {
        let scales = grids.indices.compactMap { h -> Double? in
            guard h != g, grids[h].measure == grids[g].measure else { return nil }
            let t = Swift.min(calendarYear - grids[h].firstYear, grids[h].yearCount)
            return t > 0 ? MonthTable.scale(combinedErrors[h], before: t) : nil
        }.sorted()
        guard !scales.isEmpty else { return nil }
        let mid = scales.count / 2
        return (scales.count % 2 == 1 ? scales[mid] : (scales[mid - 1] + scales[mid]) / 2, scales.count)
    }

    /// The weighted combination at an origin, with an analytic distribution (replaced by the
    /// empirical one in `choice` when the backtest allows).
    func weighting(grid g: Int, year t: Int) -> RollingOrigin.Choice? {
        let slot = grids[g].index(t, month)
        let available = forecasts.tables.indices.filter { !forecasts.tables[$0].center[g][slot].isNaN }
        guard !available.isEmpty else { return nil }
        var (ratios, basis) = scores(among: available, grid: g, year: t)
        if basis == .none {
            // No record yet: for cumulative amounts the completion profile, not the amount so far;
            // otherwise every model that projects, equally weighted.
            if let profile, available.contains(profile), grids[g].measure == .progress || grids[g].measure == .yearTotal {
                ratios = [(profile, 1)]
            } else {
                ratios = available.map { ($0, 1) }
            }
        }
        guard let best = ratios.min(by: { $0.ratio < $1.ratio })?.ratio else { return nil }
        let band = Swift.min(1, best * (1 + RollingOrigin.combinationBand))
        var weights = ratios.filter { $0.ratio <= band }.map { (model: $0.model, weight: 1 / Swift.max(1e-6, $0.ratio * $0.ratio)) }
        let total = weights.reduce(0) { $0 + $1.weight }
        weights = weights.map { ($0.model, $0.weight / total) }.sorted { ($0.weight, $1.model) > ($1.weight, $0.model) }
        let center = weights.reduce(0) { $0 + $1.weight * forecasts.tables[$1.model].center[g][slot] }
        var sd = 0.0
        for (model, weight) in weights {
            let own = forecasts.tables[model].analyticSD[g][slot]
            sd += weight * (own.isNaN ? wideSpread(grid: g, year: t, center: center) : own)
        }
        return .init(weights: weights.map { WeightedModel(forecasts.models[$0.model], weight: $0.weight) },
                     center: center, distribution: .normal(mean: center, sd: sd), interval: .analytic, basis: basis)
    }

    /// Error ratio to the benchmark of every available model (the benchmark itself 1), in registry
    /// order; models with no record yet are left out (only the benchmark when nothing has one), and
    /// what the ratios rest on: `.own` when a model's own record was used, else `.pooled` with the
    /// number of series that record comes from, `.none` when no model has one.
    func scores(among models: [Int], grid g: Int, year t: Int) -> (ratios: [(model: Int, ratio: Double)], basis: RollingOrigin.RecordBasis) {
        guard models.contains(benchmark) else { return ([(models[0], 1)], .none) }
        let base = errors[benchmark][g]
        let calendarYear = grids[g].firstYear + t
        var scores: [(model: Int, ratio: Double)] = []
        var own = false, pooledSeries = 0
        for model in models {
            guard model != benchmark else {
                scores.append((model, 1))
                continue
            }
            var sum = 0.0, baseSum = 0.0, count = 0
            for (year, entry) in pooledByYear[model] where year < calendarYear {
                sum += entry.sum; baseSum += entry.base; count += entry.count
            }
            let pooled: Double? = count >= RollingOrigin.minimumPooledYears && baseSum > 0 ? sum / baseSum : nil
            let e = errors[model][g]
            let years = (0..<t).filter { !e[$0].isNaN && !base[$0].isNaN }
            let ownBase = years.reduce(0) { $0 + abs(base[$1]) }
            if years.count >= RollingOrigin.minimumOwnYears && ownBase > 0 {
                // Own ratios shrink toward the pooled one: n own years count n, the pool `shrinkage`.
                let ratio = years.reduce(0) { $0 + abs(e[$1]) } / ownBase
                let w = Double(years.count) / (Double(years.count) + RollingOrigin.shrinkage)
                scores.append((model, w * ratio + (1 - w) * (pooled ?? 1)))
                own = true
            } else if let pooled {
                scores.append((model, pooled))
                pooledSeries = Swift.max(pooledSeries, firstRecord[model].filter { $0.map { $0 < calendarYear } ?? false }.count)
            }
        }
        return (scores, own ? .own : pooledSeries > 0 ? .pooled(series: pooledSeries) : .none)
    }

    /// A deliberately wide standard deviation for a model without its own: twice the root mean
    /// square of the series' past benchmark (carry-forward) errors, else a fifth of the centre's
    /// size scaled by the share of the year still to come.
    func wideSpread(grid g: Int, year t: Int, center: Double) -> Double {
        let past = errors[benchmark][g][0..<t].filter { !$0.isNaN }
        if !past.isEmpty {
            let rms = (past.reduce(0) { $0 + $1 * $1 } / Double(past.count)).squareRoot()
            if rms > 0 { return 2 * rms }
        }
        let remaining = Double(12 - Swift.min(month, 12)) / 12
        return Swift.max(abs(center), 1) * 0.2 * Swift.max(remaining, 1.0 / 12)
    }
}
