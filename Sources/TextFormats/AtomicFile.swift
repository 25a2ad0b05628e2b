import Foundation

/// Writes files so that a reader sees either the old content or the new, never half a file.
///
/// The content goes to a temporary file in the destination's folder, which is then renamed over
/// the destination (`rename(2)` is atomic within one file system).
///
/// Edge Cases: if anything fails, the temporary file is removed, the destination is left as it
/// was, and a `TextFormatsError.cannotWrite` names the path and the reason.
public enum AtomicFile {
    /// Writes UTF-8 text.
    public static func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }

    /// Writes bytes.
    public static func write(_ data: Data, to path: String) throws {
        let destination = URL(fileURLWithPath: path)
        let folder = destination.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(destination.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try data.write(to: temporary)
        } catch {
            throw TextFormatsError.cannotWrite(path: path, reason: error.localizedDescription)
        }
        guard rename(temporary.path, destination.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw TextFormatsError.cannotWrite(path: path, reason: reason)
        }
    }
}
