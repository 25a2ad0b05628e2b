/// Everything wrong with a scenario or links file, listed at once (file and line for each).
public struct ScenarioProblems: Error, CustomStringConvertible, Sendable {
    public struct Problem: Sendable, Equatable, CustomStringConvertible {
        public var file: String
        public var line: Int
        public var message: String
        public var description: String { "\(file):\(line): \(message)" }
    }

    public var problems: [Problem]

    public var description: String { problems.map(\.description).joined(separator: "\n") }
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
