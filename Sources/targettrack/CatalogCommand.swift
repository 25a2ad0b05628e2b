import ArgumentParser
import PolicyText
import TargetTrackKit

/// `targettrack catalog`: the group of commands on catalog files.
struct CatalogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalog",
        abstract: "Check, convert, import and export target catalogs (YAML or CSV).",
        discussion: """
        Examples:
          targettrack catalog validate Datasets/heilongjiang-2013/catalog.yaml
          targettrack catalog convert Datasets/heilongjiang-2013/catalog.yaml \\
              -o catalog.csv
          targettrack catalog import Datasets/heilongjiang-2013/catalog.yaml
          targettrack catalog export -o reviewed.yaml
        """,
        subcommands: [ValidateCatalog.self, ConvertCatalog.self, ImportCatalog.self, ExportCatalog.self, LinkCatalog.self]
    )
}

/// `targettrack catalog validate FILE`: every problem at once, with line numbers.
struct ValidateCatalog: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a catalog file and list every problem with its line.",
        discussion: """
        Lists unknown kinds, comparators and directions, missing values, value_max below value, \
        duplicate ids … all at once, as FILE:LINE:COLUMN: message. Exit code 1 when there are any.

        Example:
          targettrack catalog validate catalog.yaml
        """
    )

    @Argument(help: "A .yaml, .yml or .csv catalog.", completion: .file())
    var file: String

    func run() throws {
        let catalog = try CatalogFile.read(path: file)
        let milestones = catalog.targets.filter { $0.kind == .milestone }.count
        print("\(file): \(catalog.targets.count) targets (\(catalog.targets.count - milestones) quantitative, \(milestones) milestones), no problems")
    }
}

/// `targettrack catalog convert FILE -o OUT`: YAML ↔ CSV (and JSON out).
struct ConvertCatalog: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert a catalog between YAML and CSV; the formats come from the file names.",
        discussion: """
        The conversion is lossless: YAML → CSV → YAML gives the same catalog.

        Example:
          targettrack catalog convert catalog.yaml -o catalog.csv
        """
    )

    @Argument(help: "A .yaml, .yml or .csv catalog.", completion: .file())
    var file: String

    @Option(name: .shortAndLong, help: "The file to write (.yaml, .yml, .csv or .json).")
    var output: String

    func run() throws {
        try CatalogFile.write(try CatalogFile.read(path: file), to: output)
    }
}

/// `targettrack catalog import FILE`: the workspace's catalog becomes this file's.
struct ImportCatalog: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Load a catalog file into the workspace, replacing the catalog it had.",
        discussion: """
        The file is checked first (as `catalog validate` does); nothing is stored when it has any \
        problem. Targets link to data through their `series` column.

        Example:
          targettrack catalog import Datasets/heilongjiang-2013/catalog.yaml
        """
    )

    @OptionGroup var workspace: WorkspaceOptions

    @Argument(help: "A .yaml, .yml or .csv catalog.", completion: .file())
    var file: String

    func run() throws {
        let catalog = try workspace.tracker(.write).importCatalog(file)
        let linked = catalog.targets.filter { $0.series != nil }.count
        print("\(file): \(catalog.targets.count) targets imported into \(workspace.path) (\(linked) linked to series)")
    }
}

/// `targettrack catalog export`: the workspace's catalog as a file.
struct ExportCatalog: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the workspace's catalog as YAML (default), CSV or JSON.",
        discussion: """
        Example:
          targettrack catalog export -o catalog.csv
        """
    )

    @OptionGroup var workspace: WorkspaceOptions

    @Option(name: .shortAndLong, help: "The file to write (.yaml, .yml, .csv or .json); default: YAML on standard output.")
    var output: String?

    func run() throws {
        let catalog = try workspace.open().catalog()
        if let output {
            try CatalogFile.write(catalog, to: output)
        } else {
            print(try CatalogFile.text(catalog, format: .yaml), terminator: "")
        }
    }
}
