import TargetModel
import TextFormats

/// The catalog as CSV: one row per target, columns `id,year,section,indicator,kind,comparator,
/// direction,value,value_max,unit,lead,co,lead_key,co_key,leaders,responsibility,line,text,series,
/// tolerance`; `lead`, `co`, their keys and `leaders` are `|`-separated; milestones have an empty
/// value. Files without the key columns are read, the keys worked out from the names.
public enum CatalogCSV {
    /// The CSV text of a catalog.
    public static func write(_ catalog: Catalog) -> String {
        CSVWriter().document(header: CatalogColumn.allCases.map(\.rawValue), rows: catalog.targets.map(row))
    }

    /// Reads a catalog, listing every problem at once (with line and column) when there are any.
    /// Columns are found by name; `series`, `tolerance` and the other optional columns may be absent.
    public static func read(_ text: String, source: String = "catalog.csv") throws -> Catalog {
        var reader = CSVReader(text: text, file: source)
        guard let header = try reader.next() else {
            throw PolicyTextError.invalidCatalog(source: source, problems: [CatalogProblem(line: 1, message: "empty file: expected a header line \(CatalogColumn.allCases.map(\.rawValue).joined(separator: ","))")])
        }
        var columns: [Int: CatalogColumn] = [:]
        var problems: [CatalogProblem] = []
        for (i, name) in header.fields.enumerated() {
            let trimmed = name.trimmingCharacters(in: " ")
            if let column = CatalogColumn(rawValue: trimmed), let earlier = columns.first(where: { $0.value == column })?.key {
                problems.append(CatalogProblem(line: header.line, column: header.locations[i].column,
                                               message: "column \"\(trimmed)\" appears twice (columns \(earlier + 1) and \(i + 1))"))
            } else if let column = CatalogColumn(rawValue: trimmed) {
                columns[i] = column
            } else {
                problems.append(CatalogProblem(line: header.line, column: header.locations[i].column,
                                               message: "unknown column \"\(trimmed)\""))
            }
        }
        let present = Set(columns.values)
        for column in CatalogColumn.allCases where !present.contains(column) && !CatalogColumn.optional.contains(column) {
            problems.append(CatalogProblem(line: header.line, message: "missing column \(column.rawValue)"))
        }
        guard problems.isEmpty else { throw PolicyTextError.invalidCatalog(source: source, problems: problems) }
        var records: [CatalogRecord] = []
        while let row = try reader.next() {
            guard row.fields.count == header.fields.count else {
                let place = row.locations[min(row.fields.count, header.fields.count) - (row.fields.count > header.fields.count ? 0 : 1)]
                problems.append(CatalogProblem(line: place.line, column: place.column, message:
                    "the row has \(row.fields.count) fields; expected \(header.fields.count), as many as the header"))
                continue
            }
            var record = CatalogRecord(line: row.line)
            for (i, field) in row.fields.enumerated() {
                guard let column = columns[i] else { continue }
                record.fields[column] = CatalogRecord.Field(
                    items: [CSVWriter.unneutralised(field)], isList: false, line: row.locations[i].line, column: row.locations[i].column)
            }
            records.append(record)
        }
        return try CatalogRecord.catalog(records, source: source, problems: problems)
    }

    private static func row(_ t: Target) -> [CSVCell] {
        [
            .text(t.id), .number(Double(t.year)), .text(t.section), .text(t.indicator), .text(t.kind.rawValue),
            .text(t.comparator.rawValue), .text(t.direction.rawValue), .number(t.value), .number(t.valueMax),
            .text(t.unit), .text(t.lead.joined(separator: "|")), .text(t.co.joined(separator: "|")),
            .text(t.leadKeys.joined(separator: "|")), .text(t.coKeys.joined(separator: "|")),
            .text(t.leaders.joined(separator: "|")), .text(t.responsibility), .number(Double(t.line)), .text(t.text),
            t.series.map(CSVCell.text) ?? .empty, .number(t.tolerance),
        ]
    }
}
