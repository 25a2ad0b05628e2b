import Foundation
import TargetModel
import TextFormats
import Yams

/// Reads scenario files (YAML; see `Datasets/heilongjiang-2013/scenarios/`):
///
/// ```yaml
/// name: 四季度投资放缓
/// as_of: 2013-09
/// shocks:
///   - series: fai          # single-month growth of 15 % for Oct–Dec
///     months: 10-12
///     month_growth: 15
///   - series: grain
///     annual_value: 1250
/// targets:
///   - id: T003
///     value: 25
/// ```
///
/// Every problem in the file is reported at once, each with its line. The YAML is read through
/// `SafeYAML` (bounded nesting, no aliases, no repeated keys); every number obeys `NumberRule`;
/// a file may hold at most `InputLimits.maximumShocks` shocks.
public enum ScenarioFile {
    /// The keys a shock gives its assumption under, one per `Shock.Kind`.
    public static let shockKeys = ["month_growth", "month_value", "add_pp", "scale", "annual_value"]

    /// The shock kind a key of `shockKeys` names, with its value; `nil` for any other key.
    public static func shockKind(_ key: String, value: Double) -> Shock.Kind? {
        switch key {
        case "month_growth": return .monthGrowth(value)
        case "month_value": return .monthValue(value)
        case "add_pp": return .addPercentagePoints(value)
        case "scale": return .scale(value)
        case "annual_value": return .annualValue(value)
        default: return nil
        }
    }

    /// The months of a `months` entry: one month (`11`) or a range (`10-12`) within 1–12.
    public static func months(_ text: String) -> ClosedRange<Int>? {
        let parts = text.split(separator: "-").map { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard (1...2).contains(parts.count), let lo = parts[0], let hi = parts.last ?? nil,
              (1...12).contains(lo), (lo...12).contains(hi) else { return nil }
        return lo...hi
    }

    /// Parses a scenario from YAML text.
    public static func parse(_ text: String, file: String) throws -> Scenario {
        var problems = ProblemList(file: file)
        let root = try composed(text, file: file)
        guard let mapping = root.mapping else {
            throw ScenarioProblems(problems: [.init(file: file, line: 1, message: "expected a mapping with name, as_of and shocks")])
        }
        for (key, _) in mapping where !["name", "as_of", "shocks", "targets"].contains(key.string ?? "") {
            problems.add(line(key), "unknown key '\(key.string ?? "")' (expected name, as_of, shocks, targets)")
        }
        let name = mapping["name"]?.string ?? file
        var asOf = Period.month(year: 0, month: 1)
        if let node = mapping["as_of"] {
            if let text = node.string, let period = Period(text), case .month = period {
                asOf = period
            } else {
                problems.add(line(node), "as_of '\(node.string ?? "")' is not a month YYYY-MM")
            }
        } else {
            problems.add(line(root), "as_of is missing (the information month, YYYY-MM)")
        }
        let shockNodes = mapping["shocks"]?.sequence.map(Array.init) ?? []
        guard shockNodes.count <= InputLimits.maximumShocks else {
            throw ScenarioProblems(problems: [.init(file: file, line: line(mapping["shocks"]!), message:
                "\(shockNodes.count) shocks; expected at most \(InputLimits.maximumShocks) (InputLimits.maximumShocks)")])
        }
        let shocks = shockNodes.compactMap { shock($0, &problems) }
        let overrides = (mapping["targets"]?.sequence.map(Array.init) ?? []).compactMap { node -> TargetOverride? in
            guard let m = node.mapping, let id = m["id"]?.string else {
                problems.add(line(node), "a target entry needs an id")
                return nil
            }
            guard let value = m["value"].flatMap(number) else {
                problems.add(line(node), "target \(id): value must be a number")
                return nil
            }
            return TargetOverride(id: id, value: value, line: line(node))
        }
        try problems.throwIfAny()
        return Scenario(name: name, asOf: asOf, shocks: shocks, targetOverrides: overrides, file: file)
    }

    private static func shock(_ node: Node, _ problems: inout ProblemList) -> Shock? {
        let at = line(node)
        guard let m = node.mapping, let series = m["series"]?.string, !series.isEmpty else {
            problems.add(at, "a shock needs a series")
            return nil
        }
        if let invisible = InvisibleCharacters.first(in: series) {
            problems.add(at, "series '\(series.excerpt())' holds the invisible character \(InvisibleCharacters.name(invisible))")
            return nil
        }
        let present = shockKeys.filter { m[$0] != nil }
        guard present.count == 1, let key = present.first, let value = m[key].flatMap(number), let kind = shockKind(key, value: value) else {
            problems.add(at, "shock on \(series.excerpt()): give exactly one of \(shockKeys.joined(separator: ", ")) with \(NumberRule.expectation)")
            return nil
        }
        var months: ClosedRange<Int>?
        if let node = m["months"] {
            months = node.string.flatMap(Self.months)
            if months == nil { problems.add(line(node), "months '\(node.string ?? "")' is not a month or range like 10-12") }
        }
        return Shock(series: series, kind: kind, months: months, line: at)
    }

    private static func number(_ node: Node) -> Double? {
        NumberRule.checked(node.string.flatMap { Double($0.trimmingCharacters(in: .whitespaces)) })
    }

    /// The root node of a scenario or links file read through `SafeYAML`.
    static func composed(_ text: String, file: String) throws -> Node {
        do {
            guard let node = try SafeYAML.compose(text) else {
                throw ScenarioProblems(problems: [.init(file: file, line: 1, message: "the file is empty")])
            }
            return node
        } catch let error as YAMLInputError {
            throw ScenarioProblems(problems: [.init(file: file, line: error.line, message: "\(error.message) (column \(error.column))")])
        }
    }

    static func line(_ node: Node) -> Int { node.mark?.line ?? 1 }
}
