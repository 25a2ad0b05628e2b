import LinearAlgebra

/// Least squares of many series on one design, solved together.
///
/// Series observed at the same rows share one pivoted QR of the (weighted) design; its
/// pseudo-inverse turns the fits of all of them into one GEMM, and the forecast operator
/// `F · X⁺` turns their forecasts into another. Series with missing rows are grouped by which
/// rows they have, so each distinct pattern costs one factorization.
///
/// Edge cases: a pattern with fewer present rows than `columns + minimumDegreesOfFreedom` gives NaN
/// forecasts for its series (the caller treats NaN as "model not available").
public struct SharedDesignFit: Sendable {
    /// Forecasts, h × k: row r is the forecast at `future` row r for every series.
    public var forecasts: Matrix
    /// Residuals y − Xb (unweighted), n × k; NaN where the response was missing.
    public var residuals: Matrix
    /// Residual degrees of freedom per series (0 when not fitted).
    public var degreesOfFreedom: [Int]

    /// Fits every column of `responses` (n × k, NaN = missing) on `design` (n × p) with optional
    /// row `weights` (WLS), and evaluates the fits at the rows of `future` (h × p).
    public init(design: Matrix, future: Matrix, responses: Matrix, weights: [Double]? = nil,
         minimumDegreesOfFreedom: Int = 1) throws {
        let n = design.rows, p = design.columns, k = responses.columns, h = future.rows
        forecasts = Matrix(rows: h, columns: k, repeating: .nan)
        residuals = Matrix(rows: n, columns: k, repeating: .nan)
        degreesOfFreedom = .init(repeating: 0, count: k)
        var groups: [[Bool]: [Int]] = [:]
        for j in 0..<k {
            var present = [Bool](repeating: false, count: n)
            for i in 0..<n { present[i] = !responses[i, j].isNaN }
            groups[present, default: []].append(j)
        }
        for (present, members) in groups {
            let rows = (0..<n).filter { present[$0] }
            guard rows.count >= p + minimumDegreesOfFreedom else { continue }
            let root = rows.map { (weights?[$0] ?? 1).squareRoot() }
            var x = Matrix(rows: rows.count, columns: p)
            for (r, i) in rows.enumerated() { for c in 0..<p { x[r, c] = design[i, c] * root[r] } }
            var y = Matrix(rows: rows.count, columns: members.count)
            for (c, j) in members.enumerated() { for (r, i) in rows.enumerated() { y[r, c] = responses[i, j] * root[r] } }
            let qr = try QRFactorization(x)
            let coefficients = Matrix.product(try qr.pseudoInverse(), y)
            let predicted = Matrix.product(future, coefficients)
            let fitted = Matrix.product(x, coefficients)
            let df = rows.count - qr.rank
            for (c, j) in members.enumerated() {
                degreesOfFreedom[j] = df
                for r in 0..<h { forecasts[r, j] = predicted[r, c] }
                for (r, i) in rows.enumerated() { residuals[i, j] = (y[r, c] - fitted[r, c]) / root[r] }
            }
        }
    }
}
