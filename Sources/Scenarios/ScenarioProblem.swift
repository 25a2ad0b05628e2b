import TextFormats

/// Everything wrong with a scenario or links file, listed at once (file and line for each).
public struct ScenarioProblems: Error, CustomStringConvertible, Sendable {
    public struct Problem: Sendable, Equatable, CustomStringConvertible {
        public var file: String
        public var line: Int
        public var message: String
        public var description: String { "\(file):\(line): \(message)" }
    }

    public var problems: [Problem]

    /// The distinct problems, at most `InputLimits.maximumReportedProblems` of them, then how many more.
    public var description: String {
        var seen = Set<String>()
        let distinct = problems.map(\.description).filter { seen.insert($0).inserted }
        let shown = distinct.prefix(InputLimits.maximumReportedProblems)
        return shown.joined(separator: "\n") + (distinct.count > shown.count ? "\n… and \(distinct.count - shown.count) more problems" : "")
    }
}

/// Collects problems; throws them together.
struct ProblemList {
    var file: String
    var problems: [ScenarioProblems.Problem] = []

    mutating func add(_ line: Int, _ message: String) {
        problems.append(.init(file: file, line: line, message: message))
    }

    func throwIfAny() throws {
        if !problems.isEmpty { throw ScenarioProblems(problems: problems) }
    }
}
