import Foundation
import Testing

/// `targettrack project` as a user runs it.
@Suite struct ProjectCommandTests {
    @Test("A workspace without a catalog is explained in one line, exit 1, without usage text",
          arguments: ["project", "risks", "departments", "report", "goal-seek"])
    func aWorkspaceWithoutACatalogIsExplained(command: String) throws {
        let folder = try TargetTrackProcess.temporaryFolder()
        let path = folder.appendingPathComponent("w.sqlite").path
        try TargetTrackProcess.run(["init", "--workspace", path])
        let arguments = command == "goal-seek" ? ["goal-seek", "T001"]
            : command == "report" ? ["report", "--output", folder.appendingPathComponent("r.html").path] : [command]
        let result = try TargetTrackProcess.run(arguments + ["--workspace", path, "--as-of", "2013-09"])
        #expect(result.status == 1)
        #expect(result.error.contains("no catalog yet; import one with `targettrack catalog import FILE`"))
        #expect(!result.error.contains("Usage"))
    }

    @Test("With no month of data yet, project and risks ask for --as-of in one line, exit 1", arguments: ["project", "risks"])
    func noDataYetAsksForAsOf(command: String) throws {
        let folder = try TargetTrackProcess.temporaryFolder()
        let path = folder.appendingPathComponent("w.sqlite").path
        try TargetTrackProcess.run(["init", "--workspace", path])
        try TargetTrackProcess.run(["catalog", "import", "Datasets/heilongjiang-2013/catalog.yaml", "--workspace", path])
        let result = try TargetTrackProcess.run([command, "--workspace", path])
        #expect(result.status == 1)
        #expect(result.error.contains("no series linked to the catalog has"))
        #expect(result.error.contains("--as-of"))
        #expect(!result.error.contains("Usage"))
    }

    @Test func asOfMustBeAMonth() throws {
        let result = try TargetTrackProcess.run(["project", "--as-of", "2013-13"])
        #expect(result.status != 0)
        #expect(result.error.contains("YYYY-MM"))
    }

    @Test func asOfAndKnownAtExcludeEachOther() throws {
        let result = try TargetTrackProcess.run(["project", "--as-of", "2013-09", "--known-at", "2013-10-20"])
        #expect(result.status != 0)
        #expect(result.error.contains("not both"))
    }
}
