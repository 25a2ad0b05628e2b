import Evaluation
import Testing
@testable import LinearAlgebra
import TargetModel

/// A seeded test matrix with elements uniform on [−0.5, 0.5).
func randomMatrix(_ rows: Int, _ columns: Int, seed: UInt64) -> Matrix {
    var g = SeededGenerator(seed: seed)
    return Matrix(rows: rows, columns: columns, columnMajor: (0..<(rows * columns)).map { _ in g.uniform() - 0.5 })
}

func close(_ a: [Double], _ b: [Double], _ tolerance: Double) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) <= tolerance * max(1, abs($1)) }
}

@Suite("Least squares and factorizations")
struct LeastSquaresTests {
    @Test("dgemm and dgemv agree with the definition")
    func products() {
        let a = Matrix([[1, 2, 3], [4, 5, 6]])
        let b = Matrix([[1, 0], [0, 1], [1, 1]])
        #expect(a * b == Matrix([[4, 5], [10, 11]]))
        #expect(Matrix.product(a, a, transposeB: true) == Matrix([[14, 32], [32, 77]]))
        #expect(a.times([1, 1, 1]) == [6, 15])
        #expect(a.times([1, 1], transposed: true) == [5, 7, 9])
    }

    @Test("Many right-hand sides with one factorization equal one solve per series")
    func manyRightHandSides() throws {
        let x = randomMatrix(40, 4, seed: 1)
        let y = randomMatrix(40, 25, seed: 2)
        let qr = try QRFactorization(x)
        let batch = try qr.solve(y)
        for k in 0..<y.columns {
            let single = try Regression(design: x, response: y.column(k), hasIntercept: false, refinementSteps: 0)
            #expect(close(batch.column(k), single.coefficients, 1e-12))
        }
        let viaGEMM = try qr.pseudoInverse() * y
        #expect(close(viaGEMM.elements, batch.elements, 1e-10))
    }

    @Test("A rank-deficient design reports its rank instead of NaN")
    func rankDeficient() throws {
        var x = randomMatrix(20, 3, seed: 3)
        for i in 0..<20 { x[i, 2] = 2 * x[i, 0] - x[i, 1] }
        let y = (0..<20).map { Double($0) }
        let fit = try Regression(design: x, response: y, hasIntercept: false)
        #expect(fit.rank == 2)
        #expect(fit.standardErrors == nil)
        #expect(fit.coefficients.allSatisfy { $0.isFinite })
        let svd = try SVDLeastSquares(design: x, response: Matrix(rows: 20, columns: 1, columnMajor: y))
        #expect(svd.rank == 2)
        #expect(close(svd.coefficients.elements, fit.coefficients, 1e-10))
    }

    @Test("Fewer observations than parameters is an error")
    func tooFew() {
        #expect(throws: LinearAlgebraError.tooFewObservations(observations: 2, parameters: 3)) {
            try Regression(design: randomMatrix(2, 3, seed: 4), response: [1, 2], hasIntercept: false)
        }
    }

    @Test("Weighted least squares equals OLS on rows scaled by √w")
    func weighted() throws {
        let x = randomMatrix(30, 3, seed: 5)
        let y = randomMatrix(30, 1, seed: 6).elements
        let w = (0..<30).map { 1 + Double($0 % 4) }
        let wls = try Regression(design: x, response: y, weights: w, hasIntercept: false)
        var xs = x
        var ys = y
        for i in 0..<30 {
            ys[i] *= w[i].squareRoot()
            for j in 0..<3 { xs[i, j] *= w[i].squareRoot() }
        }
        let ols = try Regression(design: xs, response: ys, hasIntercept: false)
        #expect(close(wls.coefficients, ols.coefficients, 1e-12))
        #expect(close(wls.standardErrors ?? [], ols.standardErrors ?? [], 1e-10))
        #expect(abs(wls.residualStandardDeviation - ols.residualStandardDeviation) < 1e-12)
    }

    @Test("Prediction standard error is s·√(1 + xᵀ(XᵀX)⁻¹x)")
    func predictionError() throws {
        // Straight line through 5 points: leverage at x0 is 1/n + (x0 − x̄)² / Sxx.
        let xs: [Double] = [1, 2, 3, 4, 5]
        let ys: [Double] = [1.1, 1.9, 3.2, 3.9, 5.1]
        let fit = try Regression(polynomialIn: xs, degree: 1, response: ys)
        let leverage = 1.0 / 5 + (7.0 - 3) * (7.0 - 3) / 10
        let expected = fit.residualStandardDeviation * (1 + leverage).squareRoot()
        #expect(abs(fit.predictionStandardError(at: [1, 7]) - expected) < 1e-12)
        #expect(abs(fit.meanStandardError(at: [1, 7]) - fit.residualStandardDeviation * leverage.squareRoot()) < 1e-12)
        #expect(abs(fit.predict([1, 7]) - (fit.coefficients[0] + 7 * fit.coefficients[1])) < 1e-12)
    }

    @Test("Cholesky solves a symmetric positive-definite system; an indefinite one is rejected")
    func cholesky() throws {
        let a = Matrix([[4, 2, 0], [2, 5, 1], [0, 1, 3]])
        let b = Matrix(rows: 3, columns: 1, columnMajor: [2, 1, 3])
        let x = try Cholesky(a).solve(b)
        #expect(close(a.times(x.elements), b.elements, 1e-13))
        #expect(throws: LinearAlgebraError.notPositiveDefinite(order: 2)) {
            try Cholesky(Matrix([[1, 2], [2, 1]]))
        }
    }

    @Test("The small in-place Cholesky solve agrees with LAPACK's and rejects what is not safely definite", arguments: 1...8)
    func smallCholesky(order n: Int) throws {
        let g = randomMatrix(n + 3, n, seed: UInt64(n))
        let a = Matrix.product(g, g, transposeA: true)
        let b = randomMatrix(n, 1, seed: UInt64(100 + n))
        var packed = a.elements, x = b.elements
        #expect(Cholesky.solveSmall(&packed, &x, order: n))
        #expect(close(x, try Cholesky(a).solve(b).elements, 1e-10))
        var indefinite = Matrix([[1, 2], [2, 1]]).elements, rhs = [1.0, 1]
        #expect(!Cholesky.solveSmall(&indefinite, &rhs, order: 2))
        var tiny = [1e-10], one = [1.0]
        #expect(!Cholesky.solveSmall(&tiny, &one, order: 1, minimumPivot: 1e-8))
    }

    @Test("Triangular solves, plain and transposed")
    func triangular() throws {
        let u = Matrix([[2, 1], [0, 4]])
        let b = Matrix(rows: 2, columns: 1, columnMajor: [5, 8])
        #expect(try u.solveTriangular(b, upper: true).elements == [1.5, 2])
        #expect(try u.solveTriangular(b, upper: true, transposed: true).elements == [2.5, 1.375])
        #expect(throws: LinearAlgebraError.singular) { _ = try Matrix([[0, 1], [0, 1]]).solveTriangular(b, upper: true) }
    }
}
