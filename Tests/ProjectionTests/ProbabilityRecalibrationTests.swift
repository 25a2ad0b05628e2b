import Projection
import Testing

/// The isotonic recalibration of P(meet) (issue 15, decision 017).
@Suite struct ProbabilityRecalibrationTests {
    @Test("Pool-adjacent-violators pools a violating pair and interpolates between block means")
    func poolAdjacentViolators() {
        let map = ProbabilityRecalibration(fitting: [(0.1, false), (0.2, true), (0.3, false), (0.4, true)], minimumKnotSpacing: 0)
        #expect(map.knots.map(\.p) == [0.1, 0.25, 0.4])
        #expect(map.knots.map(\.rate) == [0, 0.5, 1])
        #expect(abs(map(0.325) - 0.75) < 1e-12)
        #expect(map(0.05) == 0 && map(0.9) == 1)
        #expect(ProbabilityRecalibration(fitting: [])(0.37) == 0.37)
    }

    @Test("Blocks whose mean P are closer than the spacing merge, closest first, and stay monotone")
    func closeBlocksMerge() {
        // PAV gives blocks at mean P 0.1 (0), 0.25 (0.5), 0.5 (1): 0.1 and 0.25 are the closest pair.
        let pairs: [(probability: Double, met: Bool)] = [(0.1, false), (0.2, true), (0.3, false), (0.5, true)]
        let coarse = ProbabilityRecalibration(fitting: pairs, minimumKnotSpacing: 0.2)
        #expect(coarse.knots.count == 2 && abs(coarse.knots[0].p - 0.2) < 1e-12 && coarse.knots[1].p == 0.5)
        #expect(abs(coarse.knots[0].rate - 1.0 / 3) < 1e-12 && coarse.knots[1].rate == 1)
        let map = ProbabilityRecalibration(fitting: pairs + [(0.26, false), (0.27, true)], minimumKnotSpacing: 0.02)
        #expect(zip(map.knots, map.knots.dropFirst()).allSatisfy { $1.p - $0.p >= 0.02 && $0.rate <= $1.rate })
    }

    @Test("The bundled map is monotone, within [0, 1], and lowers FRED-MD/China NBS's even odds")
    func fittedMapIsMonotone() {
        let grid = (0...100).map { ProbabilityRecalibration.fitted(Double($0) / 100) }
        #expect(zip(grid, grid.dropFirst()).allSatisfy { $0 <= $1 })
        #expect(grid.allSatisfy { (0...1).contains($0) })
        #expect(ProbabilityRecalibration.fitted.knots.count > 5)
        // Knots at least `minimumKnotSpacing` apart keep the map from jumping: no 0.01 of raw P
        // moves the recalibrated one by more than 0.05.
        let fine = (0...1000).map { ProbabilityRecalibration.fitted(Double($0) / 1000) }
        let steepest = zip(fine, fine.dropFirst(10)).map { $1 - $0 }.max() ?? 0
        #expect(steepest <= 0.05, "steepest rise over 0.01 of raw P: \(steepest)")
    }
}
