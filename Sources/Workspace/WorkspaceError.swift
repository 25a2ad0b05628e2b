/// A workspace operation that cannot be done, said so that a user can act on it.
public enum WorkspaceError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file cannot be opened as a workspace (not SQLite, unwritable folder, newer schema).
    case cannotOpen(path: String, reason: String)
    /// No workspace file at the path a reading or writing command was given.
    case noWorkspace(path: String)
    /// `--strict` import of series that no catalog target links to.
    case unlinkedSeries(file: String, series: [String])
    /// A release table (wide CSV or XLSX) imported without `--series-map`.
    case seriesMapRequired(file: String)
    /// A series id the workspace does not hold.
    case unknownSeries(String)
    /// A stored row that does not decode (a workspace edited by hand).
    case corruptRow(table: String, detail: String)
    /// A progress report that cannot be stored.
    case invalidReport(target: String, reason: String)

    public var description: String {
        switch self {
        case let .cannotOpen(path, reason):
            return "\(path): cannot open the workspace: \(reason)"
        case let .noWorkspace(path):
            return "\(path): there is no workspace here; make one with `targettrack init --workspace \(path)` "
                + "(or check the --workspace path and $TARGETTRACK_WORKSPACE)"
        case let .unlinkedSeries(file, series):
            return "\(file): no catalog target links to the series \(series.joined(separator: ", ")); "
                + "expected every imported series to be a target's `series`, or the id of a target without one (nothing was imported)"
        case let .seriesMapRequired(file):
            return "\(file): is a release table, not TargetTrack's long format (header series,period,measure,value,…); "
                + "expected --series-map MAP.csv saying which names are which series (see Datasets/china-nbs/maps/)"
        case let .unknownSeries(id):
            return "no series '\(id)' in the workspace; `targettrack series list` shows the ones it holds"
        case let .corruptRow(table, detail):
            return "the workspace's \(table) table holds a row that cannot be read: \(detail)"
        case let .invalidReport(target, reason):
            return "progress report on \(target): \(reason); nothing was stored"
        }
    }
}
