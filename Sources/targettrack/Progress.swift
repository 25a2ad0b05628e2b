import Foundation
import Workspace

/// Progress lines on standard error, shown only when it is a terminal (never in pipes or logs).
struct Progress {
    let enabled = isatty(FileHandle.standardError.fileDescriptor) == 1

    func step(_ message: String) {
        guard enabled else { return }
        FileHandle.standardError.write(Data("… \(message)\n".utf8))
    }

    /// Rows imported so far from a file, with the rate since `start`; `nil` when off.
    func importing(_ file: String, since start: Date = Date()) -> ImportProgress? {
        guard enabled else { return nil }
        return ImportProgress { rows in
            let rate = Double(rows) / Swift.max(Date().timeIntervalSince(start), 1e-3)
            step("\(file): \(rows.formatted()) rows imported (\(Int(rate).formatted()) rows/s)")
        }
    }
}
