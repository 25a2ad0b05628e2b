import Foundation
import Testing

/// `targettrack init` then `targettrack import` of every dataset bundled in `Datasets/`, as a user
/// would run them: the reconstructed and published Heilongjiang files, every raw China NBS file
/// with its map (akshare dumps, Choice workbooks), and the provincial real-estate panel.
@Suite("targettrack import: every bundled dataset")
struct BundledImportTests {
    static let datasets = TargetTrackProcess.root.appendingPathComponent("Datasets")

    /// Raw files that ship without a map, with the README's reason ("Not imported").
    static let unmapped: Set<String> = [
        "macro_china_cpi_monthly_df.csv",  // month-on-month CPI: no long-format measure for it
        "china_monthly_ytd_nbs_via_choice.csv",  // a conversion of the Choice workbooks, imported instead
    ]

    /// Every bundled file to import, relative to the repository root, with its series map.
    static func bundledFiles() throws -> [(file: String, map: String?)] {
        let files = FileManager.default
        let heilongjiang = try files.contentsOfDirectory(atPath: datasets.appendingPathComponent("heilongjiang-2013").path)
            .filter { $0.hasSuffix(".csv") && !$0.hasPrefix("catalog") }.sorted()
            .map { (file: "Datasets/heilongjiang-2013/\($0)", map: String?.none) }
        let nbs = datasets.appendingPathComponent("china-nbs")
        let raw = try files.subpathsOfDirectory(atPath: nbs.path)
            .filter { ($0.hasSuffix(".csv") || $0.hasSuffix(".xlsx")) && !$0.hasPrefix("maps/") }.sorted()
        let mapped = raw.compactMap { path -> (file: String, map: String?)? in
            let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
            let map = "Datasets/china-nbs/maps/\(name).map.csv"
            guard files.fileExists(atPath: TargetTrackProcess.root.appendingPathComponent(map).path) else { return nil }
            return ("Datasets/china-nbs/\(path)", map)
        }
        let withoutMap = Set(raw.map { ($0 as NSString).lastPathComponent }).subtracting(mapped.map { ($0.file as NSString).lastPathComponent })
        #expect(withoutMap == unmapped, "every raw China NBS file ships with a map, or the README says why not")
        return heilongjiang + mapped
    }

    /// `rows read`, `new observations`, `new vintages`, `unchanged`, `missing values`, `warnings`
    /// from an import's summary line.
    static func counts(_ summary: String) -> [Int] {
        let numbers = summary.split(separator: ":").last.map { part in
            part.split(separator: ",").compactMap { Int($0.split(separator: " ").first ?? "") }
        }
        return Array((numbers ?? []).prefix(6))
    }

    @Test func initThenImportEveryBundledFileThenReimportChangesNothing() throws {
        let folder = try TargetTrackProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let workspace = folder.appendingPathComponent("bundled.sqlite").path
        let initialised = try TargetTrackProcess.run(["init", "--workspace", workspace])
        #expect(initialised.status == 0, "\(initialised.error)")
        let catalog = try TargetTrackProcess.run(["catalog", "import", "Datasets/heilongjiang-2013/catalog.yaml", "--workspace", workspace])
        #expect(catalog.status == 0, "\(catalog.error)")

        let bundled = try Self.bundledFiles()
        #expect(bundled.count == 19, "2 Heilongjiang files, 12 akshare dumps, 4 Choice workbooks, real_es.csv: \(bundled.map(\.file))")
        for (file, map) in bundled {
            let result = try TargetTrackProcess.run(["import", file, "--workspace", workspace] + (map.map { ["--series-map", $0] } ?? []))
            #expect(result.status == 0, "\(file): \(result.error)")
            let counts = Self.counts(result.output.split(whereSeparator: \.isNewline).first.map(String.init) ?? "")
            #expect(counts.count == 6 && counts[0] > 0, "\(file): \(result.output)")
            if file.hasPrefix("Datasets/heilongjiang-2013/") {
                #expect(counts.last == 0, "the catalog links every series the Heilongjiang data measures: \(result.output)")
            }
        }

        let list = try TargetTrackProcess.run(["series", "list", "--format", "csv", "--workspace", workspace])
        let series = Set(list.output.split(whereSeparator: \.isNewline).dropFirst().map { String($0.split(separator: ",").first ?? "") })
        let expected: Set<String> = ["gdp", "fai", "retail", "cpi", "grain", "housing_starts", "afforestation", "nbs_fai",
                                     "nbs_industry", "nbs_gdp_industry", "nbs_retail", "nbs_cpi", "nbs_ppi", "jin10_exports",
                                     "jin10_imports", "nbs_m2", "nec_electricity", "real_estate_investment_beijing"]
        #expect(expected.isSubset(of: series), "missing: \(expected.subtracting(series).sorted())")

        // Jin10 released March 2020 imports twice: both are vintages, read as of each day.
        let early = try TargetTrackProcess.run(["series", "show", "jin10_imports", "--as-of", "2020-04-20", "--format", "csv", "--workspace", workspace])
        let late = try TargetTrackProcess.run(["series", "show", "jin10_imports", "--as-of", "2020-04-30", "--format", "csv", "--workspace", workspace])
        #expect(early.output.contains("2020-03,month_growth,-0.9,%,2020-04-14"), "\(early.output)")
        #expect(late.output.contains("2020-03,month_growth,-1,%,2020-04-23"), "\(late.output)")

        for (file, map) in bundled {
            let again = try TargetTrackProcess.run(["import", file, "--workspace", workspace] + (map.map { ["--series-map", $0] } ?? []))
            let counts = Self.counts(again.output.split(whereSeparator: \.isNewline).first.map(String.init) ?? "")
            #expect(counts.count == 6 && counts[1] == 0 && counts[2] == 0 && counts[3] + counts[4] == counts[0], "\(file): \(again.output)")
        }
    }

    @Test func aReleaseTableWithoutItsMapIsAnErrorNamingTheFile() throws {
        let folder = try TargetTrackProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let workspace = folder.appendingPathComponent("w.sqlite").path
        try TargetTrackProcess.run(["init", "--workspace", workspace])
        let result = try TargetTrackProcess.run(["import", "Datasets/china-nbs/provincial_kjin2020/real_es.csv", "--workspace", workspace])
        #expect(result.status != 0)
        #expect(result.error.contains("real_es.csv: is a release table") && result.error.contains("--series-map"), "\(result.error)")
    }
}
