import TargetModel

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
///   where the completion profile is used alone. A series with neither its own record nor the
///   batch's borrows the ratios of its indicator's reference record (`ReferenceRecord`, when it
///   has one of the same measure) before falling back to equal weights. `Choice.basis` says which
///   record the choice rests on: the series' own, the batch's, the reference panel's, or none.
/// - **Interval**: the combination's past errors at the same month (the combination of each past
///   year formed with the weights known then), each divided by the series'
///   error scale known before that year (root mean square of its earlier errors), pooled over the
///   batch; the projection's distribution is its centre plus the series' current scale times those
///   standardized errors (split-conformal with a local scale). A series without a scale of its own
///   (fewer than `minimumScaleYears` past errors) borrows the median scale of the batch's series of
///   the same measure, else its reference record's scale at the month (`Choice.borrowedScale`).
///   With fewer than `minimumPooledErrors` such errors, or no scale at all, the interval is analytic.
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
        /// Where the interval's error scale was borrowed from; `nil` when it used the series' own
        /// (or is analytic).
        package var borrowedScale: BorrowedScale?

        /// The heaviest model.
        var lead: ModelID { weights[0].model }
    }

    /// What a choice's error ratios come from.
    package enum RecordBasis: Sendable, Equatable {
        /// The series' own past years (at least `minimumOwnYears`, shrunk toward the batch's).
        case own
        /// Borrowed: the batch's record over the years before, from this many series.
        case pooled(series: Int)
        /// Borrowed: the reference panel's record of the series' indicator (`ReferenceRecord`),
        /// over this many years.
        case reference(indicator: String, years: Int)
        /// No model has a record yet: the models that project, equally weighted.
        case none
    }

    /// Where a borrowed error scale comes from.
    package enum BorrowedScale: Sendable, Equatable {
        /// The median scale of this many of the batch's series of the same measure.
        case batch(series: Int)
        /// The reference panel's record of the series' indicator, over this many years.
        case reference(indicator: String, years: Int)
    }

    /// The choice at every (grid, year) of the given months: `choices[g, t, m]`, `nil` where no
    /// model projects (only the given months are kept, so a batch holds one choice per year and month).
    /// `references[g]`, when given, is the reference record grid g may borrow from (one of the
    /// grid's measure; an empty array: none).
    /// `years[g]`, when given, is the only year of grid g whose choice is made (the others are
    /// `nil`; their combinations are still formed, for the record and the scales).
    package static func choose(grids: [YearGrid], forecasts: SuiteForecasts, months: [Int],
                               references: [ReferenceRecord?] = [], years: [Int]? = nil) -> Choices {
        var out = Choices(months: months, table: grids.map { [Choice?](repeating: nil, count: $0.yearCount * months.count) })
        for (k, m) in months.enumerated() {
            let atMonth = grids.indices.map { g -> (indicator: String, month: ReferenceRecord.Month)? in
                guard g < references.count, let record = references[g], let entry = record.months[m] else { return nil }
                return (record.indicator, entry)
            }
            let table = MonthTable(grids: grids, forecasts: forecasts, month: m, references: atMonth)
            for (g, grid) in grids.enumerated() {
                for t in years.map({ [$0[g]].filter { (0..<grid.yearCount).contains($0) } }) ?? Array(0..<grid.yearCount) {
                    out.table[g][t * months.count + k] = table.choice(grid: g, year: t)
                }
            }
        }
        return out
    }

    /// The choices of a batch at some information months, by grid, year and month.
    package struct Choices: Sendable {
        let months: [Int]
        /// table[g][t · months.count + k]: grid g's choice for year t at `months[k]`.
        var table: [[Choice?]]

        /// The choice for grid g's year t at month m (`nil` for a month not chosen at).
        package subscript(g: Int, t: Int, m: Int) -> Choice? {
            guard let k = months.firstIndex(of: m) else { return nil }
            return table[g][t * months.count + k]
        }
    }
}

