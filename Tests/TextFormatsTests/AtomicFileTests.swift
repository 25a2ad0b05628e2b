import Foundation
import Testing
import TextFormats

@Suite struct AtomicFileTests {
    private func scratchFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func replacesTheFileAndLeavesNoTemporaryBehind() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("risks.csv").path
        try AtomicFile.write("old\n", to: path)
        try AtomicFile.write("新\n", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "新\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["risks.csv"])
    }

    @Test func aFailedWriteNamesThePathAndLeavesNothingBehind() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // A non-empty directory at the destination cannot be renamed over.
        let destination = folder.appendingPathComponent("report.html")
        try FileManager.default.createDirectory(at: destination, withIntermediateDirectories: true)
        try AtomicFile.write("keep", to: destination.appendingPathComponent("inside").path)
        #expect {
            try AtomicFile.write("<html>", to: destination.path)
        } throws: { error in
            guard case let TextFormatsError.cannotWrite(path, _) = error else { return false }
            return path == destination.path
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.html"])
        #expect(try String(contentsOfFile: destination.appendingPathComponent("inside").path, encoding: .utf8) == "keep")
    }

    @Test func aMissingFolderIsReported() {
        #expect(throws: TextFormatsError.self) {
            try AtomicFile.write("x", to: "/nonexistent-folder-\(UUID().uuidString)/risks.csv")
        }
    }
}
