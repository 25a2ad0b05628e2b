/// An ordinary or weighted least-squares fit of one response with its inferential statistics.
///
/// Coefficients come from a pivoted Householder QR of the column-equilibrated design, refined by
/// iterative refinement with residuals accumulated in extended precision (`Float80` where the
/// platform has it), so that even Filip's degree-10 polynomial (cond ≈ 1e15) is fitted to NIST's
/// certified values. XᵀX is never formed or inverted.
///
/// Edge cases: a rank-deficient design is not an error: `rank < parameters`, the coefficients are
/// the SVD's minimum-norm solution, and standard errors are `nil` (they are not identified).
public struct Regression: Sendable {
    public let coefficients: [Double]
    /// Standard errors of the coefficients; `nil` when the design is rank deficient.
    public let standardErrors: [Double]?
    /// Covariance matrix of the coefficients, s²·(XᵀWX)⁻¹.
    public let covariance: Matrix
    /// Residual standard deviation s = √(RSS / df).
    public let residualStandardDeviation: Double
    /// R²: centred when the model has an intercept, uncentred (1 − RSS/Σy²) when it has none.
    public let rSquared: Double
    /// Adjusted R², with the same centring as `rSquared`.
    public let adjustedRSquared: Double
    /// Residual degrees of freedom n − rank.
    public let degreesOfFreedom: Int
    /// Numerical rank of the design.
    public let rank: Int
    /// Residuals y − Xb (unweighted).
    public let residuals: [Double]
    /// Residual sum of squares (weighted when weights are given).
    public let residualSumOfSquares: Double
    public let observations: Int
    public let parameters: Int
    public let hasIntercept: Bool
    /// (XᵀWX)⁻¹, kept for prediction standard errors.
    let inverseGram: Matrix

    /// Fits `y = X·b` (+ error) by least squares.
    ///
    /// - Parameters:
    ///   - design: n × p matrix; include a column of ones yourself for an intercept.
    ///   - response: n observations.
    ///   - weights: optional positive weights for weighted least squares.
    ///   - hasIntercept: whether the design contains an intercept (decides R²'s centring).
    ///   - refinementSteps: iterative-refinement passes (0 turns refinement off).
    public init(design: Matrix, response: [Double], weights: [Double]? = nil,
                hasIntercept: Bool, refinementSteps: Int = 3) throws {
        try self.init(design: design, response: response, weights: weights, hasIntercept: hasIntercept,
                      refinementSteps: refinementSteps, exactElement: nil)
    }

    /// Fits the polynomial `y = b0 + b1·x + … + b_d·x^d` (no b0 without an intercept).
    ///
    /// The powers are rounded to `Double` for the factorization but recomputed in extended
    /// precision for the refinement residuals, so the fit is that of the exact polynomial design:
    /// this is what lifts Filip (degree 10) from about 8 to about 11 certified digits.
    public init(polynomialIn x: [Double], degree: Int, response: [Double], hasIntercept: Bool = true,
                weights: [Double]? = nil, refinementSteps: Int = 3) throws {
        let first = hasIntercept ? 0 : 1
        let design = Matrix(columns: (first...degree).map { power in x.map { Regression.power($0, power) } })
        try self.init(design: design, response: response, weights: weights, hasIntercept: hasIntercept,
                      refinementSteps: refinementSteps) { i, j in Regression.power(Wide(x[i]), j + first) }
    }

    private static func power<T: FloatingPoint>(_ x: T, _ k: Int) -> T {
        (0..<k).reduce(1) { acc, _ in acc * x }
    }

    /// The designated initializer. `exactElement(i, j)`, when given, is the design element in
    /// extended precision (unweighted), used for every residual.
    init(design: Matrix, response: [Double], weights: [Double]?, hasIntercept: Bool,
         refinementSteps: Int, exactElement: ((Int, Int) -> Wide)?) throws {
        let n = design.rows, p = design.columns
        guard response.count == n else { throw LinearAlgebraError.dimensionMismatch("design has \(n) rows, response \(response.count)") }
        guard n >= p, n > 0 else { throw LinearAlgebraError.tooFewObservations(observations: n, parameters: p) }
        let rootWeights = try weights.map { w -> [Double] in
            guard w.count == n else { throw LinearAlgebraError.dimensionMismatch("\(w.count) weights for \(n) observations") }
            return w.map { $0.squareRoot() }
        }
        var x = design
        var y = response
        let element: (Int, Int) -> Wide = { i, j in
            (exactElement?(i, j) ?? Wide(design[i, j])) * Wide(rootWeights?[i] ?? 1)
        }
        if let rw = rootWeights {
            for i in 0..<n {
                y[i] *= rw[i]
                for j in 0..<p { x[i, j] *= rw[i] }
            }
        }
        let qr = try QRFactorization(x)
        var b: [Double]
        if qr.isFullRank {
            b = try qr.solve(y)
            (b, _) = try qr.refine(coefficients: b, residuals: Regression.extendedResiduals(element, n, p, y, b),
                                   steps: refinementSteps) { b, r in
                Regression.augmentedResiduals(element, n, p, y, b, r)
            }
        } else {
            b = try SVDLeastSquares(design: x, response: Matrix(rows: n, columns: 1, columnMajor: y)).coefficients.elements
        }
        let weightedResiduals = Regression.extendedResiduals(element, n, p, y, b)
        let rss = Regression.extendedSumOfSquares(weightedResiduals)
        let df = n - qr.rank
        let s2 = df > 0 ? rss / Double(df) : 0
        let gram = qr.isFullRank
            ? try Regression.refinedInverseGram(qr, element, n, p, steps: refinementSteps)
            : Matrix(rows: p, columns: p)
        var cov = gram
        for k in cov.elements.indices { cov.elements[k] *= s2 }

        let total: Double
        if hasIntercept {
            let mean = Regression.extendedMean(y, weights: rootWeights)
            total = Regression.extendedSumOfSquares(y.indices.map { y[$0] - mean * (rootWeights?[$0] ?? 1) })
        } else {
            total = Regression.extendedSumOfSquares(y)
        }
        let r2 = total > 0 ? 1 - rss / total : 1
        let centring = hasIntercept ? 1 : 0
        let adjusted = df > 0 ? 1 - (1 - r2) * Double(n - centring) / Double(df) : r2

        coefficients = b
        standardErrors = qr.isFullRank ? cov.diagonal.map { Swift.max(0, $0).squareRoot() } : nil
        covariance = cov
        residualStandardDeviation = s2.squareRoot()
        rSquared = r2
        adjustedRSquared = adjusted
        degreesOfFreedom = df
        rank = qr.rank
        residuals = (0..<n).map { i in weightedResiduals[i] / (rootWeights?[i] ?? 1) }
        residualSumOfSquares = rss
        observations = n
        parameters = p
        self.hasIntercept = hasIntercept
        inverseGram = gram
    }

