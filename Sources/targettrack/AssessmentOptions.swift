import ArgumentParser
import Reporting
import Risk
import TargetModel

/// Options shared by `risks`, `departments` and `report`: which month, compared with which, the
/// status thresholds and the language.
struct AssessmentOptions: ParsableArguments {
    @Option(name: .customLong("as-of"), help: "Assess as of this month, YYYY-MM (default: the latest month with data).")
    var asOf: String?

    @Option(help: "Compare with this month, YYYY-MM (default: the month before --as-of).")
    var since: String?

    @Option(help: "P(meet) at or above which a target is on track.")
    var onTrack = StatusThresholds.standard.onTrack

    @Option(help: "P(meet) below which a target is off track.")
    var offTrack = StatusThresholds.standard.offTrack

    @Option(help: "Language of headers, status words and labels: zh or en.")
    var lang: Language = .zh

    func validate() throws {
        for (name, text) in [("--as-of", asOf), ("--since", since)] {
            guard let text else { continue }
            guard case .month? = Period(text) else {
                throw ValidationError("\(name) \(text): expected a month as YYYY-MM, e.g. 2013-09")
            }
        }
        do {
            _ = try thresholds()
        } catch {
            throw ValidationError("\(error)")
        }
    }

    func thresholds() throws -> StatusThresholds {
        try StatusThresholds(onTrack: onTrack, offTrack: offTrack)
    }
}

extension Language: ExpressibleByArgument {}

/// The file formats of the table exports.
enum TableFormat: String, ExpressibleByArgument, CaseIterable {
    case csv, json
}

/// Where and how `risks` and `departments` write their table: `-o`, `--format`, `--excel`.
struct TableOutputOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "Write to this file (default: standard output).")
    var output: String?

    @Option(help: "csv or json.")
    var format: TableFormat = .csv

    @Flag(help: "CSV only: start with the UTF-8 byte order mark Excel on Chinese Windows needs.")
    var excel = false
}