/// Errors of every model at one information month, and the choices made from them.
///
/// Models are numbered by their position in `forecasts` (registry order), which also breaks ties.
/// Everything is held in flat arrays: a (grid, year) pair is a row, `rowStart[g] + t`, and a
/// model's value for a row is at `model * rows + row`; calendar years are numbered from `firstYear`.
private struct MonthTable {
    let month: Int
    /// The models' ids, in registry order.
    let models: [ModelID]
    /// The benchmark's position (carry-forward).
    let benchmark: Int
    /// The completion profile's position, when registered.
    let profile: Int?
    /// Each grid's first calendar year and measure.
    let gridFirstYear: [Int]
    let gridMeasure: [YearEndMeasure]
    /// Each grid's reference record at this month, with its indicator's name.
    let references: [(indicator: String, month: ReferenceRecord.Month)?]
    /// The first row of each grid, and the number of rows.
    let rowStart: [Int]
    let rows: Int
    /// The earliest calendar year of any grid, and the number of calendar years from it to the latest.
    let firstYear: Int
    let yearSpan: Int
    /// centers[model * rows + row], analyticSD likewise: each model's projection at this month.
    var centers: [Double] = []
    var analyticSD: [Double] = []
    /// errors[model * rows + row]: projection − outcome, NaN when either is missing.
    var errors: [Double] = []
    /// Pooled absolute errors by model and calendar year, over years where the benchmark has one
    /// too (zero for the benchmark itself), at `model * yearSpan + (year − firstYear)`.
    var pooledByYear: [(sum: Double, base: Double, count: Int)] = []
    /// The pooled error ratio of every model over the calendar years before each one, at
    /// `model * (yearSpan + 1) + (year − firstYear)`; NaN with too little pooled record.
    var pooledRatioBefore: [Double] = []
    /// How many series have a scored error of each model in the calendar years before each one,
    /// at `model * (yearSpan + 1) + (year − firstYear)`.
    var recordSeriesBefore: [Int] = []
    /// The median error scale of the batch's series of each measure that have one before each
    /// calendar year (by `year − firstYear`), and how many they are.
    var medianScale: [YearEndMeasure: [(scale: Double, series: Int)?]] = [:]
    /// The combination at every row, and its errors.
    var combined: [Combination?] = []
    var combinedErrors: [Double] = []
    /// The standardized errors of the years before each calendar year (by `year − firstYear`),
    /// sorted and thinned; nil with fewer than `minimumPooledErrors`.
    var pooledBefore: [[Double]?] = []

    init(grids: [YearGrid], forecasts: SuiteForecasts, month: Int, references: [(indicator: String, month: ReferenceRecord.Month)?]) {
        self.month = month
        self.references = references
        gridFirstYear = grids.map(\.firstYear)
        gridMeasure = grids.map(\.measure)
        models = forecasts.models
        benchmark = forecasts.benchmark
        profile = forecasts.models.firstIndex(of: ProfileModel.id)
        var starts: [Int] = [], rows = 0
        starts.reserveCapacity(grids.count)
        for grid in grids {
            starts.append(rows)
            rows += grid.yearCount
        }
        rowStart = starts
        self.rows = rows
        firstYear = grids.map(\.firstYear).min() ?? 0
        yearSpan = (grids.map { $0.firstYear + $0.yearCount }.max() ?? firstYear) - firstYear
        let modelCount = forecasts.tables.count
        precondition(modelCount <= PerModel.scalarCount, "model choice holds at most \(PerModel.scalarCount) models")
        centers.reserveCapacity(modelCount * rows)
        analyticSD.reserveCapacity(modelCount * rows)
        errors.reserveCapacity(modelCount * rows)
        for table in forecasts.tables {
            for (g, grid) in grids.enumerated() {
                let path = grid.path
                for t in 0..<grid.yearCount {
                    let slot = grid.index(t, month), center = table.center[g, slot]
                    centers.append(center)
                    analyticSD.append(table.analyticSD[g, slot])
                    errors.append(center - path[grid.index(t, 12)])
                }
            }
        }
        poolErrors(grids: grids, modelCount: modelCount)
        // The combinations are formed from the table so far (a copy, so that appending below does
        // not copy the table once per row).
        let scored = self
        var combined: [Combination?] = [], combinedErrors: [Double] = []
        combined.reserveCapacity(rows)
        combinedErrors.reserveCapacity(rows)
        var zByYear = [[Double]](repeating: [], count: yearSpan)
        // By the measure's position in `YearEndMeasure.allCases`, then by year.
        var scalesByYear = [[[Double]]](repeating: [], count: YearEndMeasure.allCases.count)
        for (g, grid) in grids.enumerated() {
            let measure = YearEndMeasure.allCases.firstIndex(of: grid.measure)!
            if scalesByYear[measure].isEmpty { scalesByYear[measure] = .init(repeating: [], count: yearSpan) }
            var squares = 0.0, known = 0
            for t in 0..<grid.yearCount {
                let combination = scored.combination(grid: g, year: t)
                let e = combination.map { $0.center - grid.outcome(t) } ?? .nan
                combined.append(combination)
                combinedErrors.append(e)
                let scale = MonthTable.scale(sumOfSquares: squares, count: known)
                if let scale { scalesByYear[measure][grid.firstYear + t - firstYear].append(scale) }
                guard !e.isNaN else { continue }
                if let scale { zByYear[grid.firstYear + t - firstYear].append(e / scale) }
                squares += e * e
                known += 1
            }
            // A series that ends earlier lends its last scale to the later years.
            if let scale = MonthTable.scale(sumOfSquares: squares, count: known) {
                for k in (grid.firstYear + grid.yearCount - firstYear)..<yearSpan {
                    scalesByYear[measure][k].append(scale)
                }
            }
        }
        self.combined = combined
        self.combinedErrors = combinedErrors
        for (measure, byYear) in zip(YearEndMeasure.allCases, scalesByYear) where !byYear.isEmpty {
            medianScale[measure] = byYear.map { scales -> (scale: Double, series: Int)? in
                guard !scales.isEmpty else { return nil }
                let sorted = scales.sorted(), mid = sorted.count / 2
                return (sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2, sorted.count)
            }
        }
        // The standardized errors of all years before each one: the earlier years' merged in turn.
        var before: [Double] = []
        pooledBefore.reserveCapacity(yearSpan)
        for zs in zByYear {
            pooledBefore.append(before.count >= RollingOrigin.minimumPooledErrors
                ? MonthTable.thinned(before, to: RollingOrigin.maximumPooledErrors) : nil)
            before = MonthTable.merged(before, zs.sorted())
        }
    }

