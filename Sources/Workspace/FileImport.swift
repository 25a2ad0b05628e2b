import Foundation
import SeriesIO
import TargetModel
import TextFormats

extension Workspace {
    /// Imports one file in whatever layout it has: TargetTrack's long CSV format, or a release
    /// table (wide CSV in any supported encoding, or an XLSX workbook) read through a series map.
    ///
    /// - `format`: `.auto` tells the layouts apart (`ReleaseFormat.detect`): a ZIP archive is a
    ///   workbook, a text file with the long format's header is long, anything else is wide.
    /// - `encoding`: `nil` detects it (`TextDecoding`). A long file in UTF-8 streams in constant
    ///   memory; in another encoding it is decoded whole first.
    /// - `map`: required for wide and XLSX files.
    /// - `defaultReleased`: the release date of observations the file gives none for.
    /// - `year`: the year of period labels that print none (`1-2月`), in a file (or a table
    ///   without a title) that gives none.
    /// - `progress`: told of the rows stored so far as the import goes.
    ///
    /// One file is one transaction, as in `importObservations(from:checksum:strict:progress:)`.
    /// - Throws: `WorkspaceError.seriesMapRequired`, `ReleaseError`, `SeriesIOError`,
    ///   `TextDecodingError`, database errors.
    public func importFile(path: String, format: ReleaseFormat = .auto, encoding: TextEncoding? = nil,
                           map: SeriesMap? = nil, defaultReleased: CalendarDay? = nil, year: Int? = nil,
                           strict: Bool = false, progress: ImportProgress? = nil) throws -> ImportRecord {
        let head = try Self.head(of: path)
        let layout = format == .auto ? ReleaseFormat.detect(head, encoding: encoding) : format
        switch layout {
        case .long:
            let found = encoding ?? (try? TextDecoding.decode(head, source: path))?.encoding
            if found == .utf8 || found == .utf8WithBOM {
                return try importLongCSV(path: path, defaultReleased: defaultReleased, year: year, strict: strict, progress: progress)
            }
            let data = try SeriesIOError.whileReading { try ReadableFile.contents(path) }
            let text = try TextDecoding.decode(data, source: path, as: encoding).text
            return try importObservations(from: LongCSVReader(text: text, file: path, defaultReleased: defaultReleased, defaultYear: year),
                                          checksum: FileChecksum.crc32(path: path), strict: strict, progress: progress)
        case .wide, .xlsx, .auto:
            guard let map else {
                // Text that does not decode says so, rather than being called a release table.
                if layout != .xlsx { _ = try TextDecoding.decode(head, source: path, as: encoding) }
                throw WorkspaceError.seriesMapRequired(file: path)
            }
            let observations = try ReleaseFileReader(map: map, encoding: encoding, year: year).read(path: path, format: layout)
            let rows = observations.map { read in
                var observation = read.observation
                if observation.released == nil { observation.released = defaultReleased }
                return SourcedObservation(observation, line: read.location.line)
            }
            return try importObservations(from: ObservationList(file: path, observations: rows),
                                          checksum: FileChecksum.crc32(path: path), strict: strict, progress: progress)
        }
    }

    /// The first lines of a file (up to 4 KiB, cut after a line break so that no character is
    /// split), enough to tell its layout and encoding.
    ///
    /// - Throws: `SeriesIOError.unreadable` for a folder, a file that cannot be opened or read,
    ///   and an empty file.
    private static func head(of path: String) throws -> Data {
        let head = try SeriesIOError.whileReading {
            let handle = try ReadableFile.open(path)
            defer { try? handle.close() }
            return try ReadableFile.read(handle, upToCount: 4096, path: path)
        }
        guard !head.isEmpty else { throw SeriesIOError.unreadable(.cannotRead(path: path, reason: "the file is empty")) }
        guard head.count == 4096, let lastBreak = head.lastIndex(of: UInt8(ascii: "\n")) else { return head }
        return head.prefix(through: lastBreak)
    }
}
