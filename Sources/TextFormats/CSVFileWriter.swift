import Foundation

/// Streams CSV rows to a file (atomically: readers see the old file until `finish()`) or to
/// standard output, in large blocks, so that millions of rows need constant memory.
public struct CSVFileWriter {
    private let writer: CSVWriter
    private let handle: FileHandle
    private let destination: String?
    private let temporary: String?
    private var pending = ""

    private static let blockSize = 1 << 20

    /// Writes to `path`, or to standard output when `path` is `nil`.
    /// - Throws: `TextFormatsError.cannotWrite` when the file cannot be created.
    public init(path: String?, writer: CSVWriter = CSVWriter()) throws {
        self.writer = writer
        destination = path
        if let path {
            if let problem = TextFormatsError.unwritable(path) { throw problem }
            let temporary = AtomicFile.temporaryPath(for: path)
            guard FileManager.default.createFile(atPath: temporary, contents: nil),
                  let handle = FileHandle(forWritingAtPath: temporary) else {
                throw TextFormatsError.cannotWrite(path: path, reason: "cannot create a file in its folder")
            }
            self.temporary = temporary
            self.handle = handle
        } else {
            temporary = nil
            handle = FileHandle.standardOutput
        }
        if writer.byteOrderMark { pending = "\u{FEFF}" }
    }

    /// Appends one row.
    public mutating func write(_ cells: [CSVCell]) throws {
        pending += writer.line(cells)
        if pending.utf8.count >= Self.blockSize { try flush() }
    }

    /// Writes what remains and, for a file, puts it in place.
    public mutating func finish() throws {
        try flush()
        if let destination, let temporary {
            try? handle.close()
            try AtomicFile.replace(destination, with: temporary)
        }
    }

    private mutating func flush() throws {
        do {
            try handle.write(contentsOf: Data(pending.utf8))
        } catch {
            if let temporary { try? FileManager.default.removeItem(atPath: temporary) }
            throw TextFormatsError.cannotWrite(path: destination ?? "standard output", reason: TextFormatsError.reason(error))
        }
        pending = ""
    }
}
