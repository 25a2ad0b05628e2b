import Foundation

/// Runs the built `targettrack` binary as a user would, for end-to-end tests.
enum TargetTrackProcess {
    /// The repository root, found from this source file.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The binary that `swift build` put beside the test bundle.
    static var binary: URL {
        let candidates = [Bundle.main.bundleURL.deletingLastPathComponent(), Bundle.main.bundleURL,
                          root.appendingPathComponent(".build/debug")]
        return candidates.map { $0.appendingPathComponent("targettrack") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[2].appendingPathComponent("targettrack")
    }

    struct Result {
        var status: Int32
        var output: String
        var error: String
    }

    /// Runs `targettrack ARGS…` in `directory` (the repository root by default) and waits for it.
    @discardableResult
    static func run(_ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? root
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      output: String(decoding: outData, as: UTF8.self),
                      error: String(decoding: errData, as: UTF8.self))
    }

    /// A fresh temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("targettrack-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
