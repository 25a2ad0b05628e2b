#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The predictive distribution of a year-end outcome.
///
/// Empirical distributions add out-of-sample backtest errors to a centre; analytic ones are
/// normal with the regression's prediction standard error.
public enum PredictiveDistribution: Sendable, Equatable {
    /// Outcome = centre + scale · e, with e drawn from past out-of-sample errors (kept sorted,
    /// scale > 0). Many series share one pooled `errors` buffer and differ only in centre and scale.
    case empirical(center: Double, scale: Double, errors: [Double])
    /// Normal with this mean and standard deviation.
    case normal(mean: Double, sd: Double)
    /// Known exactly.
    case point(Double)

    /// An empirical distribution; errors need not be sorted.
    public static func fromErrors(center: Double, errors: [Double]) -> PredictiveDistribution {
        .empirical(center: center, scale: 1, errors: errors.sorted())
    }

    /// The 50 % quantile.
    public var median: Double { quantile(0.5) }

    /// The p-quantile (0 < p < 1); empirical quantiles interpolate linearly between order statistics.
    public func quantile(_ p: Double) -> Double {
        switch self {
        case let .point(v):
            return v
        case let .normal(mean, sd):
            return mean + sd * standardNormalQuantile(p)
        case let .empirical(center, scale, errors):
            guard !errors.isEmpty else { return center }
            if errors.count == 1 { return center + scale * errors[0] }
            let h = p * Double(errors.count - 1)
            let lo = Int(h.rounded(.down)), hi = Swift.min(lo + 1, errors.count - 1)
            return center + scale * (errors[lo] + (h - Double(lo)) * (errors[hi] - errors[lo]))
        }
    }

    /// P(outcome ≤ x).
    public func cdf(_ x: Double) -> Double {
        switch self {
        case let .point(v):
            return x >= v ? 1 : 0
        case let .normal(mean, sd):
            guard sd > 0 else { return x >= mean ? 1 : 0 }
            return 0.5 * erfc(-(x - mean) / (sd * 2.0.squareRoot()))
        case let .empirical(center, scale, errors):
            guard !errors.isEmpty else { return x >= center ? 1 : 0 }
            // Inverse of `quantile`: piecewise-linear empirical CDF, flat beyond the extremes.
            let e = (x - center) / scale
            if e < errors[0] { return 0 }
            if e >= errors[errors.count - 1] { return 1 }
            let n = errors.count
            // The last order statistic at or below e, by binary search.
            var lo = 0, hi = n - 1
            while hi - lo > 1 {
                let mid = (lo + hi) / 2
                if errors[mid] <= e { lo = mid } else { hi = mid }
            }
            let span = errors[lo + 1] - errors[lo]
            let fraction = span > 0 ? (e - errors[lo]) / span : 0
            return (Double(lo) + fraction) / Double(n - 1)
        }
    }

    /// The same distribution moved by a constant.
    public func shifted(by delta: Double) -> PredictiveDistribution {
        switch self {
        case let .point(v): return .point(v + delta)
        case let .normal(mean, sd): return .normal(mean: mean + delta, sd: sd)
        case let .empirical(center, scale, errors): return .empirical(center: center + delta, scale: scale, errors: errors)
        }
    }
}

/// Φ⁻¹(p) by Acklam's rational approximation refined with one Halley step (|error| < 1e-15).
public func standardNormalQuantile(_ p: Double) -> Double {
    precondition(p > 0 && p < 1, "quantile level must be in (0, 1)")
    let a = [-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
             1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00]
    let b = [-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
             6.680131188771972e+01, -1.328068155288572e+01]
    let c = [-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
             -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00]
    let d = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00]
    let low = 0.02425
    var x: Double
    if p < low {
        let q = (-2 * log(p)).squareRoot()
        x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
    } else if p <= 1 - low {
        let q = p - 0.5, r = q * q
        x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
    } else {
        let q = (-2 * log(1 - p)).squareRoot()
        x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
    }
    let e = 0.5 * erfc(-x / 2.0.squareRoot()) - p
    let u = e * (2 * Double.pi).squareRoot() * exp(x * x / 2)
    x -= u / (1 + x * u / 2)
    return x
}
