import Foundation
import TextFormats

/// The checksum recorded in the import log: CRC-32 of a file's bytes, as 8 hex digits.
public enum FileChecksum {
    /// - Throws: `SeriesIOError.unreadable` when the file cannot be read.
    public static func crc32(path: String) throws -> String {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw SeriesIOError.unreadable(.cannotRead(path: path, reason: "cannot open the file"))
        }
        defer { try? handle.close() }
        var checksum = CRC32Checksum()
        do {
            while let chunk = try handle.read(upToCount: 1 << 22), !chunk.isEmpty {
                chunk.withUnsafeBytes { checksum.update($0) }
            }
        } catch {
            throw SeriesIOError.unreadable(.cannotRead(path: path, reason: "\(error)"))
        }
        return checksum.hex
    }
}
