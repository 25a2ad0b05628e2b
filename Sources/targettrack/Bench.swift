import ArgumentParser
import Evaluation
import Foundation
import TextFormats

/// `targettrack bench`: the national-panel benchmark, phase by phase, against the Python peers.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Benchmark import, projection, risk and export on a synthetic national panel.",
        discussion: """
        Generates a seeded synthetic county-level panel (units × 40 indicators, or --indicators, \
        × 2008–2013 monthly YTD values; the file name says synthetic), then times each phase over \
        several runs: import \
        CSV → workspace, load as of 2013-09, the shared-design kernel (log single-month amounts on \
        trend + month effects: one shared QR, each series' missing months deleted from it, GEMMs for \
        all series, on both cores), the full projection engine, risk + department roll-up, and \
        the CSV risk list and the xlsx workbook. Prints median and spread, peak memory, a dgemm \
        reference in GFLOP/s, and with --peers the ratios to numpy (batched lstsq), statsmodels \
        (OLS per series), statsforecast, and DuckDB (the same CSV imported, then the as-of \
        carry-forward in SQL), run on identical data in the same invocation (Python peers install \
        into Benchmarks/.venv on first use; run from the repository root). A results file keeps \
        whatever follows its line "\(BenchResultsFile.keptMarker)" (other benchmarks' sections).

        Examples:
          targettrack bench --series 1000
          targettrack bench --series 113840 --peers --growth \\
              --results Benchmarks/RESULTS.md
          targettrack bench --series 1000000 --indicators 350 --runs 1 \\
              --peers --growth --results Benchmarks/RESULTS.md
          targettrack bench --series 113840 --workspace national.sqlite
        """
    )

    @Option(help: "Number of series (2,846 units × 40 indicators = 113840 is the national panel).")
    var series = 113_840

    @Option(help: "Indicators per county-level unit (350 with --series 1000000: every county × 350).")
    var indicators = 40

    @Option(help: "Timed runs per phase.")
    var runs = 3

    @Flag(help: "Also run the Python peers (numpy, statsmodels, statsforecast) on the same data.")
    var peers = false

    @Flag(help: "Also time the kernel and engine at 1k, 10k and 100k series for the growth curve.")
    var growth = false

    @Option(help: "Folder for the generated panel and workspaces.")
    var scratch = FileManager.default.temporaryDirectory.appendingPathComponent("targettrack-bench").path

    @Option(help: "Write the results as Markdown to this file (e.g. Benchmarks/RESULTS.md).")
    var results: String?

    @Option(help: "Instead of benchmarking, build a workspace of the panel at this path (its data and one target per series) to serve.")
    var workspace: String?

    func validate() throws {
        guard series >= 1 else { throw ValidationError("--series must be at least 1 (the national panel is 113840).") }
        guard indicators >= 1 else { throw ValidationError("--indicators must be at least 1.") }
        guard runs >= 1 else { throw ValidationError("--runs must be at least 1.") }
    }

    func run() throws {
        if let workspace {
            let targets = try NationalPanelWorkspace.build(series: series, indicators: indicators, scratch: scratch, path: workspace)
            print("\(workspace): \(targets) targets, one per series of the synthetic panel")
            return
        }
        let benchmark = NationalPanelBenchmark(series: series, indicators: indicators, runs: runs, peers: peers, growth: growth, scratch: scratch)
        let text = try benchmark.run(progress: .terminal)
        print(text)
        if let results { try BenchResultsFile.write(text, to: results) }
    }
}