    /// Sums every model's absolute errors (and the benchmark's on the same rows) by calendar year,
    /// then over the years before each one.
    private mutating func poolErrors(grids: [YearGrid], modelCount: Int) {
        pooledByYear = .init(repeating: (0, 0, 0), count: modelCount * yearSpan)
        recordSeriesBefore = .init(repeating: 0, count: modelCount * (yearSpan + 1))
        let base = benchmark * rows
        for model in 0..<modelCount where model != benchmark {
            for (g, grid) in grids.enumerated() {
                let row = model * rows + rowStart[g], baseRow = base + rowStart[g]
                let year = model * yearSpan + grid.firstYear - firstYear
                if let first = (0..<grid.yearCount).first(where: { !errors[row + $0].isNaN && !errors[baseRow + $0].isNaN }) {
                    // Counted from the year after its first record on (prefix sums below).
                    recordSeriesBefore[model * (yearSpan + 1) + grid.firstYear + first - firstYear + 1] += 1
                }
                for t in 0..<grid.yearCount where !errors[row + t].isNaN && !errors[baseRow + t].isNaN {
                    pooledByYear[year + t].sum += abs(errors[row + t])
                    pooledByYear[year + t].base += abs(errors[baseRow + t])
                    pooledByYear[year + t].count += 1
                }
            }
        }
        for model in 0..<modelCount where yearSpan > 0 {
            for k in 1...yearSpan { recordSeriesBefore[model * (yearSpan + 1) + k] += recordSeriesBefore[model * (yearSpan + 1) + k - 1] }
        }
        pooledRatioBefore = .init(repeating: .nan, count: modelCount * (yearSpan + 1))
        for model in 0..<modelCount where model != benchmark {
            var sum = 0.0, baseSum = 0.0, count = 0
            for k in 0...yearSpan {
                if count >= RollingOrigin.minimumPooledYears && baseSum > 0 {
                    pooledRatioBefore[model * (yearSpan + 1) + k] = sum / baseSum
                }
                guard k < yearSpan else { break }
                let entry = pooledByYear[model * yearSpan + k]
                sum += entry.sum; baseSum += entry.base; count += entry.count
            }
        }
    }

    /// The pooled error ratio of a model over the calendar years before one (nil with too little record).
    func pooledRatio(_ model: Int, before calendarYear: Int) -> Double? {
        let ratio = pooledRatioBefore[model * (yearSpan + 1) + calendarYear - firstYear]
        return ratio.isNaN ? nil : ratio
    }

    /// At most `count` order statistics of sorted values, evenly spaced, extremes kept.
    static func thinned(_ sorted: [Double], to count: Int) -> [Double] {
        guard sorted.count > count, count > 1 else { return sorted }
        return (0..<count).map { sorted[Int((Double($0) * Double(sorted.count - 1) / Double(count - 1)).rounded())] }
    }

