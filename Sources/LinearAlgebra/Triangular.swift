import COpenBLAS

extension Matrix {
    /// Solves `op(T) · X = B` where `self` is triangular (only the named triangle is read),
    /// through `cblas_dtrsm`.
    ///
    /// Edge cases: throws `.singular` when a diagonal element is exactly zero.
    public func solveTriangular(_ b: Matrix, upper: Bool, transposed: Bool = false) throws -> Matrix {
        guard rows == columns, b.rows == rows else {
            throw LinearAlgebraError.dimensionMismatch("triangular \(rows)×\(columns) with right-hand side \(b.rows)×\(b.columns)")
        }
        if diagonal.contains(0) { throw LinearAlgebraError.singular }
        var x = b
        guard rows > 0, b.columns > 0 else { return x }
        elements.withUnsafeBufferPointer { pt in
            x.elements.withUnsafeMutableBufferPointer { px in
                cblas_dtrsm(CblasColMajor, CblasLeft, upper ? CblasUpper : CblasLower,
                            transposed ? CblasTrans : CblasNoTrans, CblasNonUnit,
                            Int32(rows), Int32(b.columns), 1, pt.baseAddress, Int32(rows),
                            px.baseAddress, Int32(rows))
            }
        }
        return x
    }
}
