import Testing
@testable import Projection

@Suite("Predictive distributions")
struct PredictiveDistributionTests {
    let empirical = PredictiveDistribution.fromErrors(center: 10, errors: [3, -2, 0, 1, -1, 0, 2, -3, 5])

    // Away from tied errors (0.375–0.5 spans the two zeros, where the inverse is not unique).
    @Test("The empirical CDF inverts the empirical quantile", arguments: [0.05, 0.1, 0.25, 0.5, 0.6, 0.75, 0.9, 0.95])
    func inverse(p: Double) {
        #expect(abs(empirical.cdf(empirical.quantile(p)) - p) < 1e-12)
    }

    @Test("Empirical edges and ties: flat beyond the extremes, the last tie counts")
    func edges() {
        #expect(empirical.cdf(10 - 3.5) == 0)
        #expect(empirical.cdf(10 + 5) == 1)
        #expect(empirical.median == 10)
        // Errors sorted: −3 −2 −1 0 0 1 2 3 5; at e = 0 the last 0 is order statistic 4 of 0…8.
        #expect(abs(empirical.cdf(10) - 4.0 / 8) < 1e-12)
    }

    @Test("Normal quantiles and CDF agree with Φ")
    func normal() {
        let d = PredictiveDistribution.normal(mean: 2, sd: 3)
        #expect(abs(d.quantile(0.975) - (2 + 3 * 1.959963984540054)) < 1e-9)
        #expect(abs(d.cdf(2 + 3 * 1.2815515655446004) - 0.9) < 1e-12)
        #expect(abs(standardNormalQuantile(0.001) + 3.090232306167813) < 1e-12)
    }

    @Test("Shifting moves every quantile by the same amount")
    func shift() {
        let moved = empirical.shifted(by: -1.5)
        for p in [0.1, 0.5, 0.9] { #expect(abs(moved.quantile(p) - (empirical.quantile(p) - 1.5)) < 1e-12) }
    }
}

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
