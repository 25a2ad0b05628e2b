import TargetModel

/// An observation with the line of the file it was read from.
public struct SourcedObservation: Hashable, Sendable {
    public var observation: Observation
    /// 1-based line (for a spreadsheet, the row) the observation came from.
    public var line: Int

    public init(_ observation: Observation, line: Int) {
        self.observation = observation
        self.line = line
    }
}

/// Anything that yields a file's observations one at a time: the long CSV reader and every
/// reader of a statistics bureau's release format. The workspace imports from any of them
/// (`Workspace.importObservations(from:)`), one file per transaction.
public protocol ObservationSource {
    /// The file the observations come from, as recorded in the import log.
    var file: String { get }
    /// Rows (or cells) read so far that held a missing-value marker and gave no observation.
    var missingCount: Int { get }
    /// CRC-32 of the file's bytes as 8 hex digits, when the source computes it while reading
    /// (complete once `next()` has returned `nil`); `nil` otherwise.
    var checksum: String? { get }
    /// The next observation, or `nil` at the end of the file.
    /// - Throws: `SeriesIOError` naming the file, line and column of a bad cell.
    mutating func next() throws -> SourcedObservation?
}

extension ObservationSource {
    public var checksum: String? { nil }
}

/// Observations already in memory (e.g. read from a spreadsheet) as an `ObservationSource`.
public struct ObservationList: ObservationSource {
    public let file: String
    public let missingCount: Int
    private var remaining: IndexingIterator<[SourcedObservation]>

    public init(file: String, observations: [SourcedObservation], missingCount: Int = 0) {
        self.file = file
        self.missingCount = missingCount
        remaining = observations.makeIterator()
    }

    public mutating func next() throws -> SourcedObservation? {
        remaining.next()
    }
}
