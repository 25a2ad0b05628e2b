import Foundation
import Projection

extension BacktestReport {
    /// What the indicator bridge adds to one dataset: the backtest `without` its related
    /// indicators beside the one `with` them, month by month — the bridge's own MAE (over the
    /// projections it makes), the chosen combination's MAE, skill and coverages without and with
    /// it — then the headline figures (m = 3…9), the P(meet) Brier scores, and the bridge's record
    /// (its MAE over carry-forward's on the same projections, how often the choice combines it).
    public static func indicatorComparison(with: DatasetAccuracy, without: DatasetAccuracy) -> String {
        func f(_ x: Double?) -> String { x.map { String(format: "%.3f", $0) } ?? "-" }
        let bridge = IndicatorBridgeModel.id.rawValue
        var lines = ["\(with.name): the chosen combination without and with the indicator bridge (\(bridge))",
                     "month\tMAE \(bridge)\tMAE chosen without\twith\tskill without\twith\tcov80 without\twith\tcov95 without\twith"]
        for (a, b) in zip(without.byMonth, with.byMonth) where a.month == b.month {
            lines.append([String(a.month), f(b.mae[bridge]), f(a.mae["chosen"]), f(b.mae["chosen"]), f(a.skill), f(b.skill),
                          f(a.coverage80), f(b.coverage80), f(a.coverage95), f(b.coverage95)].joined(separator: "\t"))
        }
        for (label, d) in [("without", without), ("with", with)] {
            lines.append("m = 3…9 \(label): skill \(f(d.skill)), coverage 80 % \(f(d.coverage80)), 95 % \(f(d.coverage95)); "
                         + "P(meet) Brier \(f(d.calibration.brier)) (\(d.calibration.cases) cases), recalibrated \(f(d.recalibrated.brier))")
        }
        if let u = with.models.first(where: { $0.model == bridge }) {
            lines.append("\(bridge) at m = 3…9: \(u.projections) projections, MAE \(f(u.relativeMAE)) × carry-forward's on them; "
                         + "in the choice \(f(u.combinedShare)), leading it \(f(u.leadShare))")
        } else {
            lines.append("\(bridge) projected nothing at m = 3…9")
        }
        return lines.joined(separator: "\n")
    }
}
