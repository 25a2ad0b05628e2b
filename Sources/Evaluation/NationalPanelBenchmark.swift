import Foundation
import LinearAlgebra
import Projection
import Reporting
import Risk
import TargetModel
import TextFormats
import Workspace

/// The national-panel benchmark, phase by phase (import, as-of load, the shared-design kernel, the
/// projection engine, risk and roll-up, CSV and workbook export), with the Python peers on the
/// same matrices and DuckDB on the same CSV.
public struct NationalPanelBenchmark {
    /// Number of series (2,846 units × 40 indicators = 113,840 is the national panel).
    public var series: Int
    /// Indicators per unit (40; 350 for the every-county × 350-indicator million).
    public var indicators: Int
    /// Timed runs per phase.
    public var runs: Int
    /// Whether the Python peers run on the same data.
    public var peers: Bool
    /// Whether the kernel and engine are also timed at 1k, 10k and 100k series.
    public var growth: Bool
    /// Folder for the generated panel and workspaces.
    public var scratch: String

    public init(series: Int, indicators: Int = 40, runs: Int, peers: Bool, growth: Bool, scratch: String) {
        self.series = series
        self.indicators = indicators
        self.runs = runs
        self.peers = peers
        self.growth = growth
        self.scratch = scratch
    }

    /// Runs every phase and returns the results as Markdown (`Benchmarks/RESULTS.md`).
    public func run(progress: ProgressReporter) throws -> String {
        let folder = URL(fileURLWithPath: scratch)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let panel = SyntheticPanel.national(series: series, indicators: indicators)
        let csv = folder.appendingPathComponent(panel.fileName).path
        var report = BenchReport(series: panel.seriesCount)
        if !FileManager.default.fileExists(atPath: csv) {
            progress.step("generating the synthetic panel (\(panel.seriesCount) series)")
            let start = Date()
            report.rows = try panel.write(to: csv)
            report.note("generated \(report.rows) rows in \(BenchReport.seconds(Date().timeIntervalSince(start)))")
        }
        let asOf = Period.month(year: 2013, month: 9)
        let workspacePath = folder.appendingPathComponent("bench.sqlite").path

        var imported: ImportRecord?
        try report.time("import CSV → workspace", runs: runs, progress: progress) {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: workspacePath + suffix) }
            imported = try Workspace(path: workspacePath).importLongCSV(path: csv)
        }
        report.rows = imported?.rowsRead ?? report.rows
        let workspace = try Workspace(path: workspacePath)
        // Each timed run drops the previous run's result first, so the peak is one pipeline's.
        var data: [String: SeriesData] = [:]
        try report.time("load as of \(asOf)", runs: runs, progress: progress) {
            data = [:]
            data = try workspace.seriesData(asOfPeriod: asOf)
        }

        let peerFolder = folder.appendingPathComponent("peers")
        let (seriesIDs, forecasts, kernelSeconds) = try timeKernel(data: data, asOf: asOf, report: &report, progress: progress, peerFolder: peers ? peerFolder : nil)

        // Engine and risk stream through the panel a slice of targets at a time, as a national run
        // would: a slice's catalog and bare projections go once it is assessed, so a million of
        // either never exist at once. Each phase's time is its sum over the slices.
        var assessments: [TargetAssessment] = []
        var departments: [DepartmentSummary] = []
        var projected = 0
        var engineTimes: [Double] = [], riskTimes: [Double] = []
        progress.step("projection engine (model choice, intervals), then risk, \(Self.slice) targets at a time")
        for _ in 0..<Swift.max(1, runs) {
            assessments = []
            departments = []
            assessments.reserveCapacity(seriesIDs.count)
            projected = 0
            var engine = 0.0, risk = 0.0
            for start in stride(from: 0, to: seriesIDs.count, by: Self.slice) {
                let slice = Self.catalog(for: seriesIDs[start..<Swift.min(start + Self.slice, seriesIDs.count)])
                var projections: [TargetProjection] = []
                engine += try BenchReport.elapsed { projections = try Self.project(slice, data: data, asOf: asOf) }
                projected += projections.count { $0.distribution != nil }
                risk += BenchReport.elapsed { assessments += RiskAssessor().assess(projections, series: data) }
            }
            risk += BenchReport.elapsed { departments = DepartmentRollUp.summarise(assessments) }
            engineTimes.append(engine)
            riskTimes.append(risk)
        }
        report.record("projection engine (model choice, intervals)", times: engineTimes)
        report.record("risk + department roll-up", times: riskTimes)
        report.note("\(departments.count) department roll-up rows; \(projected) of \(assessments.count) targets projected")
        // The exports need only the assessments: the as-of data goes too (reloaded below for the
        // growth curve and DuckDB).
        data = [:]
        let riskCSV = folder.appendingPathComponent("bench-risks.csv").path
        try report.time("risk list CSV export", runs: runs, progress: progress) {
            try RiskList.table(assessments, language: .en).writeCSV(to: riskCSV)
        }
        let workbook = folder.appendingPathComponent("bench-risks.xlsx").path
        try report.time("risk workbook (xlsx) export", runs: runs, progress: progress) {
            try ReportWorkbook.workbook(asOf: asOf, assessments: assessments, departments: departments, language: .zh).write(to: workbook)
        }
        report.peakMemoryMB = Self.peakResidentMB()
        if growth || peers { data = try workspace.seriesData(asOfPeriod: asOf) }

        if growth {
            for size in [1_000, 10_000, 100_000] where size < seriesIDs.count {
                let subset = Dictionary(uniqueKeysWithValues: seriesIDs.prefix(size).map { ($0, data[$0]!) })
                let small = BenchKernel(series: subset, years: 2008...2013, asOf: asOf)
                let k = try BenchReport.median(runs: runs) { _ = try small.solve() }
                let e = try BenchReport.median(runs: 1) { _ = try Self.project(Self.catalog(for: small.seriesIDs[...]), data: subset, asOf: asOf) }
                report.growth.append((size, k, e))
            }
            report.growth.append((seriesIDs.count, kernelSeconds, report.phase("projection engine (model choice, intervals)") ?? 0))
        }

        if peers {
            progress.step("running the Python peers on the same matrices")
            let peerResult = try PythonPeers.run(folder: peerFolder, runs: runs)
            report.peers = peerResult
            report.agreement = try PythonPeers.maximumDifference(ours: forecasts, folder: peerFolder)
            progress.step("running DuckDB on the same CSV")
            report.duckDB = try DuckDBPeer.run(csv: csv, folder: peerFolder, asOf: asOf, runs: runs)
            var ours: [String: Double] = [:]
            report.carryForwardSeconds = BenchReport.median(runs: runs) { ours = DuckDBPeer.carryForwardGrowth(data, asOf: asOf) }
            report.duckDBAgreement = try DuckDBPeer.agreement(ours: ours, folder: peerFolder)
        }
        return report.markdown(asOf: asOf)
    }

    /// Times the shared-design kernel and measures dgemm beside it; with a peer folder, also writes
    /// the kernel's matrices there for the Python peers. The kernel's matrices are freed on return,
    /// before the engine runs. Returns the series in kernel order, the forecasts and the median time.
    func timeKernel(data: [String: SeriesData], asOf: Period, report: inout BenchReport, progress: ProgressReporter,
                    peerFolder: URL?) throws -> (seriesIDs: [String], forecasts: Matrix, seconds: Double) {
        let kernel = BenchKernel(series: data, years: 2008...2013, asOf: asOf)
        var forecasts = Matrix(rows: 0, columns: 0)
        let seconds = try report.time("fit + project (shared-design kernel)", runs: runs, warmUp: true, progress: progress) { forecasts = try kernel.solve() }
        report.kernelGFLOPS = kernel.gemmFlops / seconds / 1e9
        report.dgemmGFLOPS = Self.dgemmGFLOPS()
        if let peerFolder {
            try FileManager.default.createDirectory(at: peerFolder, withIntermediateDirectories: true)
            try kernel.writeForPeers(to: peerFolder)
        }
        return (kernel.seriesIDs, forecasts, seconds)
    }

    /// One growth-rate target per series (≥ 10 %), owned by the indicator's department (lead) and
    /// the unit's government (co), so the roll-up has realistic fan-out.
    static func catalog(for ids: ArraySlice<String>) -> Catalog {
        Catalog(targets: zip(ids.indices, ids).map { k, id in
            let parts = id.split(separator: "_")
            return Target(id: "B\(k)", year: 2013, section: "bench", indicator: id, kind: .growthRate, comparator: .atLeast,
                          direction: .increase, value: 10, unit: "%", lead: ["部门\(parts.last ?? "")"], co: ["县\(parts.first ?? "")"],
                          responsibility: "主办协办", series: id)
        })
    }

    /// Targets per slice of the engine-then-risk stream: ten engine calls, so both cores stay busy.
    static let slice = 10 * partition

    /// Targets per engine call: a national panel is projected in regional partitions of this
    /// size (each still one batch of shared designs, with errors pooled over 10,000 series), which
    /// bounds the engine's working memory and lets both cores work.
    static let partition = 10_000

    /// Partitions are projected on every core at once.
    static func project(_ catalog: Catalog, data: [String: SeriesData], asOf: Period) throws -> [TargetProjection] {
        let parts = stride(from: 0, to: catalog.targets.count, by: partition).map { start in
            Catalog(targets: Array(catalog.targets[start..<Swift.min(start + partition, catalog.targets.count)]))
        }
        return try parts.concurrentMap(minimumChunk: 1) { part in
            Result { try ProjectionEngine().project(catalog: part, series: data, asOf: asOf) }
        }.flatMap { try $0.get() }
    }

    /// GFLOP/s of a 2000 × 2000 dgemm measured now, the reference for the kernel's figure.
    static func dgemmGFLOPS() -> Double {
        let n = 2000
        let a = Matrix(rows: n, columns: n, repeating: 1.000001), b = Matrix(rows: n, columns: n, repeating: 0.999999)
        let seconds = BenchReport.median(runs: 3) { _ = Matrix.product(a, b) }
        return 2 * pow(Double(n), 3) / seconds / 1e9
    }

    /// Peak resident memory of this process, in MB.
    static func peakResidentMB() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}