    /// Two sorted arrays merged into one sorted array.
    static func merged(_ a: [Double], _ b: [Double]) -> [Double] {
        guard !a.isEmpty else { return b }
        guard !b.isEmpty else { return a }
        var out: [Double] = []
        out.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        while i < a.count && j < b.count {
            if b[j] < a[i] { out.append(b[j]); j += 1 } else { out.append(a[i]); i += 1 }
        }
        out.append(contentsOf: a[i...])
        out.append(contentsOf: b[j...])
        return out
    }

    /// Root mean square of errors from their sum of squares and count (nil with too few, or all zero).
    static func scale(sumOfSquares: Double, count: Int) -> Double? {
        guard count >= RollingOrigin.minimumScaleYears else { return nil }
        let rms = (sumOfSquares / Double(count)).squareRoot()
        return rms > 0 ? rms : nil
    }

    /// Root mean square of the combination's errors of a grid before year t (nil with too few, or all zero).
    func scale(grid g: Int, before t: Int) -> Double? {
        var squares = 0.0, count = 0
        for e in combinedErrors[rowStart[g]..<(rowStart[g] + t)] where !e.isNaN {
            squares += e * e
            count += 1
        }
        return MonthTable.scale(sumOfSquares: squares, count: count)
    }

    /// The combination with its calibrated distribution.
    func choice(grid g: Int, year t: Int) -> RollingOrigin.Choice? {
        guard var choice = combined[rowStart[g] + t].map({ $0.choice(models: models) }) else { return nil }
        let calendarYear = gridFirstYear[g] + t
        guard let pooled = pooledBefore[calendarYear - firstYear] else { return choice }
        if let scale = scale(grid: g, before: t) {
            choice.distribution = .empirical(center: choice.center, scale: scale, errors: pooled)
            choice.interval = .empirical
        } else if let borrowed = medianScale[gridMeasure[g]]?[calendarYear - firstYear] {
            choice.distribution = .empirical(center: choice.center, scale: borrowed.scale, errors: pooled)
            choice.interval = .empirical
            choice.borrowedScale = .batch(series: borrowed.series)
        } else if let reference = references[g], let scale = reference.month.scale {
            choice.distribution = .empirical(center: choice.center, scale: scale, errors: pooled)
            choice.interval = .empirical
            choice.borrowedScale = .reference(indicator: reference.indicator, years: reference.month.years)
        }
        return choice
    }

    /// The weighted combination at an origin, with an analytic distribution (replaced by the
    /// empirical one in `choice` when the backtest allows).
    func combination(grid g: Int, year t: Int) -> Combination? {
        let row = rowStart[g] + t
        var available = PerModel(repeating: .nan)
        for model in models.indices where !centers[model * rows + row].isNaN { available[model] = 1 }
        guard available.hasAny else { return nil }
        var (ratios, basis) = scores(among: available, grid: g, year: t)
        if basis == .none, available.has(benchmark), let reference = references[g] {
            // No record here: the reference panel's record of the series' indicator, when it
            // scores a model besides carry-forward.
            var borrowed = PerModel(repeating: .nan)
            for model in models.indices where available.has(model) {
                if let ratio = reference.month.ratios[models[model]] { borrowed[model] = ratio }
            }
            if models.indices.contains(where: { $0 != benchmark && borrowed.has($0) }) {
                ratios = borrowed
                basis = .reference(indicator: reference.indicator, years: reference.month.years)
            }
        }
        if basis == .none {
            // No record yet: for cumulative amounts the completion profile, not the amount so far;
            // otherwise every model that projects, equally weighted.
            if let profile, available.has(profile), gridMeasure[g] == .progress || gridMeasure[g] == .yearTotal {
                ratios = PerModel(repeating: .nan)
                ratios[profile] = 1
            } else {
                ratios = available
            }
        }
        var best = Double.infinity
        for model in models.indices where ratios.has(model) { best = Swift.min(best, ratios[model]) }
        guard best.isFinite else { return nil }
        let band = Swift.min(1, best * (1 + RollingOrigin.combinationBand))
        var weights = PerModel(repeating: 0), total = 0.0
        for model in models.indices where ratios.has(model) && ratios[model] <= band {
            weights[model] = 1 / Swift.max(1e-6, ratios[model] * ratios[model])
            total += weights[model]
        }
        weights /= total
        var center = 0.0
        weights.heaviestFirst(count: models.count) { center += weights[$0] * centers[$0 * rows + row] }
        var sd = 0.0
        weights.heaviestFirst(count: models.count) { model in
            let own = analyticSD[model * rows + row]
            sd += weights[model] * (own.isNaN ? wideSpread(grid: g, year: t, center: center) : own)
        }
        return Combination(weights: weights, center: center, sd: sd, basis: basis)
    }

