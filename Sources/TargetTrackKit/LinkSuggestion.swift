import Projection
import TargetModel
import TextFormats
import Workspace

/// A proposed link from a target to a series, for the user to accept or edit in the review file.
public struct LinkSuggestion: Hashable, Sendable {
    /// The target's id (`T001`).
    public var targetID: String
    /// The indicator name as the document wrote it.
    public var indicator: String
    /// The target's kind, which decides the measure it needs.
    public var kind: TargetKind
    /// The series proposed; `nil` when nothing matches.
    public var series: String?
    /// The measure the target would be judged on, given what the series carries in the workspace
    /// (`YearEndMeasure.of`); `nil` when the series is not in the workspace or carries nothing
    /// that measures a target of this kind.
    public var measure: YearEndMeasure?
    /// 1 for a workspace series whose id is the indicator's reference name, 0.9 for one whose
    /// name contains an alias, 0.5 for a reference name not in the workspace, 0 for no match.
    public var score: Double
    /// Why, in one line.
    public var reason: String
    /// Other workspace series that also match.
    public var alternatives: [String]

    /// Whether the link can be accepted without review: one workspace series matches at score
    /// 0.9 or more and it carries a measure the target can be judged on.
    public var isUnambiguous: Bool { score >= 0.9 && alternatives.isEmpty && measure != nil }
}

/// Proposes links from indicator names: each quantitative target's indicator is matched against
/// the alias table, and the match against the workspace's series ids and names.
public struct LinkSuggester: Sendable {
    /// The names matched against indicators (usually `IndicatorAliases.bundled()`).
    public var aliases: IndicatorAliases

    public init(aliases: IndicatorAliases) {
        self.aliases = aliases
    }

    /// One suggestion per quantitative target, in catalog order (milestones report under their own id).
    public func suggest(catalog: Catalog, series: [SeriesInfo], data: [String: SeriesData]) -> [LinkSuggestion] {
        catalog.targets.filter { $0.kind != .milestone }.map { suggest($0, series: series, data: data) }
    }

    /// The suggestion for one target.
    public func suggest(_ target: Target, series: [SeriesInfo], data: [String: SeriesData]) -> LinkSuggestion {
        var suggestion = LinkSuggestion(targetID: target.id, indicator: target.indicator, kind: target.kind, series: nil,
                                        measure: nil, score: 0, reason: "no indicator name matches \(target.indicator); choose a series",
                                        alternatives: [])
        guard let (entry, alias) = aliases.reference(for: target.indicator) else { return suggestion }
        let names = entry.aliases.map(IndicatorAliases.normalised)
        var candidates: [(id: String, score: Double, why: String)] = []
        for info in series {
            if info.id.lowercased() == entry.series {
                candidates.append((info.id, 1, "series id `\(info.id)` is the reference name of \(alias)"))
            } else if let name = [info.nameZh, info.nameEn].compactMap({ $0 }).first(where: { name in
                names.contains { IndicatorAliases.normalised(name).contains($0) }
            }) {
                candidates.append((info.id, 0.9, "series `\(info.id)` is named \(name)"))
            }
        }
        candidates.sort { ($0.score, $1.id) > ($1.score, $0.id) }
        guard let best = candidates.first else {
            suggestion.series = entry.series
            suggestion.score = 0.5
            suggestion.reason = "\(alias) is `\(entry.series)` (\(entry.nameEn)), not in the workspace: import its data under that id"
            return suggestion
        }
        suggestion.series = best.id
        suggestion.score = best.score
        suggestion.alternatives = candidates.dropFirst().map(\.id)
        suggestion.measure = data[best.id].flatMap { YearEndMeasure.of(target, in: $0) }
        let carried = (data[best.id]?.values.filter { !$0.value.isEmpty }.keys.map(\.rawValue).sorted() ?? []).joined(separator: " ")
        suggestion.reason = best.why + (suggestion.measure.map { "; judged on \($0.rawValue)" }
            ?? "; it carries no measure a \(target.kind.rawValue) target is judged on (has: \(carried.isEmpty ? "nothing" : carried))")
        return suggestion
    }
}

/// The review file of `catalog link --suggest`: a CSV (UTF-8 with a BOM, so Excel opens it) with one
/// row per suggestion; the user sets `accept` to `yes` (or edits `series`) and applies it.
public enum LinkReview {
    /// The review file's columns.
    public static let header = ["target", "indicator", "kind", "accept", "series", "measure", "score", "reason", "alternatives"]

    /// The words in the `accept` column that accept a row.
    static let yes: Set<String> = ["yes", "y", "true", "1", "是", "x"]

    /// The review file's text; unambiguous suggestions come accepted when `acceptUnambiguous`.
    public static func text(_ suggestions: [LinkSuggestion], acceptUnambiguous: Bool) -> String {
        CSVWriter(byteOrderMark: true).document(header: header, rows: suggestions.map { s in
            [.text(s.targetID), .text(s.indicator), .text(s.kind.rawValue),
             .text(acceptUnambiguous && s.isUnambiguous ? "yes" : ""), .text(s.series ?? ""),
             .text(s.measure?.rawValue ?? ""), .number(s.score), .text(s.reason), .text(s.alternatives.joined(separator: "|"))]
        })
    }
}