    /// The fitted value x·b at a new point.
    public func predict(_ point: [Double]) -> Double {
        zip(point, coefficients).reduce(0) { $0 + $1.0 * $1.1 }
    }

    /// Standard error of the fitted mean at a new point: s·√(xᵀ(XᵀX)⁻¹x).
    public func meanStandardError(at point: [Double]) -> Double {
        (residualStandardDeviation * residualStandardDeviation * leverage(point)).squareRoot()
    }

    /// Standard error of a new observation at a point: s·√(1 + xᵀ(XᵀX)⁻¹x).
    public func predictionStandardError(at point: [Double]) -> Double {
        (residualStandardDeviation * residualStandardDeviation * (1 + leverage(point))).squareRoot()
    }

    private func leverage(_ point: [Double]) -> Double {
        precondition(point.count == parameters, "a point needs \(parameters) values")
        let gx = inverseGram.times(point)
        return Swift.max(0, zip(point, gx).reduce(0) { $0 + $1.0 * $1.1 })
    }

    // MARK: Extended-precision accumulation

    #if arch(x86_64) && !os(Windows)
    typealias Wide = Float80
    #else
    typealias Wide = Double
    #endif

    static func extendedResiduals(_ x: (Int, Int) -> Wide, _ n: Int, _ p: Int, _ y: [Double], _ b: [Double]) -> [Double] {
        (0..<n).map { i in
            var acc = Wide(y[i])
            for j in 0..<p { acc -= x(i, j) * Wide(b[j]) }
            return Double(acc)
        }
    }

    /// f = y − r − X·b and g = −Xᵀ·r, accumulated in extended precision.
    static func augmentedResiduals(_ x: (Int, Int) -> Wide, _ n: Int, _ p: Int, _ y: [Double], _ b: [Double], _ r: [Double]) -> (f: [Double], g: [Double]) {
        let f = (0..<n).map { i in
            var acc = Wide(y[i]) - Wide(r[i])
            for j in 0..<p { acc -= x(i, j) * Wide(b[j]) }
            return Double(acc)
        }
        let g = (0..<p).map { j in
            var acc = Wide(0)
            for i in 0..<n { acc -= x(i, j) * Wide(r[i]) }
            return Double(acc)
        }
        return (f, g)
    }

    /// (XᵀX)⁻¹ column by column as the refined solutions z of [I X; Xᵀ 0]·[r; z] = [0; −e_j],
    /// so that standard errors carry as many digits as the coefficients.
    static func refinedInverseGram(_ qr: QRFactorization, _ x: @escaping (Int, Int) -> Wide,
                                   _ n: Int, _ p: Int, steps: Int) throws -> Matrix {
        let start = try qr.inverseGram()
        guard steps > 0 else { return start }
        var gram = start
        for j in 0..<p {
            let z0 = start.column(j)
            let r0 = (0..<n).map { i in Double((0..<p).reduce(Wide(0)) { $0 - x(i, $1) * Wide(z0[$1]) }) }
            let (z, _) = try qr.refine(coefficients: z0, residuals: r0, steps: steps) { z, r in
                let f = (0..<n).map { i in
                    var acc = -Wide(r[i])
                    for k in 0..<p { acc -= x(i, k) * Wide(z[k]) }
                    return Double(acc)
                }
                let g = (0..<p).map { k in
                    var acc = Wide(k == j ? -1 : 0)
                    for i in 0..<n { acc -= x(i, k) * Wide(r[i]) }
                    return Double(acc)
                }
                return (f, g)
            }
            for i in 0..<p { gram[i, j] = z[i] }
        }
        return gram
    }

    static func extendedSumOfSquares(_ v: [Double]) -> Double {
        Double(v.reduce(Wide(0)) { $0 + Wide($1) * Wide($1) })
    }

    static func extendedMean(_ y: [Double], weights rootWeights: [Double]?) -> Double {
        guard let rw = rootWeights else {
            return Double(y.reduce(Wide(0)) { $0 + Wide($1) } / Wide(y.count))
        }
        // y is already multiplied by √w: the weighted mean is Σ√w·(√w·y) / Σw.
        let num = zip(y, rw).reduce(Wide(0)) { $0 + Wide($1.0) * Wide($1.1) }
        let den = rw.reduce(Wide(0)) { $0 + Wide($1) * Wide($1) }
        return Double(num / den)
    }
}
