import TargetTrackKit
import Foundation
import LinearAlgebra

/// The Python peers of the benchmark (`Benchmarks/peers.py`, run by `Benchmarks/run-peers.sh`).
enum PythonPeers {
    struct Result: Decodable {
        /// Sorted seconds of each timed run (after one untimed warm-up), as for every peer.
        var numpy: [Double]
        var statsmodels: [Double]
        var statsmodelsSampled: Int
        var statsforecast: [Double]?
        var statsforecastModel: String
        var numpyVersion: String
    }

    /// Runs the peers on the matrices in `folder` and decodes their timings.
    static func run(folder: URL, runs: Int) throws -> Result {
        try JSONDecoder().decode(Result.self, from: runScript("peers.py", [folder.path, "--runs", "\(runs)"]))
    }

    /// Runs `Benchmarks/run-peers.sh SCRIPT ARGUMENTS` from the repository root and returns the last
    /// line it printed (the peer's JSON).
    static func runScript(_ script: String, _ arguments: [String]) throws -> Data {
        let runner = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("Benchmarks/run-peers.sh")
        guard FileManager.default.fileExists(atPath: runner.path) else {
            throw TargetTrackError("\(runner.path) not found: run `targettrack bench --peers` from the repository root")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [runner.path, script] + arguments
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0, let line = String(decoding: data, as: UTF8.self).split(separator: "\n").last else {
            throw TargetTrackError("the Python peer \(script) failed (exit \(process.terminationStatus)); see the messages above")
        }
        return Data(line.utf8)
    }

    /// The largest relative difference between our forecasts and numpy's (NaN entries must match).
    static func maximumDifference(ours: Matrix, folder: URL) throws -> Double {
        let data = try Data(contentsOf: folder.appendingPathComponent("numpy-forecasts.f64"))
        let theirs = data.withUnsafeBytes { Array($0.bindMemory(to: Double.self)) }
        guard theirs.count == ours.elements.count else {
            throw TargetTrackError("numpy returned \(theirs.count) forecasts for \(ours.elements.count)")
        }
        var worst = 0.0
        for (a, b) in zip(ours.elements, theirs) {
            if a.isNaN || b.isNaN {
                if a.isNaN != b.isNaN { return .infinity }
                continue
            }
            worst = Swift.max(worst, abs(a - b) / Swift.max(1, abs(b)))
        }
        return worst
    }
}
