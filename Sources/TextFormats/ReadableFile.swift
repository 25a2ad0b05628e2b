import Foundation

/// Opening and reading a file with errors a user can act on (`TextFormatsError.cannotRead`): a
/// missing file, a folder, a file that cannot be opened and a read that fails are told apart, in
/// the operating system's words rather than a Foundation error dump.
public enum ReadableFile {
    /// A handle on the file at `path`, for reading.
    public static func open(_ path: String) throws -> FileHandle {
        switch PathKind(path) {
        case .missing: throw TextFormatsError.cannotRead(path: path, reason: "no such file")
        case .folder: throw TextFormatsError.cannotRead(path: path, reason: "it is a folder, not a file")
        case .file: break
        }
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
        let folder = PathKind.folder(of: path)
        if PathKind(folder) != .folder { return .cannotWrite(path: path, reason: "no such folder \(folder)") }
        if PathKind(path) == .folder { return .cannotWrite(path: path, reason: "it is a folder, not a file") }
        return nil
    }
}

/// What a path names on disk, for errors that say so before anything is opened or created.
public enum PathKind: Equatable, Sendable {
    case missing, file, folder

    public init(_ path: String) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            self = .missing
            return
        }
        self = isFolder.boolValue ? .folder : .file
    }

    /// The folder `path` is in.
    public static func folder(of path: String) -> String {
        URL(fileURLWithPath: path).deletingLastPathComponent().path
    }
}
