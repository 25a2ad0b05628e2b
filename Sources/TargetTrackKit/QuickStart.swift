import Foundation
import PolicyText
import Projection
import TargetModel
import TextFormats

/// What `initialise(document:year:)` did: the catalog stored and how the document was read.
public struct Initialisation: Sendable {
    public var catalog: Catalog
    public var extraction: Extraction

    /// One line per fact: the plan year and its clue, warnings, and the numbers seen and extracted.
    public func summary(document: String) -> String {
        var lines = ["\(document): \(extraction.year)"]
        lines += extraction.warnings.map { "\(document): warning: \($0)" }
        let milestones = catalog.targets.filter { $0.kind == .milestone }.count
        lines.append("\(document): \(extraction.numbersSeen) numbers with a unit seen, \(extraction.numbersExtracted) extracted; "
            + "\(catalog.targets.count) targets (\(catalog.targets.count - milestones) quantitative, \(milestones) milestones)")
        return lines.joined(separator: "\n") + "\n"
    }
}

/// One link made by `applyLinks`.
public struct AppliedLink: Hashable, Sendable {
    public var target: String
    public var series: String
    /// What the target is now judged on.
    public var measure: YearEndMeasure
}

/// What `applyLinks` changed.
public struct AppliedLinks: Sendable {
    /// The targets newly linked or relinked, with their series.
    public var linked: [AppliedLink]
    /// Rows not accepted, left as they were.
    public var skipped: Int
}

extension TargetTracker {
    /// Extracts the catalog from an allocation document (text, XLSX, DOCX or PDF) and stores it,
    /// replacing any catalog the store had.
    /// - Parameter year: the plan year, instead of the one read from the text.
    public func initialise(document: String, year: Int? = nil) throws -> Initialisation {
        let extraction = try TargetExtractor(year: year).read(try DocumentReader.lines(path: document), source: document)
        try store.saveCatalog(extraction.catalog)
        return Initialisation(catalog: extraction.catalog, extraction: extraction)
    }

    /// A suggested series and measure for every quantitative target, from the bundled indicator
    /// aliases against the series in the store.
    public func suggestLinks() throws -> [LinkSuggestion] {
        try LinkSuggester(aliases: .bundled()).suggest(catalog: catalog(), series: store.seriesInfo(),
                                                       data: store.seriesData(knownAt: nil))
    }

    /// Links every accepted row of a review file (see `LinkReview`) and stores the catalog.
    ///
    /// Edge cases: nothing is stored when any accepted row names an unknown target, a series not
    /// in the store, a series that carries no measure the target can be judged on, or a measure
    /// other than the one `YearEndMeasure.of` gives; every problem is listed as FILE:LINE:COLUMN.
    public func applyLinks(reviewFile path: String) throws -> AppliedLinks {
        var catalog = try catalog()
        let data = try store.seriesData(knownAt: nil)
        var reader = try CSVReader(path: path)
        let records = try reader.readAll()
        guard let head = records.first else { throw TargetTrackError("\(path): empty review file") }
        var column: [String: Int] = [:]
        for (i, name) in head.fields.enumerated() { column[name.trimmingCharacters(in: .whitespaces).lowercased()] = i }
        for needed in ["target", "accept", "series"] where column[needed] == nil {
            throw TargetTrackError("\(path):\(head.line):1: no `\(needed)` column (expected \(LinkReview.header.joined(separator: ",")))")
        }
        func cell(_ record: CSVRecord, _ name: String) -> (String, TextLocation)? {
            guard let i = column[name], i < record.count else { return nil }
            return (record[i].trimmingCharacters(in: .whitespaces), record.locations[i])
        }
        var problems: [String] = []
        var applied = AppliedLinks(linked: [], skipped: 0)
        for record in records.dropFirst() {
            guard let (accept, _) = cell(record, "accept"), LinkReview.yes.contains(accept.lowercased()) else {
                applied.skipped += 1
                continue
            }
            guard let (id, _) = cell(record, "target"), let index = catalog.targets.firstIndex(where: { $0.id == id }) else {
                problems.append("\(record.locations.first.map(\.description) ?? path): no target `\(cell(record, "target")?.0 ?? "")` in the catalog")
                continue
            }
            guard let (series, seriesAt) = cell(record, "series"), !series.isEmpty else {
                problems.append("\(record.locations.first.map(\.description) ?? path): \(id) is accepted without a series")
                continue
            }
            guard let values = data[series] else {
                problems.append("\(seriesAt): no series `\(series)` in \(store.path); import its data first")
                continue
            }
            let target = catalog.targets[index]
            guard let measure = YearEndMeasure.of(target, in: values) else {
                let carried = values.values.filter { !$0.value.isEmpty }.keys.map(\.rawValue).sorted().joined(separator: " ")
                problems.append("\(seriesAt): `\(series)` carries no measure a \(target.kind.rawValue) target is judged on (has: \(carried))")
                continue
            }
            if let (written, measureAt) = cell(record, "measure"), !written.isEmpty, written != measure.rawValue {
                problems.append("\(measureAt): \(id) on `\(series)` is judged on \(measure.rawValue), not \(written): "
                    + "the measure follows from what the series carries; import the \(written) figures or clear the cell")
                continue
            }
            catalog.targets[index].series = series
            applied.linked.append(AppliedLink(target: id, series: series, measure: measure))
        }
        guard problems.isEmpty else { throw TargetTrackError(problems.joined(separator: "\n")) }
        try store.saveCatalog(catalog)
        return applied
    }
}
