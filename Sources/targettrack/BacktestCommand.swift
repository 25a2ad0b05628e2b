import ArgumentParser
import Foundation
import Evaluation

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
        Naive2 16.9), provincial (YTD real-estate investment of the 31 provinces, \
        2011–2023, judged on the year total).

        Examples:
          targettrack backtest
          targettrack backtest --dataset fred-md --format json
          targettrack backtest --dataset provincial --history-years 2
          targettrack backtest --dataset china-nbs --without-indicators
          targettrack backtest --compare-indicators
          targettrack backtest --dataset china-nbs --history-years 2 --reference-panel
        """
    )

    @Option(help: "One dataset: fred-md, china-nbs, m3 or provincial (default: all).")
    var dataset: BacktestDataset?

    @Option(help: "Score each year as a province with only N prior years would see it (every series cut to those years).")
    var historyYears: Int?

    @Flag(help: "Score China NBS without its related indicators (the indicator bridge then projects nothing).")
    var withoutIndicators = false

    @Flag(help: "Compare China NBS without and with its related indicators (what the indicator bridge adds), and stop.")
    var compareIndicators = false

    @Flag(help: "With --history-years: each China NBS series borrows from the reference record of its indicator built from the years before each scored year only.")
    var referencePanel = false

    @Option(help: "Write the Swift source of the fitted P(meet) recalibration map to this file, and stop.")
    var writeRecalibration: String?

    @Option(help: "Write the Swift source of the China NBS reference record (ReferenceRecord.chinaNBS) to this file, and stop.")
    var writeReference: String?

    @Option(help: "Output format: table or json.")
    var format: Format = .table

    @Option(help: "The folder holding the datasets.", completion: .directory)
    var data = "Datasets"

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json
    }

    func validate() throws {
        if let n = historyYears, n < 1 { throw ValidationError("--history-years must be at least 1 (got \(n))") }
        if referencePanel && historyYears == nil {
            throw ValidationError("--reference-panel needs --history-years (with all history the reference record would be each series' own)")
        }
    }

    func run() throws {
        if let path = writeRecalibration {
            try BacktestDataset.recalibrationSource(folder: data).write(toFile: path, atomically: true, encoding: .utf8)
            return
        }
        if let path = writeReference {
            try BacktestDataset.referenceSource(folder: data).write(toFile: path, atomically: true, encoding: .utf8)
            return
        }
        if compareIndicators {
            let run = { (indicators: Bool) in
                try BacktestDataset.report([.chinaNBS], folder: data, historyYears: historyYears, indicators: indicators).datasets[0]
            }
            print(BacktestReport.indicatorComparison(with: try run(true), without: try run(false)))
            return
        }
        let report = try BacktestDataset.report(dataset.map { [$0] } ?? BacktestDataset.allCases, folder: data,
                                                historyYears: historyYears, indicators: !withoutIndicators,
                                                referencePanel: referencePanel)
        print(format == .json ? try BacktestReport.json(report) : BacktestReport.table(report))
    }
}

extension BacktestDataset: ExpressibleByArgument {}
