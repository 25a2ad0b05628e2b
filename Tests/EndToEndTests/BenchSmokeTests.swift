import Foundation
import Testing

@Suite("targettrack bench (smoke run)")
struct BenchSmokeTests {
    @Test("A tiny synthetic panel goes through every phase and writes its results")
    func tinyPanel() throws {
        let folder = try TargetTrackProcess.temporaryFolder()
        let results = folder.appendingPathComponent("RESULTS.md")
        let run = try TargetTrackProcess.run(["bench", "--series", "80", "--runs", "1", "--growth",
                                              "--scratch", folder.path, "--results", results.path])
        #expect(run.status == 0, "\(run.error)")
        let text = try String(contentsOf: results, encoding: .utf8)
        for phase in ["import CSV → workspace", "load as of 2013-09", "fit + project (shared-design kernel)",
                      "projection engine (model choice, intervals)", "risk + department roll-up", "risk list CSV export"] {
            #expect(text.contains("| \(phase) |"), "missing phase \(phase)")
        }
        #expect(text.contains("80 of 80 targets projected"))
        #expect(text.contains("GFLOP/s"))
        let panel = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("synthetic-panel-") && $0.hasSuffix(".csv") }
        #expect(panel.count == 1)
    }

    @Test("The synthetic panel is reproducible from its seed")
    func seeded() throws {
        let a = try TargetTrackProcess.temporaryFolder(), b = try TargetTrackProcess.temporaryFolder()
        for folder in [a, b] {
            let run = try TargetTrackProcess.run(["bench", "--series", "40", "--runs", "1", "--scratch", folder.path])
            #expect(run.status == 0, "\(run.error)")
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: a.path).filter { $0.hasPrefix("synthetic-panel-") }
        #expect(names.count == 1 && names[0].hasSuffix("-seed20130930.csv"), "\(names)")
        for name in names {
            #expect(try Data(contentsOf: a.appendingPathComponent(name)) == Data(contentsOf: b.appendingPathComponent(name)))
        }
    }

    @Test("An empty panel or no runs is a usage error, not a crash", arguments: [["--series", "0"], ["--runs", "0"]])
    func rejectsNothingToMeasure(arguments: [String]) throws {
        let folder = try TargetTrackProcess.temporaryFolder()
        let run = try TargetTrackProcess.run(["bench", "--scratch", folder.path] + arguments)
        #expect(run.status == 64, "\(run.error)")
        #expect(run.error.contains("must be at least 1"))
    }
}
