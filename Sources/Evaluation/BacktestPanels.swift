import Projection
import TargetModel

/// The real panels `backtest` scores, as plain values: which series, judged on which measure.
/// The command line and the tests read the files (through SeriesIO) and hand the series here.
public enum BacktestPanels {
    /// FRED-MD real-activity and price series, judged on their annual-average growth (the December
    /// YTD growth of the monthly levels); UNRATE is judged on its December level.
    public static let fredMDMnemonics = [
        "INDPRO", "IPFINAL", "IPMAT", "PAYEMS", "USGOOD", "SRVPRD", "MANEMP", "CE16OV", "UNRATE",
        "RPI", "W875RX1", "DPCERA3M086SBEA", "RETAILx", "CMRMTSPLx", "AMDMNOx", "HOUST", "PERMIT",
        "CPIAUCSL", "CPIULFSL", "PCEPI",
    ]
    /// Years scored on FRED-MD (earlier years only train).
    public static let fredMDYears = 1970...2100

    /// The FRED-MD panel from a file's series (levels as `month_value`).
    ///
    /// Edge cases: mnemonics missing from the file are skipped.
    public static func fredMD(_ series: [String: SeriesData]) -> [(SeriesData, YearEndMeasure)] {
        fredMDMnemonics.compactMap { name in
            guard let data = series[name] else { return nil }
            if name == "UNRATE" {
                return (SeriesData(id: name, unit: "%", values: [.level: data.values[.monthValue] ?? [:]]), .yearEndLevel)
            }
            return (data, .ytdGrowth)
        }
    }

    /// China NBS national series: FAI YTD growth (with the YTD amounts for weights and levels),
    /// industrial value added YTD growth, retail sales YTD growth (all from the converted Choice
    /// file), the CPI's YTD average index (`nbs_cpi`, from the Eastmoney dump through its map), and
    /// the PPI's year average index (from its single-month y/y).
    public static func chinaNBS(_ series: [String: SeriesData]) -> [(SeriesData, YearEndMeasure)] {
        var out: [(SeriesData, YearEndMeasure)] = []
        if var fai = series["FAI_YTD_YOY"] {
            fai.id = "FAI"
            if let amounts = series["FAI_YTD_LEVEL"]?.values[.ytdValue] { fai.values[.ytdValue] = amounts }
            out.append((fai, .ytdGrowth))
        }
        for code in ["IVA_YTD_YOY", "RETAIL_YTD_YOY"] {
            if let data = series[code] { out.append((data, .ytdGrowth)) }
        }
        if let cpi = series["nbs_cpi"]?.values[.ytdAvgIndex] {
            out.append((SeriesData(id: "nbs_cpi", unit: "上年=100", values: [.ytdAvgIndex: cpi]), .yearAverageIndex))
        }
        if let ppi = series["PPI_YOY"] { out.append((ppi, .yearAverageIndex)) }
        return out
    }

    /// Observations gathered into series (a later observation of a period replaces an earlier one).
    public static func series(from observations: [Observation]) -> [String: SeriesData] {
        var out: [String: SeriesData] = [:]
        for o in observations {
            out[o.series, default: SeriesData(id: o.series, unit: o.unit)].set(o.measure, o.period, o.value)
        }
        return out
    }
}
