import Foundation
import LinearAlgebra
import Projection
import TargetModel

/// The benchmark's shared-design kernel: every series' log single-month amounts regressed on an
/// intercept, a trend and month-of-year effects, and forecast for the rest of the year.
///
/// All series share one design, so the whole panel is one pivoted QR, GEMMs, and per series a
/// small correction for its missing months (`SharedDesignFit`); the Python peers solve
/// exactly this with batched `numpy.linalg.lstsq` and per-series `statsmodels.OLS`.
struct BenchKernel {
    /// Rows: (year, month) for months 2…12 of past years and 2…asOf of the current year; month 2
    /// is January–February together (January is not published alone).
    var rows: [(year: Int, month: Int)]
    var design: Matrix
    var future: Matrix
    var futureMonths: [Int]
    /// n × k log amounts, NaN where the month is missing.
    var responses: Matrix
    var seriesIDs: [String]
    var year: Int
    var asOfMonth: Int

    init(series: [String: SeriesData], years: ClosedRange<Int>, asOf: Period) {
        year = asOf.year
        asOfMonth = asOf.endMonth
        var rows: [(year: Int, month: Int)] = []
        for y in years where y < asOf.year { for m in 2...12 { rows.append((y, m)) } }
        if asOfMonth >= 2 { for m in 2...asOfMonth { rows.append((asOf.year, m)) } }
        self.rows = rows
        futureMonths = Array((asOfMonth + 1)...12)
        let first = years.lowerBound
        func designRow(_ y: Int, _ m: Int) -> [Double] {
            [1, Double(y - first) + Double(m) / 12] + (3...12).map { $0 == m ? 1 : 0 }
        }
        design = Matrix(rows.map { designRow($0.year, $0.month) })
        future = Matrix(futureMonths.map { designRow(asOf.year, $0) })
        seriesIDs = series.keys.sorted()
        var y = Matrix(rows: rows.count, columns: seriesIDs.count, repeating: .nan)
        for (j, id) in seriesIDs.enumerated() {
            let s = series[id]!
            for (i, row) in rows.enumerated() {
                if let amount = Self.amount(s, row.year, row.month), amount > 0 { y[i, j] = log(amount) }
            }
        }
        responses = y
    }

    /// The single-month amount from YTD values (January–February together for month 2).
    static func amount(_ s: SeriesData, _ year: Int, _ month: Int) -> Double? {
        guard let ytd = s.value(.ytdValue, .month(year: year, month: month)) else { return nil }
        if month == 2 { return ytd }
        return s.value(.ytdValue, .month(year: year, month: month - 1)).map { ytd - $0 }
    }

    /// Log-amount forecasts for the remaining months (h × k); like the peers, no residuals.
    func solve() throws -> Matrix {
        try SharedDesignFit(design: design, future: future, responses: responses, computeResiduals: false).forecasts
    }

    /// Floating-point operations of the kernel's GEMMs (pseudo-inverse × Y, future × B).
    var gemmFlops: Double {
        let n = Double(design.rows), p = Double(design.columns), k = Double(responses.columns), h = Double(future.rows)
        return 2 * k * p * (n + h)
    }

    /// Writes design, future and responses (float64, column-major) and meta.json for the peers.
    func writeForPeers(to folder: URL) throws {
        func write(_ m: Matrix, _ name: String) throws {
            try m.elements.withUnsafeBufferPointer { Data(buffer: $0) }.write(to: folder.appendingPathComponent(name))
        }
        try write(design, "design.f64")
        try write(future, "future.f64")
        try write(responses, "responses.f64")
        let meta = ["rows": design.rows, "columns": design.columns, "horizon": future.rows, "series": responses.columns]
        try JSONSerialization.data(withJSONObject: meta).write(to: folder.appendingPathComponent("meta.json"))
    }
}