    /// Error ratio to the benchmark of every available model (the benchmark itself 1; NaN for
    /// models with no record yet, so only the benchmark when nothing has one), and what the
    /// ratios rest on: `.own` when a model's own record was used, else `.pooled` with the number of
    /// series that record comes from, `.none` when no model has one.
    func scores(among available: PerModel, grid g: Int, year t: Int) -> (ratios: PerModel, basis: RollingOrigin.RecordBasis) {
        guard available.has(benchmark) else {
            var first = PerModel(repeating: .nan)
            first[models.indices.first { available.has($0) }!] = 1
            return (first, .none)
        }
        let base = benchmark * rows + rowStart[g]
        let calendarYear = gridFirstYear[g] + t
        var scores = PerModel(repeating: .nan)
        var own = false, pooledSeries = 0
        for model in models.indices where available.has(model) {
            guard model != benchmark else {
                scores[model] = 1
                continue
            }
            let pooled = pooledRatio(model, before: calendarYear)
            let e = model * rows + rowStart[g]
            var ownSum = 0.0, ownBase = 0.0, years = 0
            for year in 0..<t where !errors[e + year].isNaN && !errors[base + year].isNaN {
                ownSum += abs(errors[e + year])
                ownBase += abs(errors[base + year])
                years += 1
            }
            if years >= RollingOrigin.minimumOwnYears && ownBase > 0 {
                // Own ratios shrink toward the pooled one: n own years count n, the pool `shrinkage`.
                let w = Double(years) / (Double(years) + RollingOrigin.shrinkage)
                scores[model] = w * ownSum / ownBase + (1 - w) * (pooled ?? 1)
                own = true
            } else if let pooled {
                scores[model] = pooled
                pooledSeries = Swift.max(pooledSeries, recordSeriesBefore[model * (yearSpan + 1) + calendarYear - firstYear])
            }
        }
        return (scores, own ? .own : pooledSeries > 0 ? .pooled(series: pooledSeries) : .none)
    }

    /// A deliberately wide standard deviation for a model without its own: twice the root mean
    /// square of the series' past benchmark (carry-forward) errors, else a fifth of the centre's
    /// size scaled by the share of the year still to come.
    func wideSpread(grid g: Int, year t: Int, center: Double) -> Double {
        let base = benchmark * rows + rowStart[g]
        var squares = 0.0, count = 0
        for e in errors[base..<(base + t)] where !e.isNaN {
            squares += e * e
            count += 1
        }
        if count > 0 {
            let rms = (squares / Double(count)).squareRoot()
            if rms > 0 { return 2 * rms }
        }
        let remaining = Double(12 - Swift.min(month, 12)) / 12
        return Swift.max(abs(center), 1) * 0.2 * Swift.max(remaining, 1.0 / 12)
    }
}

/// One value per model of a batch, by the model's position in `SuiteForecasts.models` (at most
/// eight models); NaN where a model has none. Held in registers, so choosing among the models of
/// every (series, year) allocates nothing.
typealias PerModel = SIMD8<Double>

extension PerModel {
    /// Whether the model at this position has a value.
    func has(_ model: Int) -> Bool { !self[model].isNaN }
    /// Whether any model has a value.
    var hasAny: Bool { (0..<scalarCount).contains { has($0) } }

    /// Calls `body` with the positions among the first `count` whose weight is above 0, heaviest
    /// first (ties: registry order).
    func heaviestFirst(count: Int, _ body: (Int) -> Void) {
        var done: UInt8 = 0
        while true {
            var next = -1
            for model in 0..<count where self[model] > 0 && done & (1 << model) == 0 {
                if next < 0 || self[model] > self[next] { next = model }
            }
            guard next >= 0 else { return }
            done |= 1 << next
            body(next)
        }
    }
}

/// The weighted combination of the models at one origin, before its interval is calibrated.
struct Combination {
    /// Each model's weight (0 where not combined), by position; they sum to 1.
    var weights: PerModel
    var center: Double
    /// The standard deviation of the analytic interval.
    var sd: Double
    var basis: RollingOrigin.RecordBasis

    /// The choice with an analytic distribution.
    func choice(models: [ModelID]) -> RollingOrigin.Choice {
        var combined: [WeightedModel] = []
        weights.heaviestFirst(count: models.count) { combined.append(WeightedModel(models[$0], weight: weights[$0])) }
        return .init(weights: combined, center: center, distribution: .normal(mean: center, sd: sd), interval: .analytic, basis: basis)
    }
}
