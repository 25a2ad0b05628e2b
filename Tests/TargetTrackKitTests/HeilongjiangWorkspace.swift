import Foundation
import TargetTrackKit
import Workspace

/// The bundled Heilongjiang 2013 example in a fresh workspace, made through the library as a
/// Swift user would: the reviewed catalog, the reconstructed monthly releases and the published figures.
enum HeilongjiangWorkspace {
    static let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Datasets/heilongjiang-2013").path

    /// A tracker on a new workspace in a temporary folder.
    static func tracker() throws -> TargetTracker {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("targettrack-kit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let tracker = TargetTracker(store: try Workspace(path: folder.appendingPathComponent("hlj.sqlite").path))
        try tracker.importCatalog(data + "/catalog.yaml")
        for file in ["heilongjiang-2013-reconstructed.csv", "published.csv"] {
            _ = try tracker.importFile(data + "/" + file)
        }
        return tracker
    }
}
