import Foundation
import TargetModel

/// The DuckDB peer (`Benchmarks/duckdb_peer.py`): the same CSV imported into a DuckDB database and
/// the carry-forward projection of every series computed in SQL under TargetTrack's as-of rule,
/// the import-and-aggregate part a data engineer would hand to DuckDB.
enum DuckDBPeer {
    struct Result: Decodable {
        /// Sorted seconds of each timed run (no warm-up, as for TargetTrack's import and load).
        var `import`: [Double]
        var carryForward: [Double]
        /// Series that got a carry-forward projection.
        var series: Int
        var version: String
        var threads: Int
    }

    /// Runs the peer on `csv`, with its database and output in `folder`.
    static func run(csv: String, folder: URL, asOf: Period, runs: Int) throws -> Result {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let line = try PythonPeers.runScript("duckdb_peer.py", [csv, folder.path, "--as-of", "\(asOf)", "--runs", "\(runs)"])
        return try JSONDecoder().decode(Result.self, from: line)
    }

    /// The carry-forward projection of each series' growth in %, by the peer's rule: the newest
    /// year-to-date value of `asOf`'s year over the same month a year earlier (series without
    /// either are left out). `data` is TargetTrack's as-of load for `asOf`.
    static func carryForwardGrowth(_ data: [String: SeriesData], asOf: Period) -> [String: Double] {
        var out: [String: Double] = [:]
        for (id, series) in data {
            guard let newest = series.periods(.ytdValue).last(where: { $0.year == asOf.year && $0 <= asOf }),
                  case let .month(year, month) = newest,
                  let now = series.value(.ytdValue, newest),
                  let before = series.value(.ytdValue, .month(year: year - 1, month: month)) else { continue }
            out[id] = 100 * (now / before - 1)
        }
        return out
    }

    /// How many series both sides projected, and how many of those agree to 1e-9 (relative);
    /// series only one side projected count as disagreements.
    static func agreement(ours: [String: Double], folder: URL) throws -> (agreeing: Int, compared: Int) {
        let text = try String(contentsOf: folder.appendingPathComponent("duckdb-carry-forward.csv"), encoding: .utf8)
        var theirs: [String: Double] = [:]
        for line in text.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: ",")
            guard fields.count == 2, let value = Double(fields[1]) else { continue }
            theirs[String(fields[0])] = value
        }
        let ids = Set(ours.keys).union(theirs.keys)
        let agreeing = ids.filter { id in
            guard let a = ours[id], let b = theirs[id] else { return false }
            return abs(a - b) <= 1e-9 * Swift.max(1, abs(b))
        }.count
        return (agreeing, ids.count)
    }
}
