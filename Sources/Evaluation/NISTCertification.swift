import LinearAlgebra

/// How closely a fit reproduces a NIST dataset's certified values, as log relative errors.
public struct NISTCertification: Sendable {
    public var dataset: String
    public var coefficientLRE: [Double]
    public var standardErrorLRE: [Double]
    public var residualStandardDeviationLRE: Double
    public var rSquaredLRE: Double

    /// The smallest LRE over every certified value.
    public var minimum: Double {
        (coefficientLRE + standardErrorLRE + [residualStandardDeviationLRE, rSquaredLRE]).min() ?? 0
    }

    /// Fits the dataset's certified model and compares every statistic with its certified value.
    public init(_ data: NISTDataset) throws {
        let fit = try data.fit()
        let c = data.certified
        let errors = fit.standardErrors ?? Array(repeating: .nan, count: fit.parameters)
        dataset = data.name
        coefficientLRE = zip(fit.coefficients, c.coefficients).map { logRelativeError($0, certified: $1) }
        standardErrorLRE = zip(errors, c.standardErrors).map { logRelativeError($0, certified: $1) }
        residualStandardDeviationLRE = logRelativeError(fit.residualStandardDeviation, certified: c.residualStandardDeviation)
        rSquaredLRE = logRelativeError(fit.rSquared, certified: c.rSquared)
    }
}
