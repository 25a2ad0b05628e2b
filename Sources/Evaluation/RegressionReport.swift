import Foundation
import LinearAlgebra
import TextFormats

/// Text and JSON renderings of a regression fit.
public enum RegressionReport {
    /// JSON with keys `coefficients`, `standardErrors` (null when not identified),
    /// `residualStandardDeviation`, `rSquared`, `adjustedRSquared`, `degreesOfFreedom`, `rank`.
    public static func json(_ fit: Regression) -> String {
        func number(_ v: Double) -> String { FiniteNumber(v).map { "\($0.value)" } ?? "null" }
        func array(_ v: [Double]) -> String { "[" + v.map(number).joined(separator: ", ") + "]" }
        return """
        {"coefficients": \(array(fit.coefficients)), "standardErrors": \(fit.standardErrors.map(array) ?? "null"), \
        "residualStandardDeviation": \(number(fit.residualStandardDeviation)), "rSquared": \(number(fit.rSquared)), \
        "adjustedRSquared": \(number(fit.adjustedRSquared)), "degreesOfFreedom": \(fit.degreesOfFreedom), "rank": \(fit.rank)}
        """
    }

    /// A human-readable table of coefficients and fit statistics.
    public static func table(_ fit: Regression, file: String) -> String {
        var lines = ["\(file): \(fit.observations) observations, \(fit.parameters) parameters, rank \(fit.rank)"]
        if fit.rank < fit.parameters {
            lines.append("rank-deficient design: minimum-norm coefficients (SVD); standard errors are not identified")
        }
        lines.append(pad("parameter", 10) + pad("estimate", 26) + "standard error")
        for (k, b) in fit.coefficients.enumerated() {
            let se = fit.standardErrors.map { format($0[k]) } ?? "—"
            lines.append(pad("B\(k)", 10) + pad(format(b), 26) + se)
        }
        lines.append("residual SD \(format(fit.residualStandardDeviation))   R² \(format(fit.rSquared))   adjusted R² \(format(fit.adjustedRSquared))   df \(fit.degreesOfFreedom)")
        return lines.joined(separator: "\n")
    }

    /// Fifteen significant digits; `—` for a statistic that is not finite (R² of a constant response).
    static func format(_ v: Double) -> String { FiniteNumber(v).map { String(format: "%.15g", $0.value) } ?? "—" }

    static func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s + " " : s + String(repeating: " ", count: width - s.count)
    }
}

/// The NIST certification table: minimum and per-statistic log relative errors per dataset.
public enum CertificationTable {
    public static func render(_ rows: [NISTCertification], json: Bool) -> String {
        func f(_ v: Double) -> String { String(format: "%.1f", v) }
        if json {
            let items = rows.map {
                "{\"dataset\": \"\($0.dataset)\", \"minimum\": \($0.minimum), \"coefficients\": \($0.coefficientLRE.min() ?? 0), " +
                "\"standardErrors\": \($0.standardErrorLRE.min() ?? 0), \"residualStandardDeviation\": \($0.residualStandardDeviationLRE), " +
                "\"rSquared\": \($0.rSquaredLRE)}"
            }
            return "[" + items.joined(separator: ",\n ") + "]"
        }
        var lines = ["Log relative error (digits agreeing with NIST's certified values, capped at 15)",
                     RegressionReport.pad("dataset", 10) + "  min   coef    SE  resSD    R²"]
        for r in rows {
            lines.append(RegressionReport.pad(r.dataset, 10) + [r.minimum, r.coefficientLRE.min() ?? 0, r.standardErrorLRE.min() ?? 0,
                                                                r.residualStandardDeviationLRE, r.rSquaredLRE]
                .map { RegressionReport.pad(f($0), 6) }.joined())
        }
        return lines.joined(separator: "\n")
    }
}
