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
