import ArgumentParser
import SeriesIO
import TargetModel
import TargetTrackKit
import TextFormats
import Workspace

/// `targettrack import`: load long-format CSV files and statistical release tables into the workspace.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import long-format CSV files, or release tables (wide CSV, XLSX) through a series map.",
        discussion: """
        Each file is one transaction: an error anywhere in it stores nothing from it. A value \
        different from a stored one is kept as a new vintage; identical rows change nothing, nor \
        does the same value re-released later (the same table with another --released), nor the \
        same figure with fewer decimals (27.31 after 27.30873936); \
        with more decimals it is kept and counted as a restatement, not a revision. After each file \
        a summary gives rows read, new observations, new vintages, unchanged rows, warnings (series \
        that no catalog target links to) and restatements; on a terminal, a long file reports its \
        progress every 500,000 rows.

        Files in TargetTrack's long format (series,period,measure,value,unit,released,source) need \
        nothing else. Release tables as bureaus and data terminals publish them (names down, \
        periods such as 1-2月 or 2025年07月份 across, or the transpose; CSV in UTF-8, GBK/GB18030 \
        or UTF-16, or XLSX workbooks) need --series-map, a CSV saying which printed name is which \
        series and measure (header name,series,measure,unit,zero_missing,frequency).

        Typed as in a spreadsheet, long files may name their columns in Chinese \
        (指标,期间,口径,数值,单位,发布日期,来源) and their measures as bureaus print them \
        (累计值, 累计同比, 当月值, 当月同比, 累计平均(上年=100), 期末值, 完成进度 …), with values \
        such as 1,234.5 or 18.5% and periods such as 2014/2, 2014年2月 or 2014年1-2月. Period \
        labels that print no year (1-2月) take --year, in long files and in tables whose title \
        gives none.

        Examples:
          targettrack import Datasets/heilongjiang-2013/published.csv
          targettrack import releases/2013-09.csv --released 2013-10-21 --strict
          targettrack import \\
              Datasets/china-nbs/choice_xlsx_MinjieNote/4_FixedAsset.xlsx \\
              --series-map Datasets/china-nbs/maps/4_FixedAsset.map.csv
          targettrack import 2013年1-10月.csv --format wide --encoding gb18030 \\
              --series-map map.csv
          targettrack import 月报.csv --year 2014 --released 2014-03-18
        """)

    /// `--encoding`: how text files are decoded.
    enum Encoding: String, ExpressibleByArgument, CaseIterable {
        case auto, utf8, gb18030, utf16

        /// `nil` detects; UTF-16's byte-order mark decides its byte order.
        var textEncoding: TextEncoding? {
            switch self {
            case .auto: return nil
            case .utf8: return .utf8
            case .gb18030: return .gb18030
            case .utf16: return .utf16LittleEndian
            }
        }
    }

    @OptionGroup var workspace: WorkspaceOptions

    @Argument(help: "Files to import.", completion: .file())
    var files: [String]

    @Option(help: "auto, long, wide or xlsx (auto: a workbook is xlsx, a file with the long header is long, else wide).")
    var format: ReleaseFormat = .auto

    @Option(help: "auto, utf8, gb18030 or utf16 (auto detects; utf16 needs a byte-order mark).")
    var encoding: Encoding = .auto

    @Option(name: .customLong("series-map"), help: ArgumentHelp("Series map for wide and XLSX files.", valueName: "MAP.csv"),
            completion: .file())
    var seriesMap: String?

    @Option(help: "Release date for rows whose released cell is blank (YYYY-MM-DD).")
    var released: CalendarDay?

    @Option(help: "Year of period labels that print none (1-2月, 3月) when the file gives none.")
    var year: Int?

    @Flag(help: "Fail (importing nothing from the file) when a series is not linked to any catalog target.")
    var strict = false

    func validate() throws {
        if let year, !ReleasePeriodLabel.plausibleYears.contains(year) {
            throw ValidationError("--year \(year) is not a year of statistics; expected e.g. 2014")
        }
    }

    func run() throws {
        let tracker = try workspace.tracker(.write)
        let options = ImportOptions(format: format, encoding: encoding.textEncoding, map: try seriesMap.map { try SeriesMap(path: $0) },
                                    defaultReleased: released, year: year, strict: strict)
        for file in files {
            let record = try tracker.importFile(file, options: options, progress: .terminal)
            print(record.summary, terminator: "")
        }
    }
}

extension ReleaseFormat: ExpressibleByArgument {}
