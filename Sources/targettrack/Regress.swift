import ArgumentParser
import Evaluation
import Foundation
import LinearAlgebra

/// `targettrack regress`: fit a linear regression on a NIST StRD `.dat` file or a CSV file.
struct Regress: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Fit a least-squares regression (QR on LAPACK) and print its statistics.",
        discussion: """
        FILE is either a NIST StRD linear-regression file (.dat: the model is read from its header) \
        or a CSV file with a header row, for which --y and --x name the columns.

        Examples:
          targettrack regress Datasets/nist-strd/Filip.dat --format json
          targettrack regress data.csv --y gdp --x industry,fai
          targettrack regress --certify Datasets/nist-strd/*.dat
        """
    )

    @Argument(help: "NIST .dat or CSV files.", completion: .file())
    var files: [String]

    @Option(help: "Output format: table or json.")
    var format: OutputFormat = .table

    @Option(help: "CSV only: the response column.")
    var y: String?

    @Option(help: "CSV only: predictor columns, comma-separated.")
    var x: String?

    @Flag(help: "CSV only: fit without an intercept.")
    var noIntercept = false

    @Flag(help: "NIST files only: print the log relative error of every certified value instead.")
    var certify = false

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case table, json
    }

    func run() throws {
        if certify {
            let rows = try files.map { try NISTCertification(RegressionInput.nist($0)) }
            print(CertificationTable.render(rows, json: format == .json))
            return
        }
        for file in files {
            let fit = try RegressionInput.fit(file: file, y: y, x: x?.split(separator: ",").map {
                String($0).trimmingCharacters(in: .whitespaces)
            }, intercept: !noIntercept)
            print(format == .json ? RegressionReport.json(fit) : RegressionReport.table(fit, file: file))
        }
    }
}
