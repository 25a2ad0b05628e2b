import Foundation

/// Progress lines on standard error, shown only when it is a terminal (never in pipes or logs).
struct Progress {
    let enabled = isatty(FileHandle.standardError.fileDescriptor) == 1

    func step(_ message: String) {
        guard enabled else { return }
        FileHandle.standardError.write(Data("… \(message)\n".utf8))
    }
}
