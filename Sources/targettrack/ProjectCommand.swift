import ArgumentParser
import Foundation
import Projection
import TargetModel
import TargetTrackKit
import TextFormats
import Workspace

/// `targettrack project`: every target's year-end projection and P(meet) from the workspace.
struct ProjectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "project",
        abstract: "Project every target's year-end outcome with its interval and the probability of meeting it.",
        discussion: """
        --as-of YYYY-MM projects once that month's figures are out: observations for periods up to \
        that month, each at the latest vintage released by the release of that month's figures. \
        --known-at DATE instead uses everything released by that date (projecting from the newest \
        month of the catalog's year then known). Without either, everything in the workspace.

        One row per target: id, section, indicator, comparator, value, unit, latest_period, \
        latest_value, projection (median), p10, p90, p025, p975, probability (P(meet)), model and \
        interval (empirical = from backtest errors, analytic = regression or wide fallback, exact \
        = already known). Targets without linked data show model no_data; they are never dropped.

        Examples:
          targettrack project --as-of 2013-09
          targettrack project --known-at 2013-10-20 --format json
        """
    )

    @OptionGroup var workspaceOptions: WorkspaceOptions
    @OptionGroup var formatOptions: FormatOptions

    @Option(help: ArgumentHelp("Project as of this month's release.", valueName: "YYYY-MM"))
    var asOf: Month?

    @Option(help: ArgumentHelp("Project with what was released by this date.", valueName: "YYYY-MM-DD"))
    var knownAt: CalendarDay?

    static let header = ["id", "section", "indicator", "comparator", "value", "unit", "latest_period", "latest_value",
                         "projection", "p10", "p90", "p025", "p975", "probability", "model", "interval"]

    func validate() throws {
        if asOf != nil && knownAt != nil { throw ValidationError("give --as-of or --known-at, not both") }
    }

    func run() throws {
        let tracker = try workspaceOptions.tracker()
        let run = try asOf != nil || knownAt == nil ? tracker.projections(asOf: asOf) : tracker.projections(knownAt: knownAt)
        let rows = run.projections.map(Self.row)
        if formatOptions.format == .json {
            print(try Self.json(asOf: run.asOf.period, rows: rows))
        } else {
            print(RowPrinter.render(header: Self.header, rows: rows, format: formatOptions.format), terminator: "")
        }
        for p in run.projections {
            for warning in p.warnings { FileHandle.standardError.write(Data("\(p.target.id): \(warning)\n".utf8)) }
        }
    }

    /// One output row; numbers are finite (rounded to 4 decimals) or empty.
    static func row(_ p: TargetProjection) -> [CSVCell] {
        func number(_ x: Double?) -> CSVCell {
            x.flatMap { $0.isFinite ? CSVCell.number(($0 * 10_000).rounded() / 10_000 + 0) : nil } ?? .empty
        }
        let d = p.distribution
        return [.text(p.target.id), .text(p.target.section), .text(p.target.indicator), .text(p.target.comparator.rawValue),
                number(p.target.value), .text(p.target.unit), p.latestPeriod.map { .text($0.description) } ?? .empty,
                number(p.latestValue), number(p.projection), number(d?.quantile(0.1)), number(d?.quantile(0.9)),
                number(d?.quantile(0.025)), number(d?.quantile(0.975)), number(p.probability), .text(p.source.label),
                p.interval == .none ? .empty : .text(p.interval.rawValue)]
    }

    /// `{"asOf": "YYYY-MM", "targets": [{…one object per row…}]}`: numbers as JSON numbers, missing `null`.
    static func json(asOf: Period, rows: [[CSVCell]]) throws -> String {
        let targets = RowPrinter.jsonObjects(header: header, rows: rows)
        let object: [String: Any] = ["asOf": asOf.description, "targets": targets]
        let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }
}
