import TargetModel

/// Finds two rows of one file that give different values for the same series, period, measure
/// and release date, and counts the distinct observations (series, period, measure) seen.
///
/// Keys are packed into integers so that a file of millions of rows needs about 40 bytes a row.
public struct ConflictDetector {
    /// Series ids in the order first seen.
    public private(set) var series: [String] = []
    private var seriesIndex: [String: Int] = [:]
    /// The first vintage seen of each observation.
    private var first: [UInt64: Entry] = [:]
    /// Further vintages (other release dates) of the same observation.
    private var later: [LaterKey: Entry] = [:]
    private let file: String
    private static let measures = Measure.allCases

    private struct Entry {
        var released: Int32
        var line: Int32
        var value: Double
    }

    private struct LaterKey: Hashable {
        var observation: UInt64
        var released: Int32
    }

    public init(file: String) {
        self.file = file
    }

    /// Distinct (series, period, measure) seen so far.
    public var observationCount: Int { first.count }

    /// Records a row.
    /// - Throws: `SeriesIOError.conflictingRows` when an earlier row had another value.
    public mutating func record(_ row: SourcedObservation) throws {
        let observation = row.observation
        let key = packedKey(observation)
        let released = observation.released.map { Int32($0.ordinal) } ?? Int32.min
        let entry = Entry(released: released, line: Int32(clamping: row.line), value: observation.value)
        guard let existing = first[key] else {
            first[key] = entry
            return
        }
        if existing.released == released {
            try check(existing, against: row)
        } else if let other = later[LaterKey(observation: key, released: released)] {
            try check(other, against: row)
        } else {
            later[LaterKey(observation: key, released: released)] = entry
        }
    }

    private func check(_ existing: Entry, against row: SourcedObservation) throws {
        let observation = row.observation
        guard existing.value != observation.value else { return }
        throw SeriesIOError.conflictingRows(
            file: file, firstLine: Int(existing.line), secondLine: row.line, series: observation.series,
            period: observation.period, measure: observation.measure,
            firstValue: existing.value, secondValue: observation.value)
    }

    /// Series index (32 bits), period (year·16 + month 1–12, quarter 13–16 or 0 for a year) and
    /// measure in one integer.
    private mutating func packedKey(_ observation: Observation) -> UInt64 {
        let index: Int
        if let known = seriesIndex[observation.series] {
            index = known
        } else {
            index = series.count
            seriesIndex[observation.series] = index
            series.append(observation.series)
        }
        let subperiod: Int
        switch observation.period {
        case let .month(_, month): subperiod = month
        case let .quarter(_, quarter): subperiod = 12 + quarter
        case .year: subperiod = 0
        }
        let period = UInt64(observation.period.year) << 5 | UInt64(subperiod)
        let measure = UInt64(Self.measures.firstIndex(of: observation.measure)!)
        return UInt64(index) << 32 | period << 4 | measure
    }
}
