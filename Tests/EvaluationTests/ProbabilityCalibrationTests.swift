import Evaluation
import Testing

@Suite("Probability calibration")
struct ProbabilityCalibrationTests {
    @Test("Brier score, base-rate score and bands on a hand-checked set")
    func handChecked() {
        let pairs: [(probability: Double, met: Bool)] = [(0.1, false), (0.1, true), (0.5, true), (0.9, true), (1.0, true)]
        let c = ProbabilityCalibration(pairs)
        #expect(c.cases == 5)
        #expect(abs(c.brier - (0.01 + 0.81 + 0.25 + 0.01 + 0) / 5) < 1e-12)
        #expect(abs(c.climatology - 0.8 * 0.2) < 1e-12)
        #expect(c.bands.map(\.count) == [2, 0, 1, 0, 2], "1.0 falls in the last band")
        #expect(c.bands[0].observed == 0.5 && abs(c.bands[0].meanProbability - 0.1) < 1e-12)
        #expect(c.bands[4].observed == 1 && abs(c.bands[4].meanProbability - 0.95) < 1e-12)
        #expect(c.bands[1].meanProbability == 0 && c.bands[1].observed == 0)
    }
}
