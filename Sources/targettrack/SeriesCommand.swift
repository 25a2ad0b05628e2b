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
        @OptionGroup var format: FormatOptions

        func run() throws {
            let store = try workspace.open()
            let vintages = Dictionary(grouping: try store.vintages(), by: \.observation.series)
            let rows: [[CSVCell]] = try store.seriesInfo().map { info in
                let own = vintages[info.id] ?? []
                let periods = own.map(\.observation.period)
                return [.text(info.id), .text(info.nameZh ?? ""), .text(info.nameEn ?? ""), .text(info.unit),
                        .text(info.frequency ?? ""), .number(Double(info.publicationLagDays)),
                        .number(Double(Set(own.map(\.key)).count)), .number(Double(own.count)),
                        .text(periods.min()?.description ?? ""), .text(periods.max()?.description ?? "")]
            }
            print(RowPrinter.render(
                header: ["series", "name_zh", "name_en", "unit", "frequency", "publication_lag_days",
                         "observations", "vintages", "first_period", "last_period"],
                rows: rows, format: format.format), terminator: "")
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
        @OptionGroup var format: FormatOptions

        @Argument(help: "Series id.")
        var id: String

        @Option(help: "Show the series as it was known on this day (YYYY-MM-DD).")
        var asOf: CalendarDay?

        func run() throws {
            let store = try workspace.open()
            let all = try store.vintages(series: id)
            guard !all.isEmpty else { throw WorkspaceError.unknownSeries(id) }
            let rows: [[CSVCell]] = AsOf.latest(all, knownAt: asOf).map { vintage in
                let observation = vintage.observation
                let value: CSVCell = observation.measure == .milestone
                    ? .text(MilestoneState(code: observation.value)?.rawValue ?? "\(observation.value)")
                    : .number(observation.value)
                return [.text(observation.period.description), .text(observation.measure.rawValue), value,
                        .text(observation.unit),
                        .text(observation.released?.description ?? "[\(vintage.effectiveRelease)]"),
                        .text(observation.source), .text("\(vintage.file):\(vintage.line)")]
            }
            print(RowPrinter.render(
                header: ["period", "measure", "value", "unit", "released", "source", "imported_from"],
                rows: rows, format: format.format), terminator: "")
        }
    }
}
