import ArgumentParser
import TargetModel
import TextFormats
import Workspace

/// `targettrack series`: what the workspace holds, series by series.
struct SeriesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "series",
        abstract: "List the workspace's series or show one as known on a day.",
        subcommands: [List.self, Show.self])

    /// `targettrack series list`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List every series with its unit, frequency, publication lag and extent.",
            discussion: """
            Examples:
              targettrack series list
              targettrack series list --format json
            """)

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            try output.write(try workspace.tracker().seriesList(), standard: .table)
        }
    }

    /// `targettrack series show ID`.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show a series' observations as known on a day (default: everything imported).",
            discussion: """
            Each observation is shown at its latest vintage released on or before --as-of. A release \
            date in brackets is unknown and assumed to be period end plus the series' publication lag.

            Examples:
              targettrack series show gdp
              targettrack series show gdp --as-of 2013-06-20 --format csv
            """)

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions

        @Argument(help: "Series id.")
        var id: String

        @Option(help: "Show the series as it was known on this day (YYYY-MM-DD).")
        var asOf: CalendarDay?

        func run() throws {
            try output.write(try workspace.tracker().series(id, knownAt: asOf), standard: .table)
        }
    }
}
