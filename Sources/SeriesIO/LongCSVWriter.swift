import TargetModel
import TextFormats

/// Writes observations in the long CSV format (`LongCSVFormat`), exactly as `LongCSVReader`
/// reads them back: numbers in their shortest round-trip form, milestones as state names, text
/// neutralised against spreadsheet formulas (`CSVWriter.neutralised`, which the reader undoes).
public struct LongCSVWriter {
    private var output: CSVFileWriter

    /// Writes to `path` (replaced atomically by `finish()`), or to standard output when `nil`.
    public init(path: String?) throws {
        output = try CSVFileWriter(path: path, writer: CSVWriter())
        try output.write(LongCSVFormat.header.map(CSVCell.text))
    }

    public mutating func write(_ observation: Observation) throws {
        let value: CSVCell = observation.measure == .milestone
            ? MilestoneState(code: observation.value).map { .text($0.rawValue) } ?? .number(observation.value)
            : .number(observation.value)
        try output.write([
            .text(observation.series), .text(observation.period.description), .text(observation.measure.rawValue),
            value, .text(observation.unit), .text(observation.released?.description ?? ""), .text(observation.source),
        ])
    }

    public mutating func finish() throws {
        try output.finish()
    }
}
