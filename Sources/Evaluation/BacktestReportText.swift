import Foundation
import Projection

extension BacktestReport {
    /// `{"datasets":[…],"m3":[…]}` with sorted keys.
    public static func json(_ report: BacktestReport) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(report), as: UTF8.self)
    }

    /// A plain-text table per dataset: one row per information month.
    public static func table(_ report: BacktestReport) -> String {
        var lines: [String] = []
        func f(_ x: Double?, _ digits: Int = 3) -> String { x.map { String(format: "%.\(digits)f", $0) } ?? "-" }
        for d in report.datasets {
            lines.append("\(d.name): \(d.series) series, \(d.years) years; m = 3…9: skill \(f(d.skill)) "
                         + "(years after \(Backtest.lastChoosingYear): \(f(d.skillAfter2005))), "
                         + "coverage 80 % \(f(d.coverage80)), 95 % \(f(d.coverage95))")
            let models = ModelSuite.models.map { $0.id.rawValue }
                .filter { name in d.byMonth.contains { $0.mae[name] != nil } }
            lines.append((["month", "n"] + models.map { "MAE \($0)" } + ["MAE chosen", "skill", "cov80", "cov95"])
                .joined(separator: "\t"))
            for m in d.byMonth {
                lines.append(([String(m.month), String(m.count)] + models.map { f(m.mae[$0]) }
                              + [f(m.mae["chosen"]), f(m.skill), f(m.coverage80), f(m.coverage95)]).joined(separator: "\t"))
            }
            lines.append("models at m = 3…9\tprojections\tMAE / carry-forward's on them\tin the choice\tleading it")
            for u in d.models {
                lines.append("\(u.model)\t\(u.projections)\t\(f(u.relativeMAE))\t\(f(u.combinedShare))\t\(f(u.leadShare))")
            }
            let c = d.calibration
            lines.append("P(meet) of pseudo-targets (each year at least the year before), m = 3…9: \(c.cases) cases, "
                         + "Brier \(f(c.brier)) against \(f(c.climatology)) for the base rate")
            lines.append("P(meet) band\tn\tmean P\tmet")
            for band in c.bands {
                lines.append("\(f(band.lower, 1))–\(f(band.upper, 1))\t\(band.count)\t"
                             + (band.count > 0 ? "\(f(band.meanProbability))\t\(f(band.observed))" : "-\t-"))
            }
            let r = d.recalibrated
            lines.append("Recalibrated out of sample (isotonic map fitted on the years before each): "
                         + "Brier \(f(r.brier)); bands " + r.bands.filter { $0.count > 0 }
                            .map { "\(f($0.meanProbability, 2))→\(f($0.observed, 2)) (\($0.count))" }.joined(separator: ", "))
            lines.append("")
        }
        if let m3 = report.m3 {
            lines.append("M3 monthly (1,428 series, horizons 1–18), sMAPE %:")
            for s in m3 { lines.append("  \(s.model)\t\(f(s.smape, 2))") }
            lines.append("  published (Makridakis & Hibon 2000): Theta 13.9, Naive2 16.9")
        }
        return lines.joined(separator: "\n")
    }
}
