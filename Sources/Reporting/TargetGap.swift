import Projection
import Risk
import TargetModel

/// Which outcomes meet a target, as a line on a chart: above it, below it, or between two lines
/// (the meaning of each comparator is `Attainment`'s table).
enum GoodSide: Equatable {
    case above(Double)
    case below(Double)
    case between(Double, Double)

    init?(_ t: Target) {
        guard t.kind != .milestone, let v = t.value else { return nil }
        let tol = t.effectiveTolerance
        if t.direction == .decrease && t.comparator != .atMost { self = .below(-(v - tol)); return }
        if t.kind == .growthRate && v == 0 && t.direction == .level { self = .below(tol); return }
        switch t.comparator {
        case .approx, .atLeast: self = .above(v - tol)
        case .exact: self = .above(v)
        case .atMost: self = .below(v + tol)
        case .range: self = .between(v - tol, (t.valueMax ?? v) + tol)
        }
    }

    /// The target line (or the two lines of a range) on a chart.
    var lines: [Double] {
        switch self {
        case let .above(v), let .below(v): return [v]
        case let .between(a, b): return [a, b]
        }
    }

    /// How far `outcome` lies on the wrong side (0 when it meets the target).
    func shortfall(_ outcome: Double) -> Double {
        switch self {
        case let .above(line): return max(0, line - outcome)
        case let .below(line): return max(0, outcome - line)
        case let .between(low, high): return max(0, low - outcome, outcome - high)
        }
    }
}

/// How badly a projection misses its target, by the shortfall's size relative to the target
/// (docs/decisions/001-gap-severity.md): a miss by a hair is not a miss by a third.
public enum GapSeverity: Int, Comparable, CaseIterable, Sendable {
    /// Projected to meet the target.
    case none
    /// Short by less than 2 % of the target.
    case slight
    /// Short by 2 % to 10 % of the target.
    case moderate
    /// Short by 10 % of the target or more (or any shortfall from a target of 0).
    case severe

    public static func < (a: GapSeverity, b: GapSeverity) -> Bool { a.rawValue < b.rawValue }

    /// The grade of a shortfall relative to the target's size.
    init(shortfall: Double, relative: Double?) {
        guard shortfall > 0 else { self = .none; return }
        guard let relative else { self = .severe; return }
        self = relative < 0.02 ? .slight : relative < 0.1 ? .moderate : .severe
    }

    /// The grade as a reader sees it.
    public func word(_ language: Language) -> String {
        switch self {
        case .none: return language.pick("达标", "meets")
        case .slight: return language.pick("略有差距", "slightly short")
        case .moderate: return language.pick("差距较大", "short")
        case .severe: return language.pick("差距很大", "far short")
        }
    }
}

/// The gap between a target and its projected year-end value.
public struct TargetGap: Sendable {
    /// How far the projection lies on the wrong side of the target, in the target's unit
    /// (percentage points for a rate); 0 when it is projected to be met.
    public let shortfall: Double
    /// The shortfall over the target's size; `nil` for a target of 0.
    public let relative: Double?
    public let severity: GapSeverity

    /// `nil` for a milestone or a target without a value or a projection.
    public init?(_ a: TargetAssessment) {
        guard let side = GoodSide(a.target), let projection = a.projection.projection, let v = a.target.value else { return nil }
        shortfall = side.shortfall(projection)
        relative = v == 0 ? nil : shortfall / abs(v)
        severity = GapSeverity(shortfall: shortfall, relative: relative)
    }
}

/// Numbers with their units, as people write them.
enum UnitText {
    /// `8.4%`, `305所`, `1,234.5亿元`… (decimals as `numberText`).
    static func amount(_ value: Double, unit: String, decimals: Int = 2) -> String {
        numberText(value, decimals: decimals) + unit
    }

    /// A difference: percentage points for a rate (`2.9个百分点`, `2.9 pp`), else the unit.
    static func difference(_ value: Double, unit: String, language: Language, decimals: Int = 2) -> String {
        guard unit == "%" else { return numberText(value, decimals: decimals) + unit }
        return numberText(value, decimals: decimals) + language.pick("个百分点", " pp")
    }
}

/// A probability in whole percent, the same everywhere: `<1%` and `>99%` at the ends, never a
/// misleading 0 % or 100 % (a projection is never certain).
func probabilityText(_ p: Double) -> String {
    if p < 0.005 { return "<1%" }
    if p > 0.995 { return ">99%" }
    return numberText(p * 100, decimals: 0) + "%"
}
