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

    /// China NBS national series under the ids of the dataset's maps: FAI YTD growth (`nbs_fai`,
    /// with the YTD amounts for weights and levels), industrial value added YTD growth
    /// (`nbs_industry`), retail sales YTD growth (`nbs_retail`, all from the converted Choice
    /// file), the CPI's YTD average index (`nbs_cpi`, from the Eastmoney dump through its map), and
    /// the PPI's year average index (`nbs_ppi`, from its single-month y/y).
    public static func chinaNBS(_ series: [String: SeriesData]) -> [(SeriesData, YearEndMeasure)] {
        var out: [(SeriesData, YearEndMeasure)] = []
        if var fai = series["FAI_YTD_YOY"] {
            if let amounts = series["FAI_YTD_LEVEL"]?.values[.ytdValue] { fai.values[.ytdValue] = amounts }
            out.append((fai.renamed("nbs_fai"), .ytdGrowth))
        }
        for (code, id) in [("IVA_YTD_YOY", "nbs_industry"), ("RETAIL_YTD_YOY", "nbs_retail")] {
            if let data = series[code] { out.append((data.renamed(id), .ytdGrowth)) }
        }
        if let cpi = series["nbs_cpi"]?.values[.ytdAvgIndex] {
            out.append((SeriesData(id: "nbs_cpi", unit: "上年=100", values: [.ytdAvgIndex: cpi]), .yearAverageIndex))
        }
        if let ppi = series["PPI_YOY"] { out.append((ppi.renamed("nbs_ppi"), .yearAverageIndex)) }
        return out
    }

    /// The indicators of the China NBS panel by series id, in the catalogs' words: the names the
    /// bundled reference record (`ReferenceRecord.chinaNBS`) gives them.
    public static let chinaNBSNames = [
        "nbs_fai": "固定资产投资", "nbs_industry": "规模以上工业增加值", "nbs_retail": "社会消费品零售总额",
        "nbs_cpi": "居民消费价格", "nbs_ppi": "工业生产者出厂价格",
    ]

    /// The monthly indicators of the China NBS dataset the indicator bridge reads (each through its
    /// map in `Datasets/china-nbs/maps`): PMI, electricity, new loans, exports, PPI.
    public static let chinaNBSIndicatorFiles = [
        "macro_china_pmi_df", "macro_china_society_electricity_df", "macro_china_new_financial_credit_df",
        "macro_china_exports_yoy_df", "macro_china_ppi_df",
    ]

    /// The China NBS panel's series and every other series of the dataset by id (the panel's own
    /// first): what the indicator bridge reads its indicators from.
    public static func chinaNBSData(_ series: [String: SeriesData]) -> [String: SeriesData] {
        var out = series
        for (data, _) in chinaNBS(series) { out[data.id] = data }
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

extension SeriesData {
    /// The same values under another id.
    func renamed(_ id: String) -> SeriesData {
        var out = self
        out.id = id
        return out
    }
}
