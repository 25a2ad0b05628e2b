import Foundation
import Projection
import SeriesIO
import TargetModel

/// The bundled real datasets `backtest` scores, read from their folders under `Datasets`.
public enum BacktestDataset: String, Sendable, CaseIterable {
    /// 20 FRED-MD real-activity and price series, scored from 1970 on.
    case fredMD = "fred-md"
    /// China NBS national FAI, industrial value added and retail YTD growth, the CPI and PPI year averages.
    case chinaNBS = "china-nbs"
    /// The seasonal model on the 1,428 M3 monthly series (sMAPE beside the published figures).
    case m3
    /// YTD real-estate investment of the 31 provinces, 2011–2023, judged on the year total
    /// (pseudo-target: at least last year's, i.e. growth ≥ 0).
    case provincial

    /// Backtests the datasets whose files are under `folder`.
    ///
    /// `historyYears` scores each year with only that many prior years of every series (see
    /// `Backtest.run`); M3 ignores it.
    public static func report(_ datasets: [BacktestDataset], folder data: String, historyYears: Int? = nil) throws -> BacktestReport {
        var report = BacktestReport(datasets: [])
        for which in datasets {
            switch which {
            case .fredMD:
                let file = try FREDMD.read(path: data + "/fred-md/fredmd_vintage_2026-02.csv")
                report.datasets.append(try Backtest.run(name: which.rawValue, series: BacktestPanels.fredMD(file.series),
                                                        evaluationYears: BacktestPanels.fredMDYears, historyYears: historyYears))
            case .chinaNBS:
                let series = try chinaNBS(data + "/china-nbs")
                report.datasets.append(try Backtest.run(name: which.rawValue, series: BacktestPanels.chinaNBS(series),
                                                        historyYears: historyYears))
            case .provincial:
                let observations = try ReleaseFileReader(map: SeriesMap(path: data + "/china-nbs/maps/real_es.map.csv"))
                    .read(path: data + "/china-nbs/provincial_kjin2020/real_es.csv", format: .wide)
                let series = BacktestPanels.series(from: observations.map(\.observation))
                report.datasets.append(try Backtest.run(name: which.rawValue,
                                                        series: series.keys.sorted().map { (series[$0]!, .yearTotal) },
                                                        historyYears: historyYears))
            case .m3:
                let series = try M3Monthly.read(path: data + "/m3/M3C_Monthly.csv").map {
                    M3Accuracy.Series(training: Array($0.training), test: Array($0.test), startMonth: max(1, $0.startMonth))
                }
                report.m3 = [try M3Accuracy.seasonal(series), M3Accuracy.naive(series)]
            }
        }
        return report
    }

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
