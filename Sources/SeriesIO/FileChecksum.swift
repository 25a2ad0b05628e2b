import Foundation
import TextFormats

/// The checksum recorded in the import log: CRC-32 of a file's bytes, as 8 hex digits.
public enum FileChecksum {
    /// - Throws: `SeriesIOError.unreadable` when the file cannot be read.
    public static func crc32(path: String) throws -> String {
        try SeriesIOError.whileReading {
            let handle = try ReadableFile.open(path)
            defer { try? handle.close() }
            var checksum = CRC32Checksum()
            while case let chunk = try ReadableFile.read(handle, upToCount: 1 << 22, path: path), !chunk.isEmpty {
                chunk.withUnsafeBytes { checksum.update($0) }
            }
            return checksum.hex
        }
    }
}
