import TargetModel

/// Finds two rows of one file that give different values for the same series, period, measure
/// and release date, and counts the distinct observations (series, period, measure) seen.
///
/// Each row is remembered as 24 bytes under an integer key (series in order of first sight,
/// period, measure). Files are usually sorted (series, then periods, then measures): while keys
/// keep increasing a row cannot repeat an earlier one and is only appended; a row out of order is
/// looked up among the sorted rows by binary search and among earlier out-of-order rows by hash.
public struct ConflictDetector {
    /// Series ids in the order first seen.
    public private(set) var series: [String] = []
    /// Distinct (series, period, measure) seen so far.
    public private(set) var observationCount = 0
    private var seriesIndex: [String: Int] = [:]
    private var lastSeries: (id: String, index: Int)?
    /// Rows in non-decreasing key order.
    private var ordered: [Entry] = []
    /// Rows that came out of order, by key.
    private var unordered: [UInt64: [Entry]] = [:]
    private let file: String
    private static let measures = Measure.allCases

    private struct Entry {
        var key: UInt64
        var released: Int32
        var line: Int32
        var value: Double
    }

    public init(file: String) {
        self.file = file
    }

    /// Records a row.
    /// - Returns: whether it is the file's first row of its observation (series, period, measure).
    /// - Throws: `SeriesIOError.conflictingRows` when an earlier row had another value.
    @discardableResult
    public mutating func record(_ row: SourcedObservation) throws -> Bool {
        let observation = row.observation
        let entry = Entry(key: packedKey(observation),
                          released: observation.released.map { Int32($0.ordinal) } ?? Int32.min,
                          line: Int32(clamping: row.line), value: observation.value)
        guard let last = ordered.last, entry.key <= last.key else {
            ordered.append(entry)
            observationCount += 1
            return true
        }
        var seen = false
        var index = entry.key == last.key ? ordered.count - 1 : firstIndex(of: entry.key)
        while index >= 0 && index < ordered.count && ordered[index].key == entry.key {
            seen = true
            if try matches(ordered[index], row) { return false }
            index += entry.key == last.key ? -1 : 1
        }
        if entry.key == last.key {
            ordered.append(entry)
            return false
        }
        if let others = unordered[entry.key] {
            for other in others {
                if try matches(other, row) { return false }
            }
            seen = true
        }
        unordered[entry.key, default: []].append(entry)
        if !seen { observationCount += 1 }
        return !seen
    }

    /// Whether an earlier row has the same release date (and so the same value).
    private func matches(_ earlier: Entry, _ row: SourcedObservation) throws -> Bool {
        let observation = row.observation
        guard earlier.released == (observation.released.map { Int32($0.ordinal) } ?? Int32.min) else { return false }
        guard earlier.value == observation.value else {
            throw SeriesIOError.conflictingRows(
                file: file, firstLine: Int(earlier.line), secondLine: row.line, series: observation.series,
                period: observation.period, measure: observation.measure,
                firstValue: earlier.value, secondValue: observation.value)
        }
        return true
    }

    /// The first position in `ordered` whose key is not below `key`.
    private func firstIndex(of key: UInt64) -> Int {
        var low = 0, high = ordered.count
        while low < high {
            let middle = (low + high) / 2
            if ordered[middle].key < key { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Series index (32 bits), period (year·32 + month 1–12, quarter 13–16 or 0 for a year) and
    /// measure in one integer.
    private mutating func packedKey(_ observation: Observation) -> UInt64 {
        let index: Int
        if let lastSeries, lastSeries.id == observation.series {
            index = lastSeries.index
        } else if let known = seriesIndex[observation.series] {
            index = known
        } else {
            index = series.count
            seriesIndex[observation.series] = index
            series.append(observation.series)
        }
        lastSeries = (observation.series, index)
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
