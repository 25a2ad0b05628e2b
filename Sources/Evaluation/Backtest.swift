import Projection
import TargetModel

/// Accuracy of year-end projections on real series: the `backtest` verb.
///
/// Every series is projected at each information month m of each evaluation year with only the
/// data up to month m of that year and the full data of earlier years (rolling origin); model
/// choice and intervals come from earlier years only (see `RollingOrigin`). The outcome is the
/// December value of the series' measure in the same data (the newest vintage). P(meet) is scored
/// on a pseudo-target per series and year: at least the year before's outcome.
public enum Backtest {
    /// Backtests one dataset.
    ///
    /// - Parameters:
    ///   - name: the dataset's name in the report.
    ///   - series: the series, each with the measure its year-end is judged on.
    ///   - evaluationYears: years scored (earlier years only train); `nil` scores every year that has
    ///     a chosen projection.
    ///   - months: information months reported.
    ///   - summaryMonths: months averaged into the headline skill and coverages.
    ///   - historyYears: when given, each scored year Y is projected as a province with only N prior
    ///     years would see it: every series cut to the years Y − N … Y (the batch still pools).
    ///   - indicators: the related indicators of each series (by its id), read from `data` by the
    ///     indicator bridge; none by default (the bridge then projects nothing).
    ///   - references: with `historyYears`, the reference panel: the indicator name of each series
    ///     (by its id) that borrows from a reference record of its own indicator, built from this
    ///     panel's full-history record of the years before each scored year only (no leakage).
    ///     With all history that record would be the series' own, which the chooser already uses,
    ///     so it is read only with `historyYears`. Empty by default (no reference panel).
    ///
    /// Edge cases: series that cannot be laid out for their measure are skipped; a month without
    /// any scored projection reports zero counts and no MAE.
    public static func run(name: String, series: [(SeriesData, YearEndMeasure)],
                           evaluationYears: ClosedRange<Int>? = nil, months: ClosedRange<Int> = 2...11,
                           summaryMonths: ClosedRange<Int> = 3...9, historyYears: Int? = nil,
                           indicators: IndicatorLinks = .none, data related: [String: SeriesData] = [:],
                           references: [String: String] = [:]) throws -> DatasetAccuracy {
        var score = Score(months: months, summaryMonths: summaryMonths)
        /// Every series' grid with its indicators, all from `cut` of the data, with the series' id.
        func grids(_ cut: (SeriesData) -> SeriesData) -> [(id: String, grid: YearGrid)] {
            let readings = related.mapValues(cut)
            return series.compactMap { data, measure in
                YearGrid(series: cut(data), measure: measure).map {
                    (data.id, $0.attachingIndicators(indicators.indicators(of: data.id), from: readings))
                }
            }
        }
        let all = grids { $0 }
        guard let n = historyYears else {
            try score.add(grids: all.map(\.grid), evaluationYears: evaluationYears)
            return score.accuracy(name: name, series: all.count)
        }
        let record = references.isEmpty ? nil : try PanelRecord(grids: all, months: Array(months))
        let allYears = Set(all.flatMap { g in (0..<g.grid.yearCount).map { g.grid.firstYear + $0 } }).sorted()
        for year in allYears where evaluationYears?.contains(year) ?? true {
            let cut = grids { truncated($0, from: year - n, through: year) }
            let borrowed = record?.records(names: references, before: year) ?? [:]
            try score.add(grids: cut.map(\.grid), evaluationYears: year...year, references: cut.map { borrowed[$0.id] })
        }
        return score.accuracy(name: name, series: all.count)
    }

    /// A panel's full-history rolling-origin record, from which the reference records of any
    /// years before are read.
    struct PanelRecord {
        let grids: [(id: String, grid: YearGrid)]
        let forecasts: SuiteForecasts
        let choices: RollingOrigin.Choices
        let months: [Int]

        /// Backtests the grids at the months.
        init(grids: [(id: String, grid: YearGrid)], months: [Int]) throws {
            self.grids = grids
            self.months = months
            forecasts = try ModelSuite.forecasts(grids.map(\.grid), months: months)
            choices = RollingOrigin.choose(grids: grids.map(\.grid), forecasts: forecasts, months: months)
        }

