import COpenBLAS

/// Householder QR with column pivoting of a column-equilibrated design (LAPACK `dgeqp3`):
/// `X·D·P = Q·R`, where D scales every column to unit length and P orders columns by size.
///
/// One factorization serves any number of right-hand sides: `solve(_:)` takes a matrix Y whose
/// columns are many series observed at the same points and returns all their coefficient vectors
/// with one application of Qᵀ and one triangular solve.
///
/// Edge cases: the numerical rank is the number of |R_kk| above `n·ε·|R_11|`; columns beyond the
/// rank get coefficient 0 (a basic solution). Use `SVDLeastSquares` for the minimum-norm solution.
public struct QRFactorization: Sendable {
    /// Observations (rows of the design).
    public let rows: Int
    /// Parameters (columns of the design).
    public let columns: Int
    /// The numerical rank.
    public let rank: Int
    /// Householder vectors below the diagonal, R on and above it (LAPACK layout).
    let factors: Matrix
    let tau: [Double]
    /// `permutation[k]` is the original column at pivoted position k.
    let permutation: [Int]
    /// Column scale factors D (1 / column norm).
    let scale: [Double]

    /// Factors the design matrix.
    ///
    /// Edge cases: throws `.tooFewObservations` when there are fewer rows than columns.
    public init(_ design: Matrix) throws {
        let n = design.rows, p = design.columns
        guard n >= p else { throw LinearAlgebraError.tooFewObservations(observations: n, parameters: p) }
        var scaled = design
        var scale = [Double](repeating: 1, count: p)
        for j in 0..<p {
            let norm = design.column(j).reduce(0) { $0 + $1 * $1 }.squareRoot()
            if norm > 0 {
                scale[j] = 1 / norm
                for i in 0..<n { scaled[i, j] *= scale[j] }
            }
        }
        var jpvt = [Int32](repeating: 0, count: p)
        var tau = [Double](repeating: 0, count: Swift.min(n, p))
        let info = scaled.elements.withUnsafeMutableBufferPointer { pa in
            LAPACKE_dgeqp3(LAPACK_COL_MAJOR, Int32(n), Int32(p), pa.baseAddress, Int32(max(1, n)), &jpvt, &tau)
        }
        try check(info, "dgeqp3")
        let r11 = p > 0 ? abs(scaled[0, 0]) : 0
        let tolerance = Double(Swift.max(n, p)) * Double.ulpOfOne * r11
        var rank = 0
        while rank < p && abs(scaled[rank, rank]) > tolerance { rank += 1 }
        self.rows = n
        self.columns = p
        self.rank = rank
        self.factors = scaled
        self.tau = tau
        self.permutation = jpvt.map { Int($0) - 1 }
        self.scale = scale
    }

    /// Whether the design has full column rank.
    public var isFullRank: Bool { rank == columns }

    /// Least-squares coefficients for every column of `y` (p × k).
    public func solve(_ y: Matrix) throws -> Matrix {
        guard y.rows == rows else { throw LinearAlgebraError.dimensionMismatch("design has \(rows) rows, response \(y.rows)") }
        let qty = try applyQ(y, transposed: true)
        var head = Matrix(rows: rank, columns: y.columns)
        for j in 0..<y.columns { for i in 0..<rank { head[i, j] = qty[i, j] } }
        return unpivot(try upperR(size: rank).solveTriangular(head, upper: true))
    }

    /// Q·C (or Qᵀ·C) for an n-row matrix C, through `dormqr`.
    func applyQ(_ c: Matrix, transposed: Bool) throws -> Matrix {
        var result = c
        guard c.columns > 0, !tau.isEmpty else { return result }
        let info = factors.elements.withUnsafeBufferPointer { pa in
            result.elements.withUnsafeMutableBufferPointer { pc in
                LAPACKE_dormqr(LAPACK_COL_MAJOR, Int8(UInt8(ascii: "L")), Int8(UInt8(ascii: transposed ? "T" : "N")),
                               Int32(rows), Int32(c.columns), Int32(tau.count), pa.baseAddress, Int32(max(1, rows)),
                               tau, pc.baseAddress, Int32(max(1, rows)))
            }
        }
        try check(info, "dormqr")
        return result
    }

