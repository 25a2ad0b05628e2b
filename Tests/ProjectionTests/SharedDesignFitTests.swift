import Foundation
import LinearAlgebra
import Testing
@testable import Projection

/// Batched fitting gives what fitting each series alone gives, including series with gaps.
@Suite struct SharedDesignFitTests {
    @Test func batchedEqualsOneAtATime() throws {
        let n = 24
        let design = Matrix((0..<n).map { [1, Double($0), Double(($0 * 7) % 5)] })
        let future = Matrix([[1, Double(n), 2], [1, Double(n + 1), 3]])
        var columns: [[Double]] = []
        for k in 0..<5 {
            columns.append((0..<n).map { i -> Double in
                let wiggle: Double = sin(Double(i * (k + 1)))
                return 3 + 0.5 * Double(k) * Double(i) + wiggle
            })
        }
        columns[3][5] = .nan
        columns[4][0] = .nan
        let fit = try SharedDesignFit(design: design, future: future, responses: Matrix(columns: columns))
        for (k, y) in columns.enumerated() {
            let rows = (0..<n).filter { !y[$0].isNaN }
            let alone = try Regression(design: Matrix(rows.map { design.row($0) }), response: rows.map { y[$0] },
                                       hasIntercept: true)
            for r in 0..<future.rows {
                #expect(abs(fit.forecasts[r, k] - alone.predict(future.row(r))) < 1e-9)
            }
            #expect(fit.degreesOfFreedom[k] == rows.count - 3)
        }
    }

    /// Row deletion (several rows, weights), the fallback when deleting rows leaves a
    /// rank-deficient design, and too few rows — each against fitting the series alone.
    @Test func deletedRowsWeightsAndFallbacks() throws {
        let n = 18
        // Intercept, trend and a dummy on rows 4 and 11 only.
        let design = Matrix((0..<n).map { [1, Double($0), $0 == 4 || $0 == 11 ? 1 : 0] })
        let future = Matrix([[1, Double(n), 0], [1, Double(n + 1), 1]])
        let weights = (0..<n).map { 0.5 + Double($0 % 3) }
        var columns: [[Double]] = (0..<4).map { k -> [Double] in
            (0..<n).map { i -> Double in
                let trend: Double = Double(k) * 0.3 * Double(i)
                return 2 + trend + cos(Double(i * (k + 2)))
            }
        }
        for i in [1, 7, 13] { columns[0][i] = .nan }          // three rows deleted
        for i in [4, 11] { columns[1][i] = .nan }             // the dummy's rows: rank-deficient, by pattern
        for i in 0..<(n - 3) { columns[2][i] = .nan }         // too few rows: not fitted
        let fit = try SharedDesignFit(design: design, future: future, responses: Matrix(columns: columns), weights: weights)
        for k in [0, 3] {
            let rows = (0..<n).filter { !columns[k][$0].isNaN }
            let alone = try Regression(design: Matrix(rows.map { design.row($0) }), response: rows.map { columns[k][$0] },
                                       weights: rows.map { weights[$0] }, hasIntercept: true)
            for r in 0..<future.rows { #expect(abs(fit.forecasts[r, k] - alone.predict(future.row(r))) < 1e-9) }
            for (a, i) in rows.enumerated() { #expect(abs(fit.residuals[i, k] - alone.residuals[a]) < 1e-9) }
            #expect(fit.degreesOfFreedom[k] == rows.count - 3)
        }
        // Without the dummy's rows the series is fitted on what it has (a basic solution).
        #expect(fit.forecasts[0, 1].isFinite && fit.degreesOfFreedom[1] == n - 2 - 2)
        #expect(fit.forecasts[0, 2].isNaN && fit.degreesOfFreedom[2] == 0)
        // Forecasts alone: the same numbers, deletions and fallbacks included, and no residuals.
        let forecastsOnly = try SharedDesignFit(design: design, future: future, responses: Matrix(columns: columns),
                                                weights: weights, computeResiduals: false)
        #expect(forecastsOnly.forecasts.elements.map(\.bitPattern) == fit.forecasts.elements.map(\.bitPattern))
        #expect(forecastsOnly.degreesOfFreedom == fit.degreesOfFreedom)
        #expect(forecastsOnly.residuals.elements.isEmpty)
    }
}
