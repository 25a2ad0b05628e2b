import Foundation
import Testing

/// The bundled Heilongjiang 2013 example end to end, as the main job runs it in a fresh folder:
/// catalog, reconstructed releases and published figures in; projections, risks, links and the
/// 四季度投资放缓 scenario out.
@Suite struct HeilongjiangPipelineTests {
    /// What the pipeline printed, run once for every test in the suite.
    struct Outputs: Sendable {
        var catalogIDs: [String]
        var projections: [String: String]
        var risks: String
        var links: String
        var scenarios: String
        var baselineBefore: String
        var baselineAfter: String
    }

    static let outputs: Result<Outputs, PipelineFailure> = Result { try runPipeline() }.mapError { PipelineFailure(message: "\($0)") }

    struct PipelineFailure: Error, Sendable { var message: String }

    static func runPipeline() throws -> Outputs {
        let folder = try TargetTrackProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = TargetTrackProcess.root.appendingPathComponent("Datasets/heilongjiang-2013")
        let environment = ["TARGETTRACK_WORKSPACE": folder.appendingPathComponent("w.sqlite").path]
        func run(_ arguments: [String]) throws -> String {
            let result = try TargetTrackProcess.run(arguments, in: folder, environment: environment)
            guard result.status == 0 else {
                throw PipelineFailure(message: "targettrack \(arguments.joined(separator: " ")) failed: \(result.error)")
            }
            return result.output
        }
        func file(_ name: String) -> String { data.appendingPathComponent(name).path }

        _ = try run(["init"])
        _ = try run(["catalog", "import", file("catalog.yaml")])
        _ = try run(["import", file("heilongjiang-2013-reconstructed.csv"), file("published.csv")])
        var projections: [String: String] = [:]
        for month in ["2013-06", "2013-09"] {
            projections[month] = try run(["project", "--as-of", month, "--format", "json"])
        }
        let risks = try run(["risks", "--as-of", "2013-09", "--format", "json"])
        _ = try run(["links", "fit", file("links.yaml")])
        let links = try run(["links", "show", "--format", "json"])
        let scenario = try run(["scenario", "run", file("scenarios/q4-investment-slowdown.yaml"), "--format", "json"])
        let baselineAfter = try run(["project", "--as-of", "2013-09", "--format", "json"])
        let catalog = try String(contentsOfFile: file("catalog.csv"), encoding: .utf8)
        let ids = catalog.split(whereSeparator: \.isNewline).compactMap { line -> String? in
            let id = line.prefix { $0 != "," }
            return id.count == 4 && id.first == "T" && id.dropFirst().allSatisfy(\.isNumber) ? String(id) : nil
        }
        return Outputs(catalogIDs: ids, projections: projections, risks: risks, links: links, scenarios: scenario,
                       baselineBefore: projections["2013-09"]!, baselineAfter: baselineAfter)
    }

    static func objects(_ json: String, key: String) throws -> [[String: Any]] {
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        return try #require(root[key] as? [[String: Any]])
    }

    @Test(arguments: ["2013-06", "2013-09"])
    func everyCatalogTargetHasAProjectionRow(asOf: String) throws {
        let outputs = try Self.outputs.get()
        #expect(outputs.catalogIDs.count == 180)
        let rows = try Self.objects(try #require(outputs.projections[asOf]), key: "targets")
        #expect(rows.compactMap { $0["id"] as? String } == outputs.catalogIDs)
    }

    @Test func growthInvestmentAndTradeAreAtRiskInSeptember() throws {
        let rows = try Self.objects(try Self.outputs.get().risks, key: "targets")
        let status = Dictionary(uniqueKeysWithValues: rows.compactMap { row in
            (row["id"] as? String).map { ($0, row["status"] as? String ?? "") }
        })
        for id in ["T001", "T003", "T006"] {   // GDP 11 %, investment 30 %, trade 8 %
            #expect(["at_risk", "off_track"].contains(status[id]), "\(id) is \(status[id] ?? "missing")")
        }
    }

    @Test func gdpRisesWithInvestmentInTheFittedLinks() throws {
        let rows = try Self.objects(try Self.outputs.get().links, key: "links")
        let fai = try #require(rows.first { $0["series"] as? String == "gdp" && $0["term"] as? String == "fai" })
        let coefficient = try #require(fai["coefficient"] as? Double)
        let standardError = try #require(fai["standard_error"] as? Double)
        #expect(coefficient > 0 && coefficient / standardError > 2, "\(fai)")
    }

    @Test func aSlowerFourthQuarterForInvestmentLowersInvestmentAndGDP() throws {
        let rows = try Self.objects(try Self.outputs.get().scenarios, key: "rows")
        for id in ["T003", "T001"] {
            let row = try #require(rows.first { $0["id"] as? String == id && $0["scenario"] as? String == "四季度投资放缓" })
            let baseline = try #require(row["baseline_projection"] as? Double)
            let shocked = try #require(row["projection"] as? Double)
            #expect(shocked < baseline, "\(id): \(shocked) against \(baseline)")
            let before = try #require(row["baseline_probability"] as? Double)
            let after = try #require(row["probability"] as? Double)
            #expect(after < before, "\(id): P(meet) \(after) against \(before)")
        }
    }

    @Test func theScenarioLeavesTheBaselineUnchanged() throws {
        let outputs = try Self.outputs.get()
        #expect(outputs.baselineBefore == outputs.baselineAfter)
    }
}
