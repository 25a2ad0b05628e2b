import Foundation

/// The Python checks in `Tests/ServerTests/Checks` (the browser run, the OpenAPI check), run in
/// their own virtual environment made from the pinned `requirements.txt` on first use
/// (`scripts/python-venv.sh`; `make test` makes it beforehand).
enum PythonChecks {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Checks")
    static let root = folder.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static let chromedriver = ["/usr/bin/chromedriver"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static let hasPython = FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")
        || (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/python3") }

    struct Outcome {
        var status: Int32
        var output: String
        var errors: String
    }

    /// The venv's python, made when missing or when the requirements changed.
    static func python() async throws -> String {
        let made = try await run("/bin/bash", [root.appendingPathComponent("scripts/python-venv.sh").path,
                                               folder.appendingPathComponent(".venv").path, folder.appendingPathComponent("requirements.txt").path])
        guard made.status == 0 else { throw CheckError(message: "python-venv.sh failed: \(made.errors)") }
        return made.output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Runs a script of `Checks` with the venv's python.
    static func script(_ name: String, _ arguments: [String], environment: [String: String] = [:]) async throws -> Outcome {
        try await run(try await python(), [folder.appendingPathComponent(name).path] + arguments, environment: environment)
    }

    /// Runs a program to its end without holding a thread of the cooperative pool (the server under
    /// test runs on the same pool), its output collected in files, in a scratch folder removed
    /// afterwards (so caches such as schemathesis' `.schemathesis/` do not land in the repository).
    static func run(_ program: String, _ arguments: [String], environment: [String: String] = [:]) async throws -> Outcome {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("python-check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let out = scratch.appendingPathComponent("out"), err = scratch.appendingPathComponent("err")
        guard FileManager.default.createFile(atPath: out.path, contents: nil), FileManager.default.createFile(atPath: err.path, contents: nil) else {
            throw CheckError(message: "cannot write in \(scratch.path)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.currentDirectoryURL = scratch
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do { try process.run() } catch { continuation.resume(throwing: error) }
        }
        return Outcome(status: status, output: try String(contentsOf: out, encoding: .utf8), errors: try String(contentsOf: err, encoding: .utf8))
    }
}

struct CheckError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
