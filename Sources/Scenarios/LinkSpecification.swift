import TextFormats
import Yams

/// Which indicators drive which, as declared in a links file (YAML, one line per linked series):
///
/// ```yaml
/// gdp: [industry, fai, retail]        # GDP growth on industry, investment and retail growth
/// fiscal_revenue: [gdp, industry]
/// ```
public struct LinkSpecification: Sendable, Equatable {
    public struct Link: Sendable, Equatable {
        public var series: String
        public var drivers: [String]
        public var line: Int
    }

    public var links: [Link]

    /// Parses and checks a links file: every problem (empty driver lists, a series driving itself,
    /// a cycle) is reported at once with its line.
    public static func parse(_ text: String, file: String) throws -> LinkSpecification {
        var problems = ProblemList(file: file)
        guard let mapping = try ScenarioFile.composed(text, file: file).mapping else {
            throw ScenarioProblems(problems: [.init(file: file, line: 1, message: "expected a mapping: series: [driver, …]")])
        }
        var links: [Link] = []
        for (key, value) in mapping {
            let line = ScenarioFile.line(key)
            guard let series = key.string, let drivers = value.sequence?.compactMap(\.string), !drivers.isEmpty else {
                problems.add(line, "'\(key.string ?? "")' needs a list of drivers, e.g. [industry, fai]")
                continue
            }
            if drivers.contains(series) { problems.add(line, "\(series) cannot drive itself") }
            links.append(Link(series: series, drivers: drivers, line: line))
        }
        let spec = LinkSpecification(links: links)
        if let cycle = spec.cycle() {
            let line = links.first { $0.series == cycle[0] }?.line ?? 1
            problems.add(line, "links form a cycle: \(cycle.joined(separator: " → "))")
        }
        try problems.throwIfAny()
        return spec
    }

    /// A cycle among the links (a path that returns to its start), if there is one.
    public func cycle() -> [String]? {
        let graph = Dictionary(links.map { ($0.series, $0.drivers) }, uniquingKeysWith: +)
        var state: [String: Bool] = [:]  // false: on the current path, true: finished
        var path: [String] = []
        func visit(_ node: String) -> [String]? {
            if state[node] == true { return nil }
            if state[node] == false, let start = path.firstIndex(of: node) { return Array(path[start...]) + [node] }
            state[node] = false
            path.append(node)
            for next in graph[node] ?? [] { if let found = visit(next) { return found } }
            path.removeLast()
            state[node] = true
            return nil
        }
        for link in links { if let found = visit(link.series) { return found } }
        return nil
    }
}
