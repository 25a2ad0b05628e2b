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
            let store = try workspace.open()
            let all = try store.vintages()
            let vintages = asOf.map { AsOf.latest(all, knownAt: $0) }
                ?? all.sorted { ($0.key.series, $0.key.measure.rawValue, $0.key.period) < ($1.key.series, $1.key.measure.rawValue, $1.key.period)
                    || ($0.key == $1.key && Vintage.isOrderedBefore($0, $1)) }
            var writer = try LongCSVWriter(path: output)
            for vintage in vintages { try writer.write(vintage.observation) }
            try writer.finish()
        }
    }
}
