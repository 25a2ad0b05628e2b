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

    /// The smallest difference of mean raw P between two knots: pool-adjacent-violators can leave
    /// small blocks with nearly the same mean P but different shares met, and linear interpolation
    /// between them is then nearly vertical (a P(meet) jumping with a hair's change of an
    /// assumption, which goal seek cannot hit).
    public static let minimumKnotSpacing = 0.02

    /// Fits the map by pool-adjacent-violators on (probability, met) pairs, then merges the two
    /// adjacent blocks whose mean P are closest until every pair is at least `minimumKnotSpacing`
    /// apart (a merged block's share met lies between its parts', so the map stays monotone).
    public init(fitting pairs: [(probability: Double, met: Bool)], minimumKnotSpacing: Double = minimumKnotSpacing) {
        typealias Block = (sumP: Double, sumMet: Double, count: Double)
        func rate(_ b: Block) -> Double { b.sumMet / b.count }
        func meanP(_ b: Block) -> Double { b.sumP / b.count }
        func merged(_ a: Block, _ b: Block) -> Block { (a.sumP + b.sumP, a.sumMet + b.sumMet, a.count + b.count) }
        var blocks: [Block] = []
        for pair in pairs.sorted(by: { $0.probability < $1.probability }) {
            blocks.append((pair.probability, pair.met ? 1 : 0, 1))
            while blocks.count > 1, rate(blocks[blocks.count - 2]) >= rate(blocks[blocks.count - 1]) {
                let last = blocks.removeLast()
                blocks[blocks.count - 1] = merged(blocks[blocks.count - 1], last)
            }
        }
        while blocks.count > 1,
              let closest = blocks.indices.dropLast().min(by: { meanP(blocks[$0 + 1]) - meanP(blocks[$0]) < meanP(blocks[$1 + 1]) - meanP(blocks[$1]) }),
              meanP(blocks[closest + 1]) - meanP(blocks[closest]) < minimumKnotSpacing {
            blocks[closest] = merged(blocks[closest], blocks[closest + 1])
            blocks.remove(at: closest + 1)
        }
        knots = blocks.map { (meanP($0), rate($0)) }
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
