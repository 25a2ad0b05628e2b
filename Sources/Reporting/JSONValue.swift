import TextFormats
/// A JSON value whose objects keep their keys in the order given, written per RFC 8259.
public indirect enum JSONValue: Sendable {
    case null
    case bool(Bool)
    /// Finite by type: JSON has no `inf` or `NaN`.
    case number(FiniteNumber)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    /// A number, or `null` for `nil` or a computed value that is not finite.
    public static func number(_ value: Double?) -> JSONValue {
        value.flatMap(FiniteNumber.init).map(JSONValue.number) ?? .null
    }

    /// Compact JSON text.
    public var text: String {
        switch self {
        case .null: return "null"
        case let .bool(flag): return flag ? "true" : "false"
        case let .number(value): return value.description
        case let .string(string): return JSONValue.quoted(string)
        case let .array(items): return "[" + items.map(\.text).joined(separator: ",") + "]"
        case let .object(members):
            return "{" + members.map { JSONValue.quoted($0.0) + ":" + $0.1.text }.joined(separator: ",") + "}"
        }
    }

    private static func quoted(_ string: String) -> String {
        var out = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