        /// The reference record, by series id, of every series `names` names (with its indicator's
        /// name), over the years before `year` (all years when `nil`).
        func records(names: [String: String], before year: Int?) -> [String: ReferenceRecord] {
            var out: [String: ReferenceRecord] = [:]
            for (g, entry) in grids.enumerated() {
                guard let name = names[entry.id] else { continue }
                out[entry.id] = ReferenceRecord(series: entry.id, indicator: name, grid: entry.grid, g, forecasts: forecasts,
                                                choices: choices, months: months, before: year)
            }
            return out
        }
    }

    /// The pseudo-target (P(meet), met) pairs of a panel at m = 3…9, all years: the record the
    /// product's recalibration map is fitted on.
    public static func pseudoTargets(series: [(SeriesData, YearEndMeasure)], evaluationYears: ClosedRange<Int>? = nil)
        throws -> [(probability: Double, met: Bool)] {
        var score = Score(months: 2...11, summaryMonths: 3...9)
        try score.add(grids: series.compactMap { YearGrid(series: $0.0, measure: $0.1) }, evaluationYears: evaluationYears)
        return score.pseudoTargets.map { ($0.probability, $0.met) }
    }

    /// Scored years after this one are reported apart (`DatasetAccuracy.skillAfter2005`): the
    /// chooser's rules were judged on the years up to it only (decision 030).
    public static let lastChoosingYear = 2005

    /// Fewest earlier pseudo-targets before a year's P(meet) is recalibrated (otherwise left raw).
    static let minimumRecalibrationCases = 100

    /// Each pseudo-target's P recalibrated by the isotonic map fitted on the pseudo-targets of
    /// the years before its own only (strictly out of sample).
    static func recalibratedOutOfSample(_ pairs: [(year: Int, probability: Double, met: Bool)])
        -> [(probability: Double, met: Bool)] {
        var maps: [Int: ProbabilityRecalibration] = [:]
        for year in Set(pairs.map(\.year)) {
            let before = pairs.filter { $0.year < year }
            guard before.count >= minimumRecalibrationCases else { continue }
            maps[year] = ProbabilityRecalibration(fitting: before.map { ($0.probability, $0.met) })
        }
        return pairs.map { pair in (maps[pair.year].map { $0(pair.probability) } ?? pair.probability, pair.met) }
    }

    /// The series with only the values of years `first` … `last`.
    static func truncated(_ data: SeriesData, from first: Int, through last: Int) -> SeriesData {
        var out = data
        for (measure, byPeriod) in data.values {
            out.values[measure] = byPeriod.filter { $0.key.year >= first && $0.key.year <= last }
        }
        return out
    }

    /// Errors, coverage and pseudo-target probabilities accumulated over one or more batches.
    struct Score {
        let months: ClosedRange<Int>
        let summaryMonths: ClosedRange<Int>
        var absolute: [Int: [String: (sum: Double, count: Int)]] = [:]
        /// Absolute errors of the chosen projection and of the benchmark after `lastChoosingYear`, by month.
        var heldOut: [Int: (chosen: Double, base: Double)] = [:]
        var inside80: [Int: Int] = [:], inside95: [Int: Int] = [:], count: [Int: Int] = [:]
        var years = Set<Int>()
        /// By model, at the summary months: projections scored, their absolute errors and
        /// carry-forward's on the same ones, and how many chosen projections combined or led with it.
        var usage: [String: UsageCount] = [:]
        var summaryCount = 0
        var pseudoTargets: [(year: Int, probability: Double, met: Bool)] = []

        init(months: ClosedRange<Int>, summaryMonths: ClosedRange<Int>) {
            self.months = months
            self.summaryMonths = summaryMonths
        }

