import Foundation
import Projection
import TargetModel
import TargetTrackKit
import Testing
import Workspace

/// Which workspace series borrows from which indicator of the bundled China NBS reference record
/// (`Resources/reference-indicators.yaml`, decision 041).
@Suite struct ReferenceLinksTests {
    static func target(_ id: String, _ indicator: String, series: String?) -> Target {
        Target(id: id, year: 2013, section: "一", indicator: indicator, kind: .growthRate, comparator: .atLeast,
               direction: .increase, value: 10, unit: "%", series: series)
    }

    static let catalog = Catalog(targets: [
        target("T1", "全社会固定资产投资", series: "hlj_investment"),
        target("T2", "规模以上工业增加值", series: "hlj_iva"),
        target("T3", "社会消费品零售总额", series: "hlj_retail"),
        target("T4", "居民消费价格涨幅", series: "hlj_cpi"),
        target("T5", "地区生产总值", series: "gdp"),
        target("T6", "进出口总额", series: "trade"),
        target("T7", "某项新指标", series: "fai"),
        target("T8", "房地产开发投资", series: "hlj_real_estate"),
    ])

    @Test("The bundled map sends each indicator name or series id to its China NBS record, and GDP, trade and real-estate investment nowhere")
    func bundledMap() throws {
        let links = try ReferenceLinks.bundled(for: Self.catalog)
        #expect(links.records.mapValues(\.series) == [
            "T1": "nbs_fai", "T2": "nbs_industry", "T3": "nbs_retail", "T4": "nbs_cpi", "T7": "nbs_fai",
        ])
        #expect(links.records["T1"]?.indicator == "固定资产投资")
        #expect(links.records["T4"]?.measure == .yearAverageIndex)
    }

    @Test("Every bundled record covers the information months 2…11 with carry-forward's ratio 1 and a scale")
    func bundledRecordsCoverTheYear() {
        #expect(Set(ReferenceRecord.chinaNBS.map(\.series)) == ["nbs_fai", "nbs_industry", "nbs_retail", "nbs_cpi", "nbs_ppi"])
        for record in ReferenceRecord.chinaNBS {
            for m in 2...11 {
                let month = record.months[m]
                #expect(month?.ratios[ModelID("carry_forward")] == 1, "\(record.series) m = \(m)")
                #expect(month?.scale.map { $0 > 0 } == true, "\(record.series) m = \(m)")
            }
        }
    }

    @Test("The series id comes before the indicator name")
    func seriesIdFirst() throws {
        let catalog = Catalog(targets: [Self.target("T1", "社会消费品零售总额", series: "industry")])
        #expect(try ReferenceLinks.bundled(for: catalog).records["T1"]?.series == "nbs_industry")
    }

    @Test("A map entry naming no record, or more than one, is refused with its file and line")
    func badMapEntries() {
        let text = "fai: [nbs_fai]\ngdp: [nbs_gdp]\nretail: [nbs_retail, nbs_cpi]\n"
        #expect {
            try ReferenceLinks.map(parsing: text, file: "map.yaml")
        } throws: { error in
            let message = "\(error)"
            return message.contains("map.yaml:2: gdp needs one reference record of nbs_cpi, nbs_fai, nbs_industry, nbs_ppi, nbs_retail")
                && message.contains("map.yaml:3: retail needs one reference record")
        }
    }

    @Test("The tracker borrows nothing unless the reference panel is switched on")
    func offByDefault() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reference-links-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var tracker = TargetTracker(store: try Workspace(path: folder.appendingPathComponent("w.sqlite").path))
        #expect(try tracker.referenceLinks(for: Self.catalog) == .none)
        tracker.referencePanel = true
        #expect(try tracker.referenceLinks(for: Self.catalog) == ReferenceLinks.bundled(for: Self.catalog))
    }
}
