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

    /// Solves the small symmetric positive-definite system `A·x = b` in place, in plain arithmetic
    /// (for systems of a few unknowns solved many times, where a LAPACK call and its matrices cost
    /// more than the solve). `a` holds A column-major (n × n, lower triangle read, overwritten by
    /// L); `b` is overwritten by x.
    ///
    /// - Returns: `false` when a pivot is not above `minimumPivot` (A not safely positive definite).
    public static func solveSmall(_ a: inout [Double], _ b: inout [Double], order n: Int, minimumPivot: Double = 0) -> Bool {
        for j in 0..<n {
            var pivot = a[j + j * n]
            for k in 0..<j { pivot -= a[j + k * n] * a[j + k * n] }
            guard pivot > minimumPivot else { return false }
            let root = pivot.squareRoot()
            a[j + j * n] = root
            for i in (j + 1)..<max(j + 1, n) {
                var v = a[i + j * n]
                for k in 0..<j { v -= a[i + k * n] * a[j + k * n] }
                a[i + j * n] = v / root
            }
        }
        for i in 0..<n {
            var v = b[i]
            for k in 0..<i { v -= a[i + k * n] * b[k] }
            b[i] = v / a[i + i * n]
        }
        for i in stride(from: n - 1, through: 0, by: -1) {
            var v = b[i]
            for k in (i + 1)..<max(i + 1, n) { v -= a[k + i * n] * b[k] }
            b[i] = v / a[i + i * n]
        }
        return true
    }
}