    /// Maps coefficients in the scaled, pivoted coordinates of R back to the original columns.
    func unpivot(_ z: Matrix) -> Matrix {
        var b = Matrix(rows: columns, columns: z.columns)
        for j in 0..<z.columns {
            for pos in 0..<z.rows {
                let original = permutation[pos]
                b[original, j] = z[pos, j] * scale[original]
            }
        }
        return b
    }

    /// Björck's iterative refinement of a solution of the augmented system
    /// [I X; Xᵀ 0]·[r; b] = [y; c] (least squares when c = 0), with both residuals computed by the
    /// caller (in extended precision). Unlike refining b alone, this also corrects the error term
    /// that grows with cond(X)² when the residuals are large (Wampler4/5).
    ///
    /// - Parameters:
    ///   - residual: computes f = y − r − X·b and g = c − Xᵀ·r in the original coordinates.
    /// - Returns: refined coefficients and residuals.
    func refine(coefficients b0: [Double], residuals r0: [Double], steps: Int,
                residual: (_ b: [Double], _ r: [Double]) -> (f: [Double], g: [Double])) throws -> ([Double], [Double]) {
        precondition(isFullRank, "refinement needs a full-rank factorization")
        var b = b0, r = r0
        let rTop = upperR(size: rank)
        for _ in 0..<steps {
            let (f, g) = residual(b, r)
            // g in the pivoted, scaled coordinates of R: (X·D·P)ᵀ r = Pᵀ·D·Xᵀ r.
            let gPivoted = Matrix(rows: rank, columns: 1, columnMajor: (0..<rank).map { g[permutation[$0]] * scale[permutation[$0]] })
            let e1 = try rTop.solveTriangular(gPivoted, upper: true, transposed: true)
            let d = try applyQ(Matrix(rows: rows, columns: 1, columnMajor: f), transposed: true)
            var top = Matrix(rows: rank, columns: 1)
            for i in 0..<rank { top[i, 0] = d[i, 0] - e1[i, 0] }
            let deltaB = unpivot(try rTop.solveTriangular(top, upper: true))
            var e = d
            for i in 0..<rank { e[i, 0] = e1[i, 0] }
            let deltaR = try applyQ(e, transposed: false)
            for j in 0..<columns { b[j] += deltaB[j, 0] }
            for i in 0..<rows { r[i] += deltaR[i, 0] }
        }
        return (b, r)
    }

    /// Least-squares coefficients for one response vector.
    public func solve(_ y: [Double]) throws -> [Double] {
        try solve(Matrix(rows: y.count, columns: 1, columnMajor: y)).elements
    }

    /// The unscaled covariance factor (XᵀX)⁻¹ in the original column order, computed from R⁻¹
    /// (never by inverting XᵀX). Rows and columns beyond the rank are zero.
    public func inverseGram() throws -> Matrix {
        let r = rank
        var rInverse = upperR(size: r)
        let info = rInverse.elements.withUnsafeMutableBufferPointer {
            LAPACKE_dtrtri(LAPACK_COL_MAJOR, Int8(UInt8(ascii: "U")), Int8(UInt8(ascii: "N")), Int32(r), $0.baseAddress, Int32(max(1, r)))
        }
        if info > 0 { throw LinearAlgebraError.singular }
        try check(info, "dtrtri")
        let pivoted = Matrix.product(rInverse, rInverse, transposeB: true)
        var gram = Matrix(rows: columns, columns: columns)
        for a in 0..<r {
            for b in 0..<r {
                let i = permutation[a], j = permutation[b]
                gram[i, j] = pivoted[a, b] * scale[i] * scale[j]
            }
        }
        return gram
    }

    /// The pseudo-inverse X⁺ (p × n): with it, coefficients for any batch of series observed at the
    /// same points are one GEMM, `X⁺ · Y`.
    public func pseudoInverse() throws -> Matrix {
        try solve(Matrix.identity(rows))
    }

    /// The leading `size`×`size` block of R, zero below the diagonal.
    private func upperR(size: Int) -> Matrix {
        var r = Matrix(rows: size, columns: size)
        for j in 0..<size { for i in 0...j where i < size { r[i, j] = factors[i, j] } }
        return r
    }
}