        /// Scores one batch of grids at the evaluation years (`references[g]`: the reference record
        /// grid g may borrow from, see `RollingOrigin.choose`).
        mutating func add(grids: [YearGrid], evaluationYears: ClosedRange<Int>?, references: [ReferenceRecord?] = []) throws {
            let monthList = Array(months)
            let forecasts = try ModelSuite.forecasts(grids, months: monthList)
            let choices = RollingOrigin.choose(grids: grids, forecasts: forecasts, months: monthList, references: references)
            for m in months {
                for (g, grid) in grids.enumerated() {
                    for t in 0..<grid.yearCount {
                        let year = grid.firstYear + t
                        if let range = evaluationYears, !range.contains(year) { continue }
                        let slot = grid.index(t, m), outcome = grid.outcome(t)
                        guard let choice = choices[g, t, m], !outcome.isNaN,
                              !forecasts.tables[forecasts.benchmark].center[g, slot].isNaN else { continue }
                        years.insert(year)
                        count[m, default: 0] += 1
                        absolute[m, default: [:]]["chosen", default: (0, 0)].sum += abs(choice.center - outcome)
                        absolute[m]!["chosen"]!.count += 1
                        if year > Backtest.lastChoosingYear {
                            heldOut[m, default: (0, 0)].chosen += abs(choice.center - outcome)
                            heldOut[m]!.base += abs(forecasts.tables[forecasts.benchmark].center[g, slot] - outcome)
                        }
                        for (model, table) in zip(forecasts.models, forecasts.tables) where !table.center[g, slot].isNaN {
                            absolute[m]![model.rawValue, default: (0, 0)].sum += abs(table.center[g, slot] - outcome)
                            absolute[m]![model.rawValue]!.count += 1
                        }
                        if summaryMonths.contains(m) { recordUsage(choice, forecasts: forecasts, grid: g, slot: slot, outcome: outcome) }
                        let d = choice.distribution
                        if d.quantile(0.1) <= outcome && outcome <= d.quantile(0.9) { inside80[m, default: 0] += 1 }
                        if d.quantile(0.025) <= outcome && outcome <= d.quantile(0.975) { inside95[m, default: 0] += 1 }
                        if summaryMonths.contains(m), t > 0, case let previous = grid.outcome(t - 1), !previous.isNaN {
                            pseudoTargets.append((year, 1 - d.cdf(previous), outcome >= previous))
                        }
                    }
                }
            }
        }

        /// Every model with a record, in registry order.
        func modelUsage() -> [ModelUsage] {
            var out: [ModelUsage] = []
            for model in ModelSuite.models {
                if let counts = usage[model.id.rawValue] { out.append(counts.usage(of: model.id.rawValue, among: summaryCount)) }
            }
            return out
        }

        /// Counts every model's projection at a scored origin and whether the choice used it.
        mutating func recordUsage(_ choice: RollingOrigin.Choice, forecasts: SuiteForecasts, grid g: Int, slot: Int, outcome: Double) {
            summaryCount += 1
            let base = abs(forecasts.tables[forecasts.benchmark].center[g, slot] - outcome)
            for (model, table) in zip(forecasts.models, forecasts.tables) where !table.center[g, slot].isNaN {
                usage[model.rawValue, default: UsageCount()].count += 1
                usage[model.rawValue, default: UsageCount()].error += abs(table.center[g, slot] - outcome)
                usage[model.rawValue, default: UsageCount()].base += base
            }
            for (k, weighted) in choice.models.enumerated() {
                usage[weighted.model.rawValue, default: UsageCount()].combined += 1
                if k == 0 { usage[weighted.model.rawValue, default: UsageCount()].led += 1 }
            }
        }

        /// One model's counts for `ModelUsage`.
        struct UsageCount {
            var count = 0, error = 0.0, base = 0.0, combined = 0, led = 0

            func usage(of model: String, among all: Int) -> ModelUsage {
                let n = Double(Swift.max(all, 1))
                return ModelUsage(model: model, projections: count, relativeMAE: base > 0 ? error / base : 1,
                                  combinedShare: Double(combined) / n, leadShare: Double(led) / n)
            }
        }

