import COpenBLAS

/// Minimum-norm least squares through the singular value decomposition (LAPACK `dgelsd`),
/// for designs that may be rank deficient.
public struct SVDLeastSquares: Sendable {
    /// Coefficients, p × k (one column per right-hand side).
    public let coefficients: Matrix
    /// Numerical rank: singular values above `rcond · σ_max`.
    public let rank: Int
    /// Singular values, largest first.
    public let singularValues: [Double]

    /// Solves `min ‖X·B − Y‖` for every column of Y.
    ///
    /// - Parameter rcond: singular values below `rcond · σ_max` count as zero; the default is
    ///   `max(n, p) · ε`.
    public init(design: Matrix, response: Matrix, rcond: Double? = nil) throws {
        let n = design.rows, p = design.columns, k = response.columns
        guard response.rows == n else { throw LinearAlgebraError.dimensionMismatch("design has \(n) rows, response \(response.rows)") }
        var a = design
        let ldb = max(1, max(n, p))
        var b = Matrix(rows: ldb, columns: k)
        for j in 0..<k { for i in 0..<n { b[i, j] = response[i, j] } }
        var s = [Double](repeating: 0, count: min(n, p))
        var rankOut: Int32 = 0
        let cutoff = rcond ?? Double(max(n, p)) * Double.ulpOfOne
        let info = a.elements.withUnsafeMutableBufferPointer { pa in
            b.elements.withUnsafeMutableBufferPointer { pb in
                LAPACKE_dgelsd(LAPACK_COL_MAJOR, Int32(n), Int32(p), Int32(k), pa.baseAddress, Int32(max(1, n)),
                               pb.baseAddress, Int32(ldb), &s, cutoff, &rankOut)
            }
        }
        try check(info, "dgelsd")
        var x = Matrix(rows: p, columns: k)
        for j in 0..<k { for i in 0..<p { x[i, j] = b[i, j] } }
        coefficients = x
        rank = Int(rankOut)
        singularValues = s
    }
}
