/// Why a goal seek cannot start, said so that a user can act on it.
public enum GoalSeekError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No catalog target has this id.
    case unknownTarget(String)
    /// The target links no series with data, and no `--via` series was given.
    case noSeries(target: String)
    /// The `--via` series has no data in the workspace.
    case unknownDriver(String)
    /// No month of the year is left to vary.
    case yearComplete(series: String, year: Int)

    public var description: String {
        switch self {
        case let .unknownTarget(id):
            return "unknown target id '\(id)'; `targettrack catalog export` lists the catalog's ids"
        case let .noSeries(target):
            return "\(target) is not linked to a series with data; give --via SERIES to vary one"
        case let .unknownDriver(series):
            return "--via \(series): no series '\(series)' with data in the workspace; `targettrack series list` shows the ones it holds"
        case let .yearComplete(series, year):
            return "\(series): every month of \(year) is already released, so there is nothing left to vary"
        }
    }
}
