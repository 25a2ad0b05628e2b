import Foundation
import TargetModel
import TextFormats
@testable import Projection

/// The bundled Heilongjiang 2013 series (long CSV) and a catalog of its headline targets, as
/// written in the 2013 allocation document (see Datasets/heilongjiang-2013/published-figures.md).
enum HeilongjiangFixture {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Datasets/heilongjiang-2013").path

    /// Every series of the reconstructed file, without vintages (the newest value of each period).
    static func series() throws -> [String: SeriesData] {
        var reader = try CSVReader(path: root + "/heilongjiang-2013-reconstructed.csv")
        _ = try reader.next()
        var out: [String: SeriesData] = [:]
        while let r = try reader.next() {
            guard let period = Period(r[1]), let measure = Measure(rawValue: r[2]), let value = Double(r[3]) else {
                throw TextFormatsError.malformedCSV(location: r.locations[0], message: "unexpected row in the fixture")
            }
            out[r[0], default: SeriesData(id: r[0], unit: r[4])].set(measure, period, value)
        }
        return out
    }

    static func target(_ id: String, _ indicator: String, _ kind: TargetKind, _ comparator: TargetModel.Comparator,
                       _ value: Double?, _ unit: String, series: String?, direction: Direction = .increase,
                       tolerance: Double? = nil) -> Target {
        Target(id: id, year: 2013, section: "一", indicator: indicator, kind: kind, comparator: comparator,
               direction: direction, value: value, unit: unit, series: series, tolerance: tolerance)
    }

    static let catalog = Catalog(targets: [
        target("T01", "地区生产总值", .growthRate, .approx, 11, "%", series: "gdp", tolerance: 0.5),
        target("T02", "规模以上工业增加值", .growthRate, .approx, 12, "%", series: "industry", tolerance: 0.5),
        target("T03", "全社会固定资产投资", .growthRate, .atLeast, 30, "%", series: "fai"),
        target("T04", "社会消费品零售总额", .growthRate, .atLeast, 15, "%", series: "retail"),
        target("T05", "公共财政收入", .growthRate, .approx, 13, "%", series: "fiscal_revenue", tolerance: 0.5),
        target("T06", "进出口总额", .growthRate, .approx, 8, "%", series: "trade", tolerance: 0.5),
        target("T07", "居民消费价格涨幅", .growthRate, .atMost, 3.5, "%", series: "cpi", direction: .level, tolerance: 0.5),
        target("T08", "城镇登记失业率", .ratio, .atMost, 4.6, "%", series: "unemployment", direction: .level),
        target("T09", "粮食总产", .level, .exact, 1300, "亿斤", series: "grain"),
        target("T10", "单位GDP综合能耗", .growthRate, .atLeast, 3.5, "%", series: "energy_intensity", direction: .decrease),
        target("T11", "保障房新开工", .level, .exact, 26, "万套", series: "housing_starts"),
        target("T12", "城镇居民人均可支配收入", .growthRate, .atLeast, 12, "%", series: "urban_income"),
        target("T13", "深化行政审批制度改革", .milestone, .exact, nil, "", series: nil),
        target("T14", "棚户区改造", .level, .exact, 10, "万户", series: nil),
        target("T15", "城镇新增就业", .level, .exact, 60, "万人", series: "urban_jobs"),
    ])
}
