/// A monotone map from a raw P(meet) to the share of such targets that were met: isotonic
/// regression by pool-adjacent-violators on a rolling-origin record of (P, met) pairs, read by
/// linear interpolation between the pooled blocks' mean probabilities.
///
/// Edge Cases: an empty record gives the identity; below the first block's mean P the first
/// block's rate holds, above the last the last's; the result stays within [0, 1].
public struct ProbabilityRecalibration: Sendable, Equatable {
    /// Knots: mean raw P of each pooled block (increasing) and its observed rate (non-decreasing).
    public var knots: [(p: Double, rate: Double)]

    public static func == (a: Self, b: Self) -> Bool {
        a.knots.map(\.p) == b.knots.map(\.p) && a.knots.map(\.rate) == b.knots.map(\.rate)
    }

    public init(knots: [(p: Double, rate: Double)]) {
        self.knots = knots
    }

    /// Fits the map by pool-adjacent-violators on (probability, met) pairs.
    public init(fitting pairs: [(probability: Double, met: Bool)]) {
        var blocks: [(sumP: Double, sumMet: Double, count: Double)] = []
        for pair in pairs.sorted(by: { $0.probability < $1.probability }) {
            blocks.append((pair.probability, pair.met ? 1 : 0, 1))
            while blocks.count > 1,
                  blocks[blocks.count - 2].sumMet / blocks[blocks.count - 2].count
                    >= blocks[blocks.count - 1].sumMet / blocks[blocks.count - 1].count {
                let last = blocks.removeLast()
                blocks[blocks.count - 1].sumP += last.sumP
                blocks[blocks.count - 1].sumMet += last.sumMet
                blocks[blocks.count - 1].count += last.count
            }
        }
        knots = blocks.map { ($0.sumP / $0.count, $0.sumMet / $0.count) }
    }

    /// The recalibrated probability of a raw one.
    public func callAsFunction(_ p: Double) -> Double {
        guard let first = knots.first, let last = knots.last else { return p }
        if p <= first.p { return first.rate }
        if p >= last.p { return last.rate }
        var hi = 1
        while knots[hi].p < p { hi += 1 }
        let a = knots[hi - 1], b = knots[hi]
        let span = b.p - a.p
        return span > 0 ? a.rate + (p - a.p) / span * (b.rate - a.rate) : b.rate
    }
}
