import LinearAlgebra

/// Least squares of many series on one design, solved together.
///
/// All series share one pivoted QR of the (weighted) full design; its pseudo-inverse turns the
/// fits of all of them into one GEMM, and the forecast operator turns their forecasts into
/// another. A series with a few missing rows S is solved exactly from the same factorization by
/// deleting those rows (Sherman–Morrison–Woodbury): with its missing responses set to 0,
/// b_S = b − (XᵀX)⁻¹ X_Sᵀ (I − H_SS)⁻¹ e_S, where H is the hat matrix and e the residuals of the
/// full fit — one small s × s Cholesky per series instead of one QR per missing-value pattern.
/// Series for which that system is ill-conditioned, that miss many rows, or a rank-deficient
/// full design fall back to one factorization per pattern of present rows.
///
/// Edge cases: a series with fewer present rows than `columns + minimumDegreesOfFreedom` gets NaN
/// forecasts (the caller treats NaN as "model not available").
public struct SharedDesignFit: Sendable {
    /// Forecasts, h × k: row r is the forecast at `future` row r for every series.
    public var forecasts: Matrix
    /// Residuals y − Xb (unweighted), n × k; NaN where the response was missing.
    public var residuals: Matrix
    /// Residual degrees of freedom per series (0 when not fitted).
    public var degreesOfFreedom: [Int]

    /// Missing rows beyond which a series is fitted by its own pattern's factorization.
    static let maximumDeletedRows = 8

    /// Fits every column of `responses` (n × k, NaN = missing) on `design` (n × p) with optional
    /// row `weights` (WLS), and evaluates the fits at the rows of `future` (h × p).
    public init(design: Matrix, future: Matrix, responses: Matrix, weights: [Double]? = nil,
                minimumDegreesOfFreedom: Int = 1) throws {
        let n = design.rows, p = design.columns, k = responses.columns
        forecasts = Matrix(rows: future.rows, columns: k, repeating: .nan)
        residuals = Matrix(rows: n, columns: k, repeating: .nan)
        degreesOfFreedom = .init(repeating: 0, count: k)
        let root = (0..<n).map { (weights?[$0] ?? 1).squareRoot() }
        var x = design
        for i in 0..<n { for c in 0..<p { x[i, c] *= root[i] } }
        var missing: [[Int]] = Array(repeating: [], count: k)
        for j in 0..<k { for i in 0..<n where responses[i, j].isNaN { missing[j].append(i) } }
        let fittable = (0..<k).filter { n - missing[$0].count >= p + minimumDegreesOfFreedom }
        guard n >= p, !fittable.isEmpty else { return }
        let qr = try QRFactorization(x)
        guard qr.isFullRank else {
            try fitByPattern(fittable, design: x, root: root, future: future, responses: responses)
            return
        }
        let gram = try qr.inverseGram()
        var y = Matrix(rows: n, columns: fittable.count)
        for (c, j) in fittable.enumerated() {
            for i in 0..<n where !responses[i, j].isNaN { y[i, c] = responses[i, j] * root[i] }
        }
        var b = Matrix.product(try qr.pseudoInverse(), y)
        let hat = Matrix.product(x, Matrix.product(gram, x, transposeB: true))
        var byPattern: [Int] = []
        for (c, j) in fittable.enumerated() where !missing[j].isEmpty {
            if missing[j].count > Self.maximumDeletedRows || !Self.deleteRows(missing[j], column: c, of: &b, x: x, gram: gram, hat: hat) {
                byPattern.append(j)
            }
        }
        let fitted = Matrix.product(x, b)
        let predicted = Matrix.product(future, b)
        let patterned = Set(byPattern)
        for (c, j) in fittable.enumerated() where !patterned.contains(j) {
            degreesOfFreedom[j] = n - missing[j].count - p
            for r in 0..<future.rows { forecasts[r, j] = predicted[r, c] }
            for i in 0..<n where !responses[i, j].isNaN { residuals[i, j] = (y[i, c] - fitted[i, c]) / root[i] }
        }
        try fitByPattern(byPattern, design: x, root: root, future: future, responses: responses)
    }

    /// Turns column `column` of `b` (the fit with the missing responses set to 0) into the fit
    /// without the rows `deleted`; `false` when I − H_SS is not safely positive definite.
    private static func deleteRows(_ deleted: [Int], column: Int, of b: inout Matrix, x: Matrix, gram: Matrix, hat: Matrix) -> Bool {
        let s = deleted.count, p = x.columns
        var m = Matrix(rows: s, columns: s)
        var residual = Matrix(rows: s, columns: 1)
        for (a, i) in deleted.enumerated() {
            for (c, l) in deleted.enumerated() { m[a, c] = (a == c ? 1 : 0) - hat[i, l] }
            guard m[a, a] > 1e-8 else { return false }
            var fitted = 0.0
            for q in 0..<p { fitted += x[i, q] * b[q, column] }
            residual[a, 0] = -fitted
        }
        guard let z = try? Cholesky(m).solve(residual) else { return false }
        for q in 0..<p {
            var correction = 0.0
            for (a, i) in deleted.enumerated() {
                var gx = 0.0
                for r in 0..<p { gx += gram[q, r] * x[i, r] }
                correction += gx * z[a, 0]
            }
            b[q, column] -= correction
        }
        return true
    }

    /// One factorization per pattern of present rows, for the series `members`.
    private mutating func fitByPattern(_ members: [Int], design x: Matrix, root: [Double], future: Matrix, responses: Matrix) throws {
        let n = x.rows, p = x.columns, h = future.rows
        var groups: [[Bool]: [Int]] = [:]
        for j in members { groups[(0..<n).map { !responses[$0, j].isNaN }, default: []].append(j) }
        for (present, group) in groups {
            let rows = (0..<n).filter { present[$0] }
            var xs = Matrix(rows: rows.count, columns: p)
            for (r, i) in rows.enumerated() { for c in 0..<p { xs[r, c] = x[i, c] } }
            var y = Matrix(rows: rows.count, columns: group.count)
            for (c, j) in group.enumerated() { for (r, i) in rows.enumerated() { y[r, c] = responses[i, j] * root[i] } }
            let qr = try QRFactorization(xs)
            let coefficients = Matrix.product(try qr.pseudoInverse(), y)
            let predicted = Matrix.product(future, coefficients)
            let fitted = Matrix.product(xs, coefficients)
            for (c, j) in group.enumerated() {
                degreesOfFreedom[j] = rows.count - qr.rank
                for r in 0..<h { forecasts[r, j] = predicted[r, c] }
                for (r, i) in rows.enumerated() { residuals[i, j] = (y[r, c] - fitted[r, c]) / root[i] }
            }
        }
    }
}
