/// Why a linear-algebra operation could not give an answer.
public enum LinearAlgebraError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The dimensions of the operands do not fit together.
    case dimensionMismatch(String)
    /// Fewer observations than parameters to estimate.
    case tooFewObservations(observations: Int, parameters: Int)
    /// A triangular factor has a zero on its diagonal.
    case singular
    /// Cholesky failed: the matrix is not positive definite (leading minor of this order).
    case notPositiveDefinite(order: Int)
    /// A LAPACK routine reported an illegal argument or did not converge.
    case lapack(routine: String, info: Int32)

    public var description: String {
        switch self {
        case let .dimensionMismatch(what): return "dimension mismatch: \(what)"
        case let .tooFewObservations(n, p): return "fewer observations (\(n)) than parameters (\(p))"
        case .singular: return "the matrix is singular"
        case let .notPositiveDefinite(order): return "not positive definite (leading minor of order \(order))"
        case let .lapack(routine, info): return "LAPACK \(routine) failed with info = \(info)"
        }
    }
}

/// Throws `LinearAlgebraError.lapack` when a LAPACKE call did not return 0.
@inline(__always)
func check(_ info: Int32, _ routine: String) throws {
    if info != 0 { throw LinearAlgebraError.lapack(routine: routine, info: info) }
}
