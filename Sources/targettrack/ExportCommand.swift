import ArgumentParser
import SeriesIO
import TargetModel
import Workspace

/// `targettrack export`: write workspace contents to files.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write workspace contents to files.",
        subcommands: [Series.self])

    /// `targettrack export series`.
    struct Series: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write observations in the long CSV format.",
            discussion: """
            Without --as-of every vintage is written, so that importing the file into an empty \
            workspace gives the same workspace back. With --as-of only what was known that day: \
            each observation's latest vintage released on or before it.

            Examples:
              targettrack export series -o all-vintages.csv
              targettrack export series --as-of 2013-06-20 -o known-2013-06-20.csv
            """)

        @OptionGroup var workspace: WorkspaceOptions

        @Option(help: "Only what was known on this day (YYYY-MM-DD).")
        var asOf: CalendarDay?

        @Option(name: .shortAndLong, help: "Output file (default: standard output).")
        var output: String?

        func run() throws {
            try workspace.tracker().exportSeries(knownAt: asOf, to: output)
        }
    }
}
