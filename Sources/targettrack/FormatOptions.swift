import ArgumentParser

/// `--format table|csv|json`, shared by commands that print rows.
struct FormatOptions: ParsableArguments {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, csv, json
    }

    @Option(help: "Output format: table, csv or json.")
    var format: Format = .table
}
