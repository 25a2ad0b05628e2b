import ArgumentParser
import Foundation
import Projection
import SeriesIO
import TargetModel

/// `targettrack backtest`: accuracy of the year-end projections on the bundled real datasets.
struct BacktestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backtest",
        abstract: "Score the year-end projection models on real series by rolling-origin backtest.",
        discussion: """
        For each information month m = 2 … 11 every series is projected to December with only the \
        data up to month m (earlier years train), and the projection is scored against the \
        outcome: MAE of every model and of the chosen one, skill = 1 − MAE / MAE(carry-forward), \
        and the coverage of the 80 % and 95 % intervals. Headline figures average m = 3 … 9.

        Datasets (under --data): fred-md (20 real-activity and price series, 1970 on), china-nbs \
        (FAI, industrial value added, retail YTD growth, the CPI and PPI year averages), m3 (the \
        seasonal model on the 1,428 M3 monthly series, sMAPE beside the published Theta 13.9 and \
        Naive2 16.9).

        Examples:
          targettrack backtest
          targettrack backtest --dataset fred-md --format json
        """
    )

    @Option(help: "One dataset: fred-md, china-nbs or m3 (default: all).")
    var dataset: Dataset?

    @Option(help: "Output format: table or json.")
    var format: Format = .table

    @Option(help: "The folder holding the datasets.", completion: .directory)
    var data = "Datasets"

    enum Dataset: String, ExpressibleByArgument, CaseIterable {
        case fredMD = "fred-md", chinaNBS = "china-nbs", m3
    }

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json
    }

    func run() throws {
        let wanted = dataset.map { [$0] } ?? Dataset.allCases
        var report = BacktestReport(datasets: [])
        for which in wanted {
            switch which {
            case .fredMD:
                let file = try FREDMD.read(path: data + "/fred-md/fredmd_vintage_2026-02.csv")
                report.datasets.append(try Backtest.run(name: which.rawValue, series: BacktestPanels.fredMD(file.series),
                                                        evaluationYears: BacktestPanels.fredMDYears))
            case .chinaNBS:
                let series = try BacktestCommand.chinaNBS(data + "/china-nbs")
                report.datasets.append(try Backtest.run(name: which.rawValue, series: BacktestPanels.chinaNBS(series)))
            case .m3:
                let series = try M3Monthly.read(path: data + "/m3/M3C_Monthly.csv").map {
                    M3Accuracy.Series(training: Array($0.training), test: Array($0.test), startMonth: max(1, $0.startMonth))
                }
                report.m3 = [try M3Accuracy.seasonal(series), M3Accuracy.naive(series)]
            }
        }
        print(format == .json ? try BacktestReport.json(report) : BacktestReport.table(report))
    }
}

extension BacktestCommand {
    /// The China NBS series: the converted Choice file, and the CPI from the Eastmoney dump
    /// through its series map.
    static func chinaNBS(_ folder: String) throws -> [String: SeriesData] {
        var series = try ChinaNBSLong.read(path: folder + "/china_monthly_ytd_nbs_via_choice.csv")
        let cpi = try ReleaseFileReader(map: SeriesMap(path: folder + "/maps/macro_china_cpi_df.map.csv"))
            .read(path: folder + "/akshare_dump_Dao1023/macro_china_cpi_df.csv", format: .wide)
        series.merge(BacktestPanels.series(from: cpi.map(\.observation))) { $1 }
        return series
    }
}

extension BacktestReport {
    /// `{"datasets":[…],"m3":[…]}` with sorted keys.
    static func json(_ report: BacktestReport) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(report), as: UTF8.self)
    }

    /// A plain-text table per dataset: one row per information month.
    static func table(_ report: BacktestReport) -> String {
        var lines: [String] = []
        func f(_ x: Double?, _ digits: Int = 3) -> String { x.map { String(format: "%.\(digits)f", $0) } ?? "-" }
        for d in report.datasets {
            lines.append("\(d.name): \(d.series) series, \(d.years) years; m = 3…9: skill \(f(d.skill)), "
                         + "coverage 80 % \(f(d.coverage80)), 95 % \(f(d.coverage95))")
            let models = ["carry_forward", "bridge", "seasonal", "pace", "profile", "trend"]
                .filter { name in d.byMonth.contains { $0.mae[name] != nil } }
            lines.append((["month", "n"] + models.map { "MAE \($0)" } + ["MAE chosen", "skill", "cov80", "cov95"])
                .joined(separator: "\t"))
            for m in d.byMonth {
                lines.append(([String(m.month), String(m.count)] + models.map { f(m.mae[$0]) }
                              + [f(m.mae["chosen"]), f(m.skill), f(m.coverage80), f(m.coverage95)]).joined(separator: "\t"))
            }
            let c = d.calibration
            lines.append("P(meet) of pseudo-targets (each year at least the year before), m = 3…9: \(c.cases) cases, "
                         + "Brier \(f(c.brier)) against \(f(c.climatology)) for the base rate")
            lines.append("P(meet) band\tn\tmean P\tmet")
            for band in c.bands {
                lines.append("\(f(band.lower, 1))–\(f(band.upper, 1))\t\(band.count)\t"
                             + (band.count > 0 ? "\(f(band.meanProbability))\t\(f(band.observed))" : "-\t-"))
            }
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
