/// How well probabilities of meeting a target matched what happened: the Brier score beside the
/// score of always forecasting the base rate, and a reliability table by probability band.
///
/// Calibrated probabilities have, in every band, an observed share close to the band's mean
/// probability; a Brier score below `climatology` means they also discriminate.
public struct ProbabilityCalibration: Codable, Sendable, Equatable {
    /// One band of forecast probabilities.
    public struct Band: Codable, Sendable, Equatable {
        public var lower: Double
        public var upper: Double
        /// Forecasts in the band.
        public var count: Int
        /// Their mean probability (0 without forecasts).
        public var meanProbability: Double
        /// The share of them that were met (0 without forecasts).
        public var observed: Double
    }

    /// Forecasts scored.
    public var cases: Int
    /// Mean of (p − met)².
    public var brier: Double
    /// The Brier score of forecasting the base rate every time: r (1 − r).
    public var climatology: Double
    public var bands: [Band]

    /// Scores (probability, met) pairs in `bandCount` equal bands of [0, 1] (1 falls in the last).
    public init(_ pairs: [(probability: Double, met: Bool)], bandCount: Int = 5) {
        cases = pairs.count
        let n = Double(Swift.max(pairs.count, 1))
        brier = pairs.reduce(0) { $0 + ($1.probability - ($1.met ? 1 : 0)) * ($1.probability - ($1.met ? 1 : 0)) } / n
        let rate = Double(pairs.filter(\.met).count) / n
        climatology = rate * (1 - rate)
        bands = (0..<bandCount).map { b in
            let lower = Double(b) / Double(bandCount), upper = Double(b + 1) / Double(bandCount)
            let inside = pairs.filter { $0.probability >= lower && ($0.probability < upper || (b == bandCount - 1 && $0.probability <= upper)) }
            let count = Double(Swift.max(inside.count, 1))
            return Band(lower: lower, upper: upper, count: inside.count,
                        meanProbability: inside.reduce(0) { $0 + $1.probability } / count,
                        observed: Double(inside.filter(\.met).count) / count)
        }
    }
}
