import Foundation
import TextFormats

/// `Benchmarks/RESULTS.md` as `targettrack bench` rewrites it: the bench's own section replaced,
/// everything from the kept marker on (other benchmarks' sections, such as the dashboard's load
/// run) carried over unchanged.
public enum BenchResultsFile {
    /// The line after which a results file is kept as it is.
    public static let keptMarker = "<!-- kept by targettrack bench: other benchmarks below -->"

    /// Writes `text` to `path` atomically, followed by the kept part of the file already there.
    public static func write(_ text: String, to path: String) throws {
        try AtomicFile.write(merged(text, existing: try? String(contentsOfFile: path, encoding: .utf8)), to: path)
    }

    /// `text`, then the existing file's marker line and everything after it (if it has one).
    static func merged(_ text: String, existing: String?) -> String {
        guard let existing, let marker = existing.range(of: keptMarker) else { return text }
        return text + "\n" + existing[marker.lowerBound...]
    }
}
