import LinearAlgebra

/// Least squares of many series on one design, solved together.
///
/// All series share one pivoted QR of the (weighted) full design; its pseudo-inverse turns the
/// fits of all of them into one GEMM, and the forecast operator turns their forecasts into
/// another. A series with a few missing rows S is solved exactly from the same factorization by
/// deleting those rows (Sherman–Morrison–Woodbury): with its missing responses set to 0,
/// b_S = b − (XᵀX)⁻¹ X_Sᵀ (I − H_SS)⁻¹ e_S, where H is the hat matrix and e the residuals of the
/// full fit — one small s × s Cholesky per series instead of one QR per missing-value pattern.
/// Series are solved in blocks of columns on every core at once.
/// Series for which that system is ill-conditioned, that miss many rows, or a rank-deficient
/// full design fall back to one factorization per pattern of present rows.
///
/// Edge cases: a series with fewer present rows than `columns + minimumDegreesOfFreedom` gets NaN
/// forecasts (the caller treats NaN as "model not available").
public struct SharedDesignFit: Sendable {
    /// Forecasts, h × k: row r is the forecast at `future` row r for every series.
    public var forecasts: Matrix
    /// Residuals y − Xb (unweighted), n × k; NaN where the response was missing. 0 × 0 when not
    /// asked for (`computeResiduals: false`).
    public var residuals: Matrix
    /// Residual degrees of freedom per series (0 when not fitted).
    public var degreesOfFreedom: [Int]

    /// Missing rows beyond which a series is fitted by its own pattern's factorization.
    static let maximumDeletedRows = 8
    /// Series per block; blocks are solved on every core at once.
    static let blockSize = 4_096

    /// Fits every column of `responses` (n × k, NaN = missing) on `design` (n × p) with optional
    /// row `weights` (WLS), and evaluates the fits at the rows of `future` (h × p); the residuals
    /// (a third of the work) only when `computeResiduals`.
    public init(design: Matrix, future: Matrix, responses: Matrix, weights: [Double]? = nil,
                minimumDegreesOfFreedom: Int = 1, computeResiduals: Bool = true) throws {
        let n = design.rows, p = design.columns, k = responses.columns
        forecasts = Matrix(rows: future.rows, columns: k, repeating: .nan)
        residuals = computeResiduals ? Matrix(rows: n, columns: k, repeating: .nan) : Matrix(rows: 0, columns: 0)
        degreesOfFreedom = .init(repeating: 0, count: k)
        let root = (0..<n).map { (weights?[$0] ?? 1).squareRoot() }
        var x = design
        for i in 0..<n { for c in 0..<p { x[i, c] *= root[i] } }
        guard n >= p + minimumDegreesOfFreedom, k > 0 else { return }
        let qr = try QRFactorization(x)
        guard qr.isFullRank else {
            let fittable = (0..<k).filter { j in (0..<n).count { !responses[$0, j].isNaN } >= p + minimumDegreesOfFreedom }
            try fitByPattern(fittable, design: x, root: root, future: future, responses: responses)
            return
        }
        let shared = try Shared(x: x, qr: qr, future: future, root: root, minimumPresent: p + minimumDegreesOfFreedom,
                                computeResiduals: computeResiduals)
        let blocks = stride(from: 0, to: k, by: Self.blockSize).map { $0..<Swift.min($0 + Self.blockSize, k) }
        let solved = blocks.concurrentMap(minimumChunk: 1) { block in shared.solve(block, of: responses) }
        var byPattern: [Int] = []
        for (block, result) in zip(blocks, solved) {
            forecasts.elements.replaceSubrange((block.lowerBound * future.rows)..<(block.upperBound * future.rows), with: result.forecasts)
            if computeResiduals {
                residuals.elements.replaceSubrange((block.lowerBound * n)..<(block.upperBound * n), with: result.residuals)
            }
            degreesOfFreedom.replaceSubrange(block, with: result.degreesOfFreedom)
            byPattern += result.byPattern
        }
        try fitByPattern(byPattern, design: x, root: root, future: future, responses: responses)
    }

    /// What every block shares: the weighted design, its pseudo-inverse, (XᵀX)⁻¹Xᵀ and the hat matrix.
    private struct Shared: Sendable {
        var x, future, pseudoInverse, gramXt, hat: Matrix
        var root: [Double]
        var minimumPresent: Int
        var computeResiduals: Bool

