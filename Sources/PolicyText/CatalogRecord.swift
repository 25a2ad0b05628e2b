import TargetModel
import TextFormats

/// The catalog's columns, in file order; CSV and YAML use the same names.
public enum CatalogColumn: String, CaseIterable, Sendable {
    case id, year, section, indicator, kind, comparator, direction, value
    case valueMax = "value_max"
    case unit, lead, co
    case leadKey = "lead_key"
    case coKey = "co_key"
    case leaders, responsibility, line, text, series, tolerance

    /// Columns a catalog file may leave out; missing department keys are worked out from the names.
    static let optional: Set<CatalogColumn> = [
        .series, .tolerance, .valueMax, .leaders, .co, .leadKey, .coKey, .responsibility, .line, .text,
    ]
    /// Columns holding lists (`|`-separated in CSV, sequences in YAML).
    static let lists: Set<CatalogColumn> = [.lead, .co, .leadKey, .coKey, .leaders]
}

/// One target as read from a file, field by field with where each field is, before checking.
struct CatalogRecord {
    struct Field {
        /// Scalar text, or the items of a list.
        var items: [String]
        var isList: Bool
        var line: Int
        var column: Int?
        var text: String { items.joined(separator: "|") }
    }

    var line: Int
    var fields: [CatalogColumn: Field] = [:]

    /// Turns the record into a target, adding every problem found to `problems`.
    func target(problems: inout [CatalogProblem]) -> Target? {
        let before = problems.count
        func problem(_ column: CatalogColumn, _ message: String) {
            let field = fields[column]
            problems.append(CatalogProblem(line: field?.line ?? line, column: field?.column, message: message))
        }
        func text(_ column: CatalogColumn) -> String? {
            guard let field = fields[column] else { return nil }
            let value = field.text.trimmingCharacters(in: " ")
            return value.isEmpty ? nil : value
        }
        func required(_ column: CatalogColumn) -> String {
            if let value = text(column) { return value }
            problem(column, "missing \(column.rawValue)")
            return ""
        }
        func number(_ column: CatalogColumn) -> Double? {
            guard let value = text(column) else { return nil }
            guard let number = Double(value), NumberRule.accepts(number) else {
                problem(column, "\(column.rawValue) \"\(value.excerpt())\" is not a number (expected \(NumberRule.expectation))")
                return nil
            }
            return number
        }
        func integer(_ column: CatalogColumn) -> Int? {
            guard let value = text(column) else { return nil }
            guard let number = Int(value) else {
                problem(column, "\(column.rawValue) \"\(value)\" is not a whole number")
                return nil
            }
            return number
        }
        func choice<T: RawRepresentable & CaseIterable>(_ column: CatalogColumn, _: T.Type) -> T? where T.RawValue == String {
            let value = required(column)
            guard !value.isEmpty else { return nil }
            guard let parsed = T(rawValue: value) else {
                let allowed = T.allCases.map(\.rawValue)
                problem(column, "unknown \(column.rawValue) \"\(value)\": expected \(allowed.dropLast().joined(separator: ", ")) or \(allowed.last!)")
                return nil
            }
            return parsed
        }
        func list(_ column: CatalogColumn) -> [String] {
            guard let field = fields[column] else { return [] }
            let items = field.isList ? field.items : field.text.split(separator: "|").map(String.init)
            return items.map { $0.trimmingCharacters(in: " ") }.filter { !$0.isEmpty }
        }

        func identifier(_ column: CatalogColumn) {
            if let value = text(column), let invisible = InvisibleCharacters.first(in: value) {
                problem(column, "\(column.rawValue) \"\(value.excerpt())\" holds the invisible character \(InvisibleCharacters.name(invisible)); expected an identifier without byte-order marks, zero-width or control characters")
            }
        }

        let id = required(.id)
        identifier(.id)
        identifier(.series)
        let year = integer(.year)
        if let year, !CalendarDay.plausibleReleaseYears.contains(year) {
            problem(.year, "year \(year) is not from \(CalendarDay.plausibleReleaseYears.lowerBound) to \(CalendarDay.plausibleReleaseYears.upperBound)")
        }
        if fields[.year] != nil, year == nil, text(.year) == nil { problem(.year, "missing year") }
        if fields[.year] == nil { problem(.year, "missing year") }
        let section = text(.section) ?? ""
        let indicator = required(.indicator)
        let kind = choice(.kind, TargetKind.self)
        let comparator = choice(.comparator, Comparator.self)
        let direction = choice(.direction, Direction.self)
        let value = number(.value)
        let valueMax = number(.valueMax)
        let tolerance = number(.tolerance)
        let lineNumber = integer(.line)

        if let kind, kind != .milestone, value == nil, text(.value) == nil {
            problem(.value, "missing value: a \(kind.rawValue) target needs one (only milestones have none)")
        }
        if comparator == .range, valueMax == nil, text(.valueMax) == nil {
            problem(.valueMax, "missing value_max: a range target needs one")
        }
        if let value, let valueMax, valueMax < value {
            problem(.valueMax, "value_max \(valueMax) is less than value \(value)")
        }
        if let comparator, comparator != .range, valueMax != nil {
            problem(.valueMax, "value_max given but comparator is \(comparator.rawValue): expected range")
        }
        if let tolerance, tolerance < 0 {
            problem(.tolerance, "tolerance \(tolerance) is negative")
        }
        guard problems.count == before, let year, let kind, let comparator, let direction else { return nil }
        return Target(
            id: id, year: year, section: section, indicator: indicator, kind: kind, comparator: comparator,
            direction: direction, value: value, valueMax: valueMax, unit: text(.unit) ?? "",
            lead: list(.lead), co: list(.co),
            leadKeys: list(.leadKey).isEmpty ? DepartmentKey.keys(of: list(.lead)) : list(.leadKey),
            coKeys: list(.coKey).isEmpty ? DepartmentKey.keys(of: list(.co)) : list(.coKey),
            leaders: list(.leaders),
            responsibility: text(.responsibility) ?? "", line: lineNumber ?? 0, text: fields[.text]?.text ?? "",
            series: text(.series), tolerance: tolerance)
    }

    /// Checks a whole catalog's records: each record, then duplicate ids; `problems` already
    /// found in the file are listed with the rest.
    static func catalog(_ records: [CatalogRecord], source: String,
                        problems earlier: [CatalogProblem] = []) throws(PolicyTextError) -> Catalog {
        var problems = earlier
        var targets: [Target] = []
        var firstLine: [String: Int] = [:]
        for record in records {
            if let target = record.target(problems: &problems) {
                targets.append(target)
            }
            if let id = record.fields[.id]?.text, !id.isEmpty {
                if let earlier = firstLine[id] {
                    problems.append(CatalogProblem(line: record.fields[.id]?.line ?? record.line, column: record.fields[.id]?.column,
                                                   message: "duplicate id \(id) (first on line \(earlier))"))
                } else {
                    firstLine[id] = record.line
                }
            }
        }
        guard problems.isEmpty else {
            throw .invalidCatalog(source: source, problems: problems.sorted { ($0.line, $0.column ?? 0) < ($1.line, $1.column ?? 0) })
        }
        return Catalog(targets: targets)
    }
}
