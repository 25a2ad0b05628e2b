/// One entry of the import log, and the summary printed after an import.
public struct ImportRecord: Codable, Hashable, Sendable {
    public var id: Int64
    public var file: String
    /// CRC-32 of the file's bytes, in hex.
    public var checksum: String
    /// When the import ran, ISO 8601 in UTC.
    public var importedAt: String
    /// Rows read, missing values included.
    public var rowsRead: Int
    /// Observations the workspace did not hold before.
    public var newObservations: Int
    /// New values (or release dates) of observations it held.
    public var newVintages: Int
    /// Values stored that restate a held value of the same release at more decimals (not revisions).
    public var restated: Int
    /// Rows identical to a stored vintage.
    public var unchanged: Int
    /// Rows whose value was missing (blank, —, …, NA), which store nothing.
    public var missing: Int
    /// One warning per line (series no catalog target links to).
    public var warnings: String

    /// The warnings, one per element.
    public var warningList: [String] {
        warnings.split(separator: "\n").map(String.init)
    }
}
