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
        try write(to: path) { temporary in
            do {
                try data.write(to: URL(fileURLWithPath: temporary))
            } catch {
                throw TextFormatsError.cannotWrite(path: path, reason: TextFormatsError.reason(error))
            }
        }
    }

    /// Lets `produce` write the new content into the temporary file it is given (beside `path`),
    /// then renames that over `path`: for writers that make a file themselves (a workbook
    /// library, a stream). If `produce` throws, the temporary file is removed and `path` is left
    /// as it was.
    public static func write(to path: String, by produce: (_ temporaryPath: String) throws -> Void) throws {
        if let problem = TextFormatsError.unwritable(path) { throw problem }
        let temporary = temporaryPath(for: path)
        do {
            try produce(temporary)
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
        try replace(path, with: temporary)
    }

    /// A hidden file name beside `path` to write the new content to.
    static func temporaryPath(for path: String) -> String {
        let destination = URL(fileURLWithPath: path)
        return destination.deletingLastPathComponent()
            .appendingPathComponent(".\(destination.lastPathComponent).\(UUID().uuidString).tmp").path
    }

    /// Renames the finished temporary file over `path`; removes it if that fails.
    static func replace(_ path: String, with temporary: String) throws {
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: temporary)
            throw TextFormatsError.cannotWrite(path: path, reason: reason)
        }
    }
}
