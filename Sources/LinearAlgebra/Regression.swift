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
        let n = design.rows, p = design.columns
        guard response.count == n else { throw LinearAlgebraError.dimensionMismatch("design has \(n) rows, response \(response.count)") }
        guard n >= p, n > 0 else { throw LinearAlgebraError.tooFewObservations(observations: n, parameters: p) }
        let rootWeights = try weights.map { w -> [Double] in
            guard w.count == n else { throw LinearAlgebraError.dimensionMismatch("\(w.count) weights for \(n) observations") }
            return w.map { $0.squareRoot() }
        }
        var x = design
        var y = response
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
            for _ in 0..<refinementSteps {
                let r = Regression.extendedResiduals(x, y, b)
                let delta = try qr.solve(r)
                for j in 0..<p { b[j] += delta[j] }
            }
        } else {
            b = try SVDLeastSquares(design: x, response: Matrix(rows: n, columns: 1, columnMajor: y)).coefficients.elements
        }
        let weightedResiduals = Regression.extendedResiduals(x, y, b)
        let rss = Regression.extendedSumOfSquares(weightedResiduals)
        let df = n - qr.rank
        let s2 = df > 0 ? rss / Double(df) : 0
        let gram = qr.isFullRank ? try qr.inverseGram() : Matrix(rows: p, columns: p)
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

    static func extendedResiduals(_ x: Matrix, _ y: [Double], _ b: [Double]) -> [Double] {
        (0..<x.rows).map { i in
            var acc = Wide(y[i])
            for j in 0..<x.columns { acc -= Wide(x[i, j]) * Wide(b[j]) }
            return Double(acc)
        }
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
