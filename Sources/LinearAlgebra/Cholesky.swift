import COpenBLAS

/// The Cholesky factorization `A = L·Lᵀ` of a symmetric positive-definite matrix (LAPACK `dpotrf`).
public struct Cholesky: Sendable {
    /// The lower-triangular factor L (the upper triangle is zero).
    public let lower: Matrix

    /// Factors `a`; only its lower triangle is read.
    ///
    /// Edge cases: throws `.notPositiveDefinite(order:)` naming the first failing leading minor.
    public init(_ a: Matrix) throws {
        guard a.rows == a.columns else { throw LinearAlgebraError.dimensionMismatch("Cholesky of a \(a.rows)×\(a.columns) matrix") }
        var l = a
        let n = a.rows
        let info = l.elements.withUnsafeMutableBufferPointer {
            LAPACKE_dpotrf(LAPACK_COL_MAJOR, Int8(UInt8(ascii: "L")), Int32(n), $0.baseAddress, Int32(max(1, n)))
        }
        if info > 0 { throw LinearAlgebraError.notPositiveDefinite(order: Int(info)) }
        try check(info, "dpotrf")
        for j in 0..<n { for i in 0..<j { l[i, j] = 0 } }
        lower = l
    }

    /// Solves `A·X = B` with the factorization.
    public func solve(_ b: Matrix) throws -> Matrix {
        let y = try lower.solveTriangular(b, upper: false)
        return try lower.solveTriangular(y, upper: false, transposed: true)
    }
}
