import COpenBLAS

extension Matrix {
    /// `alpha · op(A) · op(B)` through `cblas_dgemm`.
    ///
    /// Edge cases: an empty inner dimension gives a zero matrix.
    public static func product(_ a: Matrix, _ b: Matrix, transposeA: Bool = false,
                               transposeB: Bool = false, alpha: Double = 1) -> Matrix {
        let m = transposeA ? a.columns : a.rows
        let k = transposeA ? a.rows : a.columns
        let kb = transposeB ? b.columns : b.rows
        let n = transposeB ? b.rows : b.columns
        precondition(k == kb, "inner dimensions differ: \(k) vs \(kb)")
        var c = Matrix(rows: m, columns: n)
        guard m > 0, n > 0, k > 0 else { return c }
        a.elements.withUnsafeBufferPointer { pa in
            b.elements.withUnsafeBufferPointer { pb in
                c.elements.withUnsafeMutableBufferPointer { pc in
                    cblas_dgemm(CblasColMajor,
                                transposeA ? CblasTrans : CblasNoTrans,
                                transposeB ? CblasTrans : CblasNoTrans,
                                Int32(m), Int32(n), Int32(k), alpha,
                                pa.baseAddress, Int32(max(1, a.rows)),
                                pb.baseAddress, Int32(max(1, b.rows)),
                                0, pc.baseAddress, Int32(max(1, m)))
                }
            }
        }
        return c
    }

    /// `op(A) · x` through `cblas_dgemv`.
    public func times(_ x: [Double], transposed: Bool = false) -> [Double] {
        let outCount = transposed ? columns : rows
        precondition(x.count == (transposed ? rows : columns), "vector length does not match the matrix")
        var y = [Double](repeating: 0, count: outCount)
        guard rows > 0, columns > 0 else { return y }
        elements.withUnsafeBufferPointer { pa in
            x.withUnsafeBufferPointer { px in
                y.withUnsafeMutableBufferPointer { py in
                    cblas_dgemv(CblasColMajor, transposed ? CblasTrans : CblasNoTrans,
                                Int32(rows), Int32(columns), 1, pa.baseAddress, Int32(max(1, rows)),
                                px.baseAddress, 1, 0, py.baseAddress, 1)
                }
            }
        }
        return y
    }

    public static func * (lhs: Matrix, rhs: Matrix) -> Matrix { product(lhs, rhs) }
}
