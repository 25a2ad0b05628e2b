import Yams

/// Why a YAML text was refused before or while it was composed, with where (1-based).
public struct YAMLInputError: Error, Hashable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var message: String

    public init(line: Int, column: Int, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    /// `12:5: message`
    public var description: String { "\(line):\(column): \(message)" }
}

/// The one way TargetTrack reads YAML (catalogs, scenarios, links): Yams, behind the checks
/// that make hostile text harmless.
///
/// - Nesting deeper than `InputLimits.maximumYAMLNesting` is refused by a scan of the text before
///   Yams sees it (Yams recurses once per level and overflows the stack at a few thousand `[`).
/// - Anchors and aliases (`&x`, `*x`) are refused: a hand-written catalog needs none, and an
///   alias silently stands for something else (or for nothing when its anchor is missing).
/// - A key given twice in one mapping is refused (Yams would keep both, or the last).
///
/// ```swift
/// let root = try SafeYAML.compose("targets:\n- id: T001\n")
/// ```
public enum SafeYAML {
    /// The document's root node, or `nil` for an empty document.
    public static func compose(_ text: String) throws(YAMLInputError) -> Node? {
        try scan(text)
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            switch error {
            case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _):
                throw YAMLInputError(line: mark.line, column: mark.column, message: "YAML syntax: \(problem)")
            default:
                throw YAMLInputError(line: 1, column: 1, message: "YAML: \(error)")
            }
        } catch {
            throw YAMLInputError(line: 1, column: 1, message: "YAML: \(error)")
        }
        if let root { try rejectDuplicateKeys(root) }
        return root
    }

    // MARK: - Before Yams

    /// Checks nesting depth and refuses anchors and aliases, line by line: block collections by
    /// indentation (and `- ` items on one line), flow collections by their brackets, skipping
    /// quoted text, comments and block scalars.
    static func scan(_ text: String) throws(YAMLInputError) {
        var blockIndents: [Int] = []
        var flowDepth = 0
        var quote: Character?
        var blockScalarParent: Int?
        var lineNumber = 0
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            lineNumber += 1
            let line = Array(rawLine)
            let indent = line.prefix { $0 == " " }.count
            if let parent = blockScalarParent {
                if indent == line.count || indent > parent { continue }
                blockScalarParent = nil
            }
            var i = indent
            if quote == nil && flowDepth == 0 {
                if i == line.count || line[i] == "#" { continue }
                while let last = blockIndents.last, last >= indent { blockIndents.removeLast() }
                blockIndents.append(indent)
                // `- - - x` opens a sequence per dash.
                var dashes = 0
                while i + 1 < line.count, line[i] == "-", line[i + 1] == " " || line[i + 1] == "\t" {
                    dashes += 1
                    i += 2
                    while i < line.count, line[i] == " " { i += 1 }
                }
                try checkDepth(blockIndents.count + dashes, line: lineNumber, column: i + 1)
            }
            var tokenStart = true
            while i < line.count {
                let c = line[i]
                defer { i += 1 }
                if let open = quote {
                    if open == "\"" && c == "\\" { i += 1; continue }
                    if c == open {
                        if open == "'" && i + 1 < line.count && line[i + 1] == "'" { i += 1; continue }
                        quote = nil
                    }
                    tokenStart = false
                    continue
                }
                let next: Character? = i + 1 < line.count ? line[i + 1] : nil
                switch c {
                case "#" where tokenStart:
                    i = line.count
                    continue
                case "'", "\"" where tokenStart:
                    quote = c
                case "[", "{" where tokenStart || flowDepth > 0:
                    flowDepth += 1
                    try checkDepth(blockIndents.count + flowDepth, line: lineNumber, column: i + 1)
                case "]", "}" where flowDepth > 0:
                    flowDepth -= 1
                case "&", "*" where tokenStart && next.map { !$0.isWhitespace } ?? false:
                    throw YAMLInputError(line: lineNumber, column: i + 1, message: c == "&"
                        ? "YAML anchors (&name) are not accepted; write the value out in full"
                        : "YAML aliases (*name) are not accepted; write the value out in full")
                case "|", ">" where tokenStart && flowDepth == 0:
                    let rest = line[(i + 1)...].prefix { $0 != "#" }
                    if rest.allSatisfy({ "+-0123456789 \t".contains($0) }) {
                        blockScalarParent = indent
                        i = line.count
                        continue
                    }
                default:
                    break
                }
                tokenStart = c == " " || c == "\t" || (flowDepth > 0 && (c == "[" || c == "{" || c == ","))
            }
        }
    }

    private static func checkDepth(_ depth: Int, line: Int, column: Int) throws(YAMLInputError) {
        guard depth <= InputLimits.maximumYAMLNesting else {
            throw YAMLInputError(line: line, column: column, message: "collections nested more than "
                + "\(InputLimits.maximumYAMLNesting) deep (InputLimits.maximumYAMLNesting); expected a flat catalog, scenario or links file")
        }
    }

    // MARK: - After Yams

    private static func rejectDuplicateKeys(_ node: Node) throws(YAMLInputError) {
        switch node {
        case let .mapping(mapping):
            var seen: [Node: Int] = [:]
            for (key, value) in mapping {
                let line = key.mark?.line ?? 1
                if let first = seen[key] {
                    throw YAMLInputError(line: line, column: key.mark?.column ?? 1,
                                         message: "the key '\(key.string?.excerpt() ?? "?")' appears twice in one mapping (first on line \(first)); expected each key once")
                }
                seen[key] = line
                try rejectDuplicateKeys(value)
            }
        case let .sequence(sequence):
            for item in sequence { try rejectDuplicateKeys(item) }
        case .scalar:
            break
        }
    }
}
