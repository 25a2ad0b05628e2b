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
        let k = y.columns
        var qty = y
        if k > 0 && !tau.isEmpty {
            let info = factors.elements.withUnsafeBufferPointer { pa in
                qty.elements.withUnsafeMutableBufferPointer { pc in
                    LAPACKE_dormqr(LAPACK_COL_MAJOR, Int8(UInt8(ascii: "L")), Int8(UInt8(ascii: "T")),
                                   Int32(rows), Int32(k), Int32(tau.count), pa.baseAddress, Int32(max(1, rows)),
                                   tau, pc.baseAddress, Int32(max(1, rows)))
                }
            }
            try check(info, "dormqr")
        }
        let top = rank
        var head = Matrix(rows: top, columns: k)
        for j in 0..<k { for i in 0..<top { head[i, j] = qty[i, j] } }
        let z = try upperR(size: top).solveTriangular(head, upper: true)
        var b = Matrix(rows: columns, columns: k)
        for j in 0..<k {
            for pos in 0..<top {
                let original = permutation[pos]
                b[original, j] = z[pos, j] * scale[original]
            }
        }
        return b
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
