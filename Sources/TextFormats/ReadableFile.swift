import Foundation

/// Opening and reading a file with errors a user can act on (`TextFormatsError.cannotRead`): a
/// missing file, a folder, a file that cannot be opened and a read that fails are told apart, in
/// the operating system's words rather than a Foundation error dump.
public enum ReadableFile {
    /// A handle on the file at `path`, for reading.
    public static func open(_ path: String) throws -> FileHandle {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw TextFormatsError.cannotRead(path: path, reason: "no such file")
        }
        guard !isFolder.boolValue else { throw TextFormatsError.cannotRead(path: path, reason: "it is a folder, not a file") }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw TextFormatsError.cannotRead(path: path, reason: "cannot open the file")
        }
        return handle
    }

    /// Up to `count` bytes from `handle` (empty at the end of the file); a failed read names `path`.
    public static func read(_ handle: FileHandle, upToCount count: Int, path: String) throws -> Data {
        do {
            return try handle.read(upToCount: count) ?? Data()
        } catch {
            throw TextFormatsError.cannotRead(path: path, reason: TextFormatsError.reason(error))
        }
    }

    /// The whole file at `path`.
    public static func contents(_ path: String) throws -> Data {
        let handle = try open(path)
        defer { try? handle.close() }
        do {
            return try handle.readToEnd() ?? Data()
        } catch {
            throw TextFormatsError.cannotRead(path: path, reason: TextFormatsError.reason(error))
        }
    }

    /// The whole file at `path` as UTF-8 text (a byte-order mark is kept as U+FEFF).
    public static func utf8Text(_ path: String) throws -> String {
        guard let text = String(data: try contents(path), encoding: .utf8) else {
            throw TextFormatsError.cannotRead(path: path, reason: "it is not UTF-8 text")
        }
        return text
    }
}

extension TextFormatsError {
    /// The operating system's description of a file error (`strerror` for POSIX errors), rather
    /// than a Foundation error dump.
    static func reason(_ error: Error) -> String {
        let error = error as NSError
        let posix = error.domain == NSPOSIXErrorDomain ? error : error.userInfo[NSUnderlyingErrorKey] as? NSError
        if let posix, posix.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(posix.code))) }
        return error.localizedDescription
    }

    /// Why `path` cannot be written before trying: its folder is missing, or it is a folder.
    static func unwritable(_ path: String) -> TextFormatsError? {
        var isFolder: ObjCBool = false
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        if !FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) || !isFolder.boolValue {
            return .cannotWrite(path: path, reason: "no such folder \(folder)")
        }
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            return .cannotWrite(path: path, reason: "it is a folder, not a file")
        }
        return nil
    }
}
