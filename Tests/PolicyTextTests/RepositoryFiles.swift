import Foundation

/// Files of the repository the tests read: fixtures beside the tests and the bundled datasets.
enum RepositoryFiles {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let root = testsFolder.deletingLastPathComponent().deletingLastPathComponent()

    static func fixture(_ name: String) -> URL { testsFolder.appendingPathComponent("Fixtures").appendingPathComponent(name) }
    static func dataset(_ path: String) -> URL { root.appendingPathComponent("Datasets").appendingPathComponent(path) }
}
