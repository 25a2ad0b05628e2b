#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LinearAlgebra

/// Seasonal level regression: log monthly levels over the latest five years on a linear trend and
/// month-of-year effects, with an AR(1) term on the residual, forecast over the remaining months
/// and aggregated to the measure.
///
/// Windows ending in the same month of the year share their design, so for each month every
/// series and year is one batch (one factorization, one GEMM).
enum SeasonalModel {
    /// Months of history in a window.
    static let window = 60
    /// Fewest months present in a window.
    static let minimumMonths = 36

    static func forecasts(_ grids: [YearGrid], months: [Int]) throws -> ModelForecasts {
        var out = ModelForecasts(grids: grids)
        for m in months where m < 12 {
            var origins: [(grid: Int, year: Int)] = []
            var columns: [Double] = []
            for (g, grid) in grids.enumerated() where grid.hasLevels && grid.measure != .yearAverageIndex {
                for t in 0..<grid.yearCount {
                    let end = grid.index(t, m)
                    guard end >= window - 1, !grid.path[end].isNaN else { continue }
                    origins.append((g, t))
                    columns.append(contentsOf: grid.level[(end - window + 1)...end].map { $0 > 0 ? log($0) : .nan })
                }
            }
            guard !origins.isEmpty else { continue }
            let logs = try forecastLogs(Matrix(rows: window, columns: origins.count, columnMajor: columns),
                                        lastMonth: m, horizon: 12 - m)
            for (j, origin) in origins.enumerated() where !logs[0, j].isNaN {
                let levels = (0..<(12 - m)).map { exp(logs[$0, j]) }
                let grid = grids[origin.grid]
                out.center[origin.grid][grid.index(origin.year, m)] = grid.outcome(origin.year, month: m, levels: levels)
            }
        }
        return out
    }

    /// Forecasts every column of `logs` (n × k log levels, NaN = missing, the last row is a month
    /// whose month of year is `lastMonth`) `horizon` months ahead; h × k, NaN where too little data.
    static func forecastLogs(_ logs: Matrix, lastMonth: Int, horizon: Int) throws -> Matrix {
        let n = logs.rows
        func row(_ r: Int) -> [Double] {
            let monthOfYear = ((lastMonth - 1 - (n - 1) + r) % 12 + 12) % 12 + 1
            return [1, Double(r) / Double(n)] + (1...11).map { monthOfYear == $0 ? 1.0 : 0.0 }
        }
        let design = Matrix((0..<n).map(row))
        let future = Matrix((n..<(n + horizon)).map(row))
        let fit = try SharedDesignFit(design: design, future: future, responses: logs,
                                      minimumDegreesOfFreedom: max(1, minimumMonths(for: n) - design.columns))
        var out = fit.forecasts
        for j in 0..<logs.columns where !out[0, j].isNaN {
            let phi = autocorrelation(fit.residuals, column: j)
            var u = fit.residuals[n - 1, j]
            guard !u.isNaN else { continue }
            for h in 0..<horizon {
                u *= phi
                out[h, j] += u
            }
        }
        return out
    }

    static func minimumMonths(for n: Int) -> Int { Swift.min(minimumMonths, n) }

    /// Lag-1 regression coefficient of a residual column over consecutive present pairs, in [0, 0.99].
    static func autocorrelation(_ residuals: Matrix, column j: Int) -> Double {
        var num = 0.0, den = 0.0
        for r in 1..<residuals.rows {
            let a = residuals[r - 1, j], b = residuals[r, j]
            guard !a.isNaN, !b.isNaN else { continue }
            num += a * b
            den += a * a
        }
        return den > 0 ? Swift.min(0.99, Swift.max(0, num / den)) : 0
    }
}
