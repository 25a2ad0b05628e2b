import Projection
import Testing

/// The isotonic recalibration of P(meet) (issue 15, decision 017).
@Suite struct ProbabilityRecalibrationTests {
    @Test("Pool-adjacent-violators pools a violating pair and interpolates between block means")
    func poolAdjacentViolators() {
        let map = ProbabilityRecalibration(fitting: [(0.1, false), (0.2, true), (0.3, false), (0.4, true)])
        #expect(map.knots.map(\.p) == [0.1, 0.25, 0.4])
        #expect(map.knots.map(\.rate) == [0, 0.5, 1])
        #expect(abs(map(0.325) - 0.75) < 1e-12)
        #expect(map(0.05) == 0 && map(0.9) == 1)
        #expect(ProbabilityRecalibration(fitting: [])(0.37) == 0.37)
    }

    @Test("The bundled map is monotone, within [0, 1], and lowers FRED-MD/China NBS's even odds")
    func fittedMapIsMonotone() {
        let grid = (0...100).map { ProbabilityRecalibration.fitted(Double($0) / 100) }
        #expect(zip(grid, grid.dropFirst()).allSatisfy { $0 <= $1 })
        #expect(grid.allSatisfy { (0...1).contains($0) })
        #expect(ProbabilityRecalibration.fitted.knots.count > 5)
    }
}
