import Foundation
import TextFormats

/// The key a department is grouped under, read from the bundled alias table
/// (`Resources/department-aliases.csv`, described in `Resources/README.md`).
///
/// ```swift
/// DepartmentKey.key(of: "省發展改革委")   // "省发展和改革委员会"
/// DepartmentKey.key(of: "省经信委")       // "省工业和信息化厅"
/// ```
///
/// Edge Cases: a name the table does not know is its own key (in simplified characters); the
/// jurisdiction prefix (`省`, `市`, `县`, `区`, `自治区`) is kept, so a province's and a city's
/// bureau of the same name stay apart.
public enum DepartmentKey {
    /// The key of a department name as written.
    public static func key(of name: String) -> String {
        let simplified = String(TextNormalization.normalize(name.trimmingCharacters(in: " ")))
        let prefix = DepartmentNames.jurisdictionPrefix(of: simplified) ?? ""
        let stem = String(simplified.dropFirst(prefix.count))
        return prefix + (table.aliases[stem] ?? stem)
    }

    /// The keys of a list of names, in order, without repeats.
    public static func keys(of names: [String]) -> [String] {
        var seen = Set<String>()
        return names.map(key).filter { seen.insert($0).inserted }
    }

    /// Whether a bare name (no prefix) is a spelling the table knows.
    static func isKnownStem(_ stem: String) -> Bool {
        table.aliases[String(TextNormalization.normalize(stem))] != nil
    }

    /// One row of the table.
    struct Alias: Hashable, Sendable {
        var key: String
        var alias: String
        /// As written in the table: `2008-2017`, `2018-`, `-2008` or empty.
        var years: String
    }

    /// The rows of the bundled table, in file order.
    static var rows: [Alias] { table.rows }

    private struct Table: Sendable {
        var rows: [Alias] = []
        var aliases: [String: String] = [:]
    }

    private static let table: Table = {
        guard let url = Bundle.module.url(forResource: "department-aliases", withExtension: "csv"),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            preconditionFailure("the PolicyText bundle has no department-aliases.csv")
        }
        var table = Table()
        var reader = CSVReader(text: text, file: "department-aliases.csv")
        _ = try? reader.next()
        while let record = try? reader.next() {
            let fields = record.fields.map { $0.trimmingCharacters(in: " ") }
            guard fields.count >= 2, !fields[0].isEmpty, !fields[1].isEmpty else { continue }
            let row = Alias(key: fields[0], alias: fields[1], years: fields.count > 2 ? fields[2] : "")
            table.rows.append(row)
            table.aliases[row.alias] = row.key
        }
        return table
    }()
}
