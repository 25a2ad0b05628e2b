import TargetModel
import TextFormats
import Yams

/// The catalog as YAML, the human-editable form:
///
/// ```yaml
/// targets:
/// - id: T001
///   year: 2013
///   section: 一(一)
///   indicator: 地区生产总值
///   kind: growth_rate
///   comparator: approx
///   direction: increase
///   value: 11
///   unit: '%'
///   tolerance: 0.5
///   lead: [省发改委]
///   …
/// ```
///
/// Fields have the CSV column names; `lead`, `co`, `lead_key`, `co_key` and `leaders` are lists (a
/// `|`-separated string is accepted too); absent optional fields are left out. Department keys are
/// written only where they differ from the ones the names give (an edited key), and worked out
/// from the names when absent or empty. Comments are allowed anywhere; the
/// writer puts a header comment on top (Yams does not keep comments when a file is rewritten).
public enum CatalogYAML {
    /// The YAML text of a catalog.
    public static func write(_ catalog: Catalog) throws -> String {
        let entries = catalog.targets.map { Node.mapping(Node.Mapping(fields($0).map { (Node($0.0), $0.1) })) }
        let root = Node.mapping(Node.Mapping([(Node("targets"), Node.sequence(Node.Sequence(entries)))]))
        let header = """
        # TargetTrack catalog: one entry per target. Edit freely; check with `targettrack catalog validate`.
        # kind: growth_rate | level | ratio | milestone; comparator: approx | at_least | at_most | exact | range;
        # direction: increase | decrease | level; series: id of the data series that measures the target.

        """
        return header + (try Yams.serialize(node: root, allowUnicode: true, sortKeys: false))
    }

    /// Reads a catalog, listing every problem at once (with line and column) when there are any.
    public static func read(_ text: String, source: String = "catalog.yaml") throws(PolicyTextError) -> Catalog {
        let root: Node?
        do {
            root = try SafeYAML.compose(text)
        } catch {
            throw .invalidCatalog(source: source, problems: [CatalogProblem(line: error.line, column: error.column, message: error.message)])
        }
        guard let root, let targetsNode = root.mapping?["targets"] ?? (root.sequence != nil ? root : nil),
              let entries = targetsNode.sequence else {
            throw .invalidCatalog(source: source, problems: [CatalogProblem(
                line: root?.mark?.line ?? 1, message: "expected a mapping with a `targets:` list of entries")])
        }
        var records: [CatalogRecord] = []
        var problems: [CatalogProblem] = []
        for entry in entries {
            let line = entry.mark?.line ?? 0
            guard let mapping = entry.mapping else {
                problems.append(CatalogProblem(line: line, column: entry.mark?.column, message: "expected a target entry (a mapping of fields)"))
                continue
            }
            var record = CatalogRecord(line: line)
            for (keyNode, valueNode) in mapping {
                let key = keyNode.string ?? ""
                guard let column = CatalogColumn(rawValue: key) else {
                    problems.append(CatalogProblem(line: keyNode.mark?.line ?? line, column: keyNode.mark?.column,
                                                   message: "unknown field \"\(key)\""))
                    continue
                }
                let mark = valueNode.mark
                if let sequence = valueNode.sequence {
                    record.fields[column] = .init(items: sequence.compactMap(\.string), isList: true,
                                                  line: mark?.line ?? line, column: mark?.column)
                } else if let scalar = valueNode.scalar {
                    let isNull = scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
                    record.fields[column] = .init(items: [isNull ? "" : scalar.string], isList: false,
                                                  line: mark?.line ?? line, column: mark?.column)
                } else {
                    problems.append(CatalogProblem(line: mark?.line ?? line, column: mark?.column,
                                                   message: "\(key) must be a value or a list, not a mapping"))
                }
            }
            records.append(record)
        }
        return try CatalogRecord.catalog(records, source: source, problems: problems)
    }

    private static func fields(_ t: Target) -> [(String, Node)] {
        var fields: [(String, Node)] = [
            ("id", Node(t.id)), ("year", Node(String(t.year))), ("section", string(t.section)),
            ("indicator", string(t.indicator)), ("kind", Node(t.kind.rawValue)),
            ("comparator", Node(t.comparator.rawValue)), ("direction", Node(t.direction.rawValue)),
        ]
        if let value = t.value { fields.append(("value", number(value))) }
        if let valueMax = t.valueMax { fields.append(("value_max", number(valueMax))) }
        fields.append(("unit", string(t.unit)))
        if let tolerance = t.tolerance { fields.append(("tolerance", number(tolerance))) }
        fields.append(("lead", list(t.lead)))
        fields.append(("co", list(t.co)))
        if t.leadKeys != DepartmentKey.keys(of: t.lead) { fields.append(("lead_key", list(t.leadKeys))) }
        if t.coKeys != DepartmentKey.keys(of: t.co) { fields.append(("co_key", list(t.coKeys))) }
        if !t.leaders.isEmpty { fields.append(("leaders", list(t.leaders))) }
        fields.append(("responsibility", string(t.responsibility)))
        if let series = t.series { fields.append(("series", string(series))) }
        fields.append(("line", Node(String(t.line))))
        fields.append(("text", string(t.text)))
        return fields
    }

    /// A string scalar, quoted when YAML would otherwise read it as something else.
    private static func string(_ text: String) -> Node {
        Node(text, Tag(.str), needsQuotes(text) ? .singleQuoted : .plain)
    }

    private static func needsQuotes(_ text: String) -> Bool {
        if text.isEmpty || text != text.trimmingCharacters(in: " ") { return true }
        if let first = text.unicodeScalars.first, "-?:,[]{}#&*!|>'\"%@`~ ".unicodeScalars.contains(first) { return true }
        if text.contains(": ") || text.contains(" #") { return true }
        let resolved = Resolver.default.resolveTag(of: Node(text))
        return resolved != .str
    }

    private static func number(_ value: Double) -> Node {
        let text = value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : "\(value)"
        return Node(text)
    }

    private static func list(_ items: [String]) -> Node {
        Node.sequence(Node.Sequence(items.map(string), Tag(.seq), .flow))
    }
}
