import Foundation
import TargetModel
import Workspace

/// A workspace of the synthetic national panel (`SyntheticPanel.national`, the benchmark's seeded
/// data) with one target per series (`NationalPanelBenchmark.catalog`), for serving the
/// dashboard on a national-size catalog (`targettrack bench --workspace`).
public enum NationalPanelWorkspace {
    /// Writes the panel's CSV into `scratch` (kept and reused, as the benchmark does), creates the
    /// workspace at `path`, imports the CSV and stores the catalog; returns the number of targets.
    public static func build(series: Int, indicators: Int = 40, scratch: String, path: String) throws -> Int {
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        let panel = SyntheticPanel.national(series: series, indicators: indicators)
        let csv = URL(fileURLWithPath: scratch).appendingPathComponent(panel.fileName).path
        if !FileManager.default.fileExists(atPath: csv) { _ = try panel.write(to: csv) }
        let workspace = try Workspace(path: path, access: .create)
        _ = try workspace.importLongCSV(path: csv)
        let ids = (0..<panel.units).flatMap { unit in (0..<panel.indicators).map { panel.seriesID(unit: unit, indicator: $0) } }
        try workspace.saveCatalog(NationalPanelBenchmark.catalog(for: ids[...]))
        return ids.count
    }
}
