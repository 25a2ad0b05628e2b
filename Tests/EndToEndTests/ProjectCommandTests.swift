import Foundation
import Testing

/// `targettrack project` as a user runs it.
@Suite struct ProjectCommandTests {
    @Test func aWorkspaceWithoutACatalogIsExplained() throws {
        let folder = try TargetTrackProcess.temporaryFolder()
        let path = folder.appendingPathComponent("w.sqlite").path
        try TargetTrackProcess.run(["init", "--workspace", path])
        let result = try TargetTrackProcess.run(["project", "--workspace", path, "--as-of", "2013-09"])
        #expect(result.status != 0)
        #expect(result.error.contains("no catalog"))
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
