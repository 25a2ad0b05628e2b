import Foundation

/// Paths of the files bundled in the repository's `Datasets/` folder.
enum BundledData {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Datasets")

    static func path(_ relative: String) -> String {
        root.appendingPathComponent(relative).path
    }
}
