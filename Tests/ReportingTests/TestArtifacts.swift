import Foundation

/// Where tests keep what a person may want to look at after a run (screenshots, pages): under
/// `.build/test-artifacts`, which git ignores. Kept, not cleaned up.
enum TestArtifacts {
    static let folder: URL = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let url = root.appendingPathComponent(".build/test-artifacts/reporting")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    static func url(_ name: String) -> URL { folder.appendingPathComponent(name) }
}
