import ArgumentParser
import TargetModel
import Workspace

/// `targettrack import`: load long-format CSV files into the workspace.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import long-format CSV files (series,period,measure,value,unit,released,source).",
        discussion: """
        Each file is one transaction: an error anywhere in it stores nothing from it. A value \
        different from a stored one is kept as a new vintage; identical rows change nothing. After \
        each file a summary gives rows read, new observations, new vintages, unchanged rows and \
        warnings (series that no catalog target links to).

        Examples:
          targettrack import Datasets/heilongjiang-2013/published.csv
          targettrack import releases/2013-09.csv --released 2013-10-21 --strict
        """)

    @OptionGroup var workspace: WorkspaceOptions

    @Argument(help: "Long-format CSV files.", completion: .file())
    var files: [String]

    @Option(help: "Release date for rows whose released cell is blank (YYYY-MM-DD).")
    var released: CalendarDay?

    @Flag(help: "Fail (importing nothing from the file) when a series is not linked to any catalog target.")
    var strict = false

    func run() throws {
        let store = try workspace.open()
        for file in files {
            let record = try store.importLongCSV(path: file, defaultReleased: released, strict: strict)
            print("\(file): \(record.rowsRead) rows read, \(record.newObservations) new observations, "
                + "\(record.newVintages) new vintages, \(record.unchanged) unchanged, "
                + "\(record.missing) missing values, \(record.warningList.count) warnings")
            let warnings = record.warningList
            for warning in warnings.prefix(10) { print("warning: \(file): \(warning)") }
            if warnings.count > 10 { print("warning: \(file): … and \(warnings.count - 10) more") }
        }
    }
}
