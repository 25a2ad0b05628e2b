import LinearAlgebra
import Foundation
import TextFormats

/// A NIST Statistical Reference Dataset for linear least squares (`.dat` file) with its
/// certified values: the model is read from the header, the data from the block that follows the
/// last line starting with `Data:`.
///
/// Edge Cases: a model naming a parameter past `InputLimits.maximumRegressionParameters`
/// (`B999999999999`), and a value outside `NumberRule` (`NaN`, `Inf`, `1e309`), are errors naming
/// their line.
public struct NISTDataset: Sendable {
    public var name: String
    /// Response values.
    public var y: [Double]
    /// Predictor columns as given (one column for the polynomial datasets).
    public var predictors: [[Double]]
    /// Polynomial degree in the single predictor (1 for straight lines and multi-predictor models).
    public var degree: Int
    public var hasIntercept: Bool
    public var certified: CertifiedValues

    /// NIST's certified regression statistics.
    public struct CertifiedValues: Sendable {
        public var coefficients: [Double]
        public var standardErrors: [Double]
        public var residualStandardDeviation: Double
        public var rSquared: Double
    }

    /// Why a `.dat` file could not be read; `line` is 1-based.
    public struct ParseError: Error, CustomStringConvertible, Sendable {
        public var line: Int
        public var message: String
        public var description: String { "line \(line): \(message)" }
    }

    /// The design matrix of the certified model: an optional column of ones, then either the
    /// powers x…x^degree of the single predictor or the predictor columns.
    public var design: Matrix {
        var columns: [[Double]] = hasIntercept ? [Array(repeating: 1, count: y.count)] : []
        if predictors.count == 1 {
            let x = predictors[0]
            for power in 1...degree { columns.append(x.map { value in (0..<power).reduce(1.0) { acc, _ in acc * value } }) }
        } else {
            columns += predictors
        }
        return Matrix(columns: columns)
    }

    /// Fits the certified model: as an exact polynomial for the single-predictor datasets.
    public func fit() throws -> Regression {
        if predictors.count == 1 {
            return try Regression(polynomialIn: predictors[0], degree: degree, response: y, hasIntercept: hasIntercept)
        }
        return try Regression(design: design, response: y, hasIntercept: hasIntercept)
    }

    /// Parses the text of a `.dat` file (CRLF or LF).
    public init(name: String, text: String) throws {
        self.name = name
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            .map { String($0).trimmingSuffix("\r") }
        guard let dataLine = lines.lastIndex(where: { $0.hasPrefix("Data:") }) else {
            throw ParseError(line: 1, message: "no line starting with 'Data:'; not a NIST StRD .dat file")
        }
        guard let modelLine = lines.firstIndex(where: { $0.trimmingPrefixSpaces.hasPrefix("y =") }) else {
            throw ParseError(line: 1, message: "no model line 'y = …' in the header")
        }
        let terms = NISTDataset.parameterIndices(lines[modelLine])
        guard let maxTerm = terms.max() else { throw ParseError(line: modelLine + 1, message: "the model names no parameters B0, B1 …") }
        guard maxTerm < InputLimits.maximumRegressionParameters else {
            throw ParseError(line: modelLine + 1, message: "the model names a parameter B\(maxTerm); expected at most "
                + "\(InputLimits.maximumRegressionParameters) parameters B0 … B\(InputLimits.maximumRegressionParameters - 1)")
        }
        hasIntercept = terms.contains(0)
        let predictorCount = lines[dataLine].split(separator: " ").count - 2
        guard predictorCount >= 1 else { throw ParseError(line: dataLine + 1, message: "the data header names no predictor column") }
        degree = predictorCount == 1 ? maxTerm : 1

        var ys: [Double] = []
        var xs = Array(repeating: [Double](), count: predictorCount)
        for index in (dataLine + 1)..<lines.count {
            let fields = lines[index].split(separator: " ")
            if fields.isEmpty { continue }
            guard fields.count == predictorCount + 1 else {
                throw ParseError(line: index + 1, message: "expected \(predictorCount + 1) numbers, found \(fields.count)")
            }
            let values = try fields.enumerated().map { column, field in
                guard let v = Double(field), NumberRule.accepts(v) else {
                    throw ParseError(line: index + 1, message: "column \(column + 1): '\(field.prefix(40))' is not a number (expected \(NumberRule.expectation))")
                }
                return v
            }
            ys.append(values[0])
            for j in 0..<predictorCount { xs[j].append(values[j + 1]) }
        }
        y = ys
        predictors = xs
        certified = try NISTDataset.certifiedValues(lines, header: modelLine..<dataLine)
    }

    private static func parameterIndices(_ line: String) -> [Int] {
        var result: [Int] = []
        var chars = line[...]
        while let b = chars.firstIndex(of: "B") {
            chars = chars[chars.index(after: b)...]
            let digits = chars.prefix(while: { $0.isASCII && $0.isNumber })
            // Too many digits for an Int is past every limit too.
            if !digits.isEmpty { result.append(Int(digits) ?? Int.max) }
        }
        return result
    }

    private static func certifiedValues(_ lines: [String], header: Range<Int>) throws -> CertifiedValues {
        var estimates: [Double] = [], errors: [Double] = []
        var residualSD: Double?, r2: Double?
        for index in header {
            let fields = lines[index].split(separator: " ").map(String.init)
            if fields.count == 3, fields[0].first == "B", Int(fields[0].dropFirst()) != nil,
               let e = Double(fields[1]), let s = Double(fields[2]) {
                estimates.append(e)
                errors.append(s)
            } else if fields.starts(with: ["Standard", "Deviation"]), fields.count == 3 {
                residualSD = Double(fields[2])
            } else if fields.first == "R-Squared", fields.count == 2 {
                r2 = Double(fields[1])
            }
        }
        guard !estimates.isEmpty, let sd = residualSD, let rs = r2 else {
            throw ParseError(line: header.lowerBound + 1, message: "certified regression statistics not found in the header")
        }
        return CertifiedValues(coefficients: estimates, standardErrors: errors, residualStandardDeviation: sd, rSquared: rs)
    }
}

extension String {
    fileprivate func trimmingSuffix(_ suffix: Character) -> String {
        last == suffix ? String(dropLast()) : self
    }

    fileprivate var trimmingPrefixSpaces: Substring {
        self.drop(while: { $0 == " " })
    }
}