        init(x: Matrix, qr: QRFactorization, future: Matrix, root: [Double], minimumPresent: Int, computeResiduals: Bool) throws {
            self.x = x
            self.future = future
            self.root = root
            self.minimumPresent = minimumPresent
            self.computeResiduals = computeResiduals
            pseudoInverse = try qr.pseudoInverse()
            gramXt = Matrix.product(try qr.inverseGram(), x, transposeB: true)
            hat = Matrix.product(x, gramXt)
        }

        /// The block's forecasts and residuals (column-major, the block's columns only; no residuals
        /// unless `computeResiduals`), degrees of freedom, and the series (global indices) left for
        /// `fitByPattern`.
        func solve(_ block: Range<Int>, of responses: Matrix) -> (forecasts: [Double], residuals: [Double], degreesOfFreedom: [Int], byPattern: [Int]) {
            let n = x.rows, h = future.rows, width = block.count
            var y = Matrix(rows: n, columns: width)
            var missing: [[Int]] = Array(repeating: [], count: width)
            for (c, j) in block.enumerated() {
                for i in 0..<n {
                    let v = responses[i, j]
                    if v.isNaN { missing[c].append(i) } else { y[i, c] = v * root[i] }
                }
            }
            var b = Matrix.product(pseudoInverse, y)
            var solved = [Bool](repeating: false, count: width)
            var byPattern: [Int] = []
            for (c, j) in block.enumerated() where n - missing[c].count >= minimumPresent {
                if missing[c].isEmpty || (missing[c].count <= SharedDesignFit.maximumDeletedRows && deleteRows(missing[c], column: c, of: &b)) {
                    solved[c] = true
                } else {
                    byPattern.append(j)
                }
            }
            let predicted = Matrix.product(future, b)
            var forecasts = [Double](repeating: .nan, count: h * width)
            var degreesOfFreedom = [Int](repeating: 0, count: width)
            for c in 0..<width where solved[c] {
                degreesOfFreedom[c] = n - missing[c].count - x.columns
                for r in 0..<h { forecasts[r + c * h] = predicted[r, c] }
            }
            guard computeResiduals else { return (forecasts, [], degreesOfFreedom, byPattern) }
            let fitted = Matrix.product(x, b)
            var residuals = [Double](repeating: .nan, count: n * width)
            for c in 0..<width where solved[c] {
                for i in 0..<n where !responses[i, block.lowerBound + c].isNaN { residuals[i + c * n] = (y[i, c] - fitted[i, c]) / root[i] }
            }
            return (forecasts, residuals, degreesOfFreedom, byPattern)
        }

        /// Turns column `column` of `b` (the fit with the missing responses set to 0) into the fit
        /// without the rows `deleted`; `false` when I − H_SS is not safely positive definite.
        func deleteRows(_ deleted: [Int], column: Int, of b: inout Matrix) -> Bool {
            let s = deleted.count, p = x.columns
            var m = [Double](repeating: 0, count: s * s)
            var z = [Double](repeating: 0, count: s)
            for (a, i) in deleted.enumerated() {
                for (c, l) in deleted.enumerated() { m[a + c * s] = (a == c ? 1 : 0) - hat[i, l] }
                var fitted = 0.0
                for q in 0..<p { fitted += x[i, q] * b[q, column] }
                z[a] = -fitted
            }
            guard Cholesky.solveSmall(&m, &z, order: s, minimumPivot: 1e-8) else { return false }
            for q in 0..<p {
                var correction = 0.0
                for (a, i) in deleted.enumerated() { correction += gramXt[q, i] * z[a] }
                b[q, column] -= correction
            }
            return true
        }
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
            for (c, j) in group.enumerated() {
                degreesOfFreedom[j] = rows.count - qr.rank
                for r in 0..<h { forecasts[r, j] = predicted[r, c] }
            }
            guard !residuals.elements.isEmpty else { continue }
            let fitted = Matrix.product(xs, coefficients)
            for (c, j) in group.enumerated() {
                for (r, i) in rows.enumerated() { residuals[i, j] = (y[r, c] - fitted[r, c]) / root[i] }
            }
        }
    }
}
