#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LinearAlgebra
import Projection

/// The seasonal level model on the M3 competition's monthly series (Makridakis & Hibon 2000):
/// forecasts of the hold-out from the training part, scored by the competition's sMAPE.
public enum M3Accuracy {
    /// One series: its training values, hold-out, and the month of the year of its first value
    /// (1 when the competition gave none).
    public struct Series: Sendable {
        public var training: [Double]
        public var test: [Double]
        public var startMonth: Int
        public init(training: [Double], test: [Double], startMonth: Int) {
            self.training = training
            self.test = test
            self.startMonth = startMonth
        }
    }

    /// Mean sMAPE (%) over every series and horizon, and per horizon, for a model.
    public struct Score: Codable, Sendable {
        public var model: String
        public var series: Int
        public var smape: Double
        /// Mean sMAPE at horizons 1 … h.
        public var byHorizon: [Double]
    }

    /// sMAPE as in M3: 200 · |F − A| / (F + A), averaged over horizons and series.
    public static func smape(forecast: Double, actual: Double) -> Double {
        let denominator = abs(forecast) + abs(actual)
        return denominator > 0 ? 200 * abs(forecast - actual) / denominator : 0
    }

    /// The seasonal level model (`SeasonalModel`: the latest 60 months in logs on trend and month
    /// effects from the smoothed newest deviation), batched by window length and calendar month.
    ///
    /// Edge cases: a series with a non-positive value in its window falls back to its last value
    /// (logs undefined); forecasts are never NaN.
    public static func seasonal(_ series: [Series]) throws -> Score {
        let horizon = series.map(\.test.count).max() ?? 0
        var forecasts = [[Double]](repeating: [], count: series.count)
        var groups: [[Int]: [Int]] = [:]
        for (i, s) in series.enumerated() {
            let n = Swift.min(s.training.count, SeasonalModel.window)
            let lastMonth = ((s.startMonth - 1 + s.training.count - 1) % 12 + 12) % 12 + 1
            groups[[n, lastMonth], default: []].append(i)
        }
        for (key, members) in groups {
            let n = key[0]
            var columns: [Double] = []
            for i in members {
                columns.append(contentsOf: series[i].training.suffix(n).map { $0 > 0 ? log($0) : .nan })
            }
            let logs = try SeasonalModel.forecastLogs(Matrix(rows: n, columns: members.count, columnMajor: columns),
                                                      lastMonth: key[1], horizon: horizon)
            for (j, i) in members.enumerated() {
                let last = series[i].training.last ?? 0
                forecasts[i] = (0..<horizon).map { h in
                    let v = exp(logs[h, j])
                    return v.isFinite ? v : last
                }
            }
        }
        return score("seasonal", series, forecasts)
    }

    /// Naive 1 (the last training value), a reference point beside the seasonal model; M3's published
    /// tables have no Naive 1, so it checks nothing against them.
    public static func naive(_ series: [Series]) -> Score {
        score("naive1", series, series.map { s in s.test.map { _ in s.training.last ?? 0 } })
    }

    static func score(_ model: String, _ series: [Series], _ forecasts: [[Double]]) -> Score {
        let horizon = series.map(\.test.count).max() ?? 0
        var byHorizon = [Double](repeating: 0, count: horizon), counts = [Int](repeating: 0, count: horizon)
        var total = 0.0, count = 0
        for (s, f) in zip(series, forecasts) {
            for (h, actual) in s.test.enumerated() {
                let e = smape(forecast: f[h], actual: actual)
                byHorizon[h] += e; counts[h] += 1
                total += e; count += 1
            }
        }
        return Score(model: model, series: series.count, smape: count > 0 ? total / Double(count) : 0,
                     byHorizon: zip(byHorizon, counts).map { $1 > 0 ? $0 / Double($1) : 0 })
    }
}
