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
}