        /// The accuracy of everything scored.
        func accuracy(name: String, series: Int) -> DatasetAccuracy {
            let byMonth = months.map { m -> MonthAccuracy in
                let mae = (absolute[m] ?? [:]).mapValues { $0.sum / Double($0.count) }
                let n = Double(Swift.max(count[m] ?? 0, 1))
                return MonthAccuracy(month: m, count: count[m] ?? 0, mae: mae,
                                     coverage80: Double(inside80[m] ?? 0) / n, coverage95: Double(inside95[m] ?? 0) / n)
            }
            let summary = byMonth.filter { summaryMonths.contains($0.month) && $0.count > 0 }
            func average(_ value: (MonthAccuracy) -> Double) -> Double {
                summary.isEmpty ? 0 : summary.map(value).reduce(0, +) / Double(summary.count)
            }
            let late = summaryMonths.compactMap { heldOut[$0] }.filter { $0.base > 0 }
            return DatasetAccuracy(name: name, series: series, years: years.count, byMonth: byMonth,
                                   skill: average(\.skill),
                                   skillAfter2005: late.isEmpty ? nil : late.map { 1 - $0.chosen / $0.base }.reduce(0, +) / Double(late.count),
                                   coverage80: average(\.coverage80),
                                   coverage95: average(\.coverage95),
                                   calibration: ProbabilityCalibration(pseudoTargets.map { ($0.probability, $0.met) }),
                                   recalibrated: ProbabilityCalibration(Backtest.recalibratedOutOfSample(pseudoTargets)),
                                   models: modelUsage())
        }
    }
}

/// Backtest accuracy of one dataset (one element of `backtest --format json`'s `datasets`).
public struct DatasetAccuracy: Codable, Sendable {
    public var name: String
    /// Series scored.
    public var series: Int
    /// Distinct evaluation years scored.
    public var years: Int
    public var byMonth: [MonthAccuracy]
    /// 1 − MAE(chosen) / MAE(carry-forward), averaged over the summary months.
    public var skill: Double
    /// The same skill over the scored years after `Backtest.lastChoosingYear` only (held out from
    /// the chooser's rules); `nil` when none was scored.
    public var skillAfter2005: Double?
    /// Share of outcomes inside the 10–90 % interval, averaged over the summary months.
    public var coverage80: Double
    /// Share of outcomes inside the 2.5–97.5 % interval, averaged over the summary months.
    public var coverage95: Double
    /// P(meet) of a pseudo-target per series and year, "at least last year's outcome", at the
    /// summary months, against what happened.
    public var calibration: ProbabilityCalibration
    /// The same P(meet) after the isotonic recalibration fitted on the years before each scored one.
    public var recalibrated: ProbabilityCalibration
    /// Every model that projected, in registry order, over the summary months.
    public var models: [ModelUsage]
}

/// One model's record in a backtest over the summary months: how good it is where it projects,
/// and how often the chooser uses it.
public struct ModelUsage: Codable, Sendable {
    public var model: String
    /// Scored origins at which the model projected.
    public var projections: Int
    /// Its mean absolute error over carry-forward's on the same origins (below 1: better).
    public var relativeMAE: Double
    /// Share of all scored origins whose chosen projection combines it.
    public var combinedShare: Double
    /// Share of all scored origins whose chosen projection it leads (the heaviest weight).
    public var leadShare: Double
}

/// Accuracy at one information month.
public struct MonthAccuracy: Codable, Sendable {
    public var month: Int
    /// Projections scored (series × years).
    public var count: Int
    /// Mean absolute error by model (`carry_forward`, `bridge`, …) and `chosen`; each model over the
    /// scored projections it could make.
    public var mae: [String: Double]
    public var coverage80: Double
    public var coverage95: Double

    /// 1 − MAE(chosen) / MAE(carry-forward); 0 without scored projections.
    public var skill: Double {
        guard let chosen = mae["chosen"], let base = mae[ModelSuite.benchmark.rawValue], base > 0 else { return 0 }
        return 1 - chosen / base
    }
}

/// The report of `backtest`: year-end accuracy per dataset and, when run, the seasonal model on
/// M3 monthly beside the published figures.
public struct BacktestReport: Codable, Sendable {
    public var datasets: [DatasetAccuracy]
    /// M3 monthly sMAPE of the seasonal model and of Naive 1 (a reference point: M3 publishes no Naive 1).
    public var m3: [M3Accuracy.Score]?
    public init(datasets: [DatasetAccuracy], m3: [M3Accuracy.Score]? = nil) {
        self.datasets = datasets
        self.m3 = m3
    }
}
