import ArgumentParser
import Foundation
import Projection
import Reporting
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
        = already known). Targets without linked data show model no_data; they are never dropped. \
        Warnings go to standard error (the first 50, then how many more) and to the warnings column.

        Examples:
          targettrack project --as-of 2013-09
          targettrack project --known-at 2013-10-20 --format json
        """
    )

    @OptionGroup var workspaceOptions: WorkspaceOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var reference: ReferencePanelOption

    @Option(help: ArgumentHelp("Project as of this month's release.", valueName: "YYYY-MM"))
    var asOf: Month?

    @Option(help: ArgumentHelp("Project with what was released by this date.", valueName: "YYYY-MM-DD"))
    var knownAt: CalendarDay?

    func validate() throws {
        if asOf != nil && knownAt != nil { throw ValidationError("give --as-of or --known-at, not both") }
    }

    func run() throws {
        let tracker = reference.applied(to: try workspaceOptions.tracker())
        let run = try asOf != nil || knownAt == nil ? tracker.projections(asOf: asOf) : tracker.projections(knownAt: knownAt)
        try output.write(.projections(run.projections, asOf: run.asOf.period), standard: .table)
        // A national catalog can give a warning per target: the output's warnings column has them all.
        var shown = 0, more = 0
        for p in run.projections {
            for warning in p.warnings {
                guard shown < Self.warningsShown else { more += 1; continue }
                FileHandle.standardError.write(Data("\(p.target.id): \(warning)\n".utf8))
                shown += 1
            }
        }
        if more > 0 {
            FileHandle.standardError.write(Data("… and \(more) more warnings (all of them are in the warnings column)\n".utf8))
        }
    }

    /// Warnings printed to standard error before the rest are only counted.
    static let warningsShown = 50
}
