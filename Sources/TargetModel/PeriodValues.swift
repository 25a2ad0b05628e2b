/// One measure's values by period, kept in period order in two flat arrays (a packed period and
/// its value).
///
/// A hash table of `Period` keys costs about 60 bytes per observation; this costs 12, and reads
/// in period order without sorting. A national panel holds 7.5 million observations, so the
/// difference is most of the engine's memory. It reads like a dictionary: subscript by period,
/// `keys`, `values`, `filter`, and iteration as `(key, value)` pairs, oldest period first.
public struct PeriodValues: Hashable, Sendable, Sequence, ExpressibleByDictionaryLiteral {
    /// Packed periods (see `Period.packed`), strictly increasing.
    private var packedPeriods: [Int32] = []
    private var numbers: [Double] = []

    public init() {}

    /// No values yet, with room for `minimumCapacity` of them: a reader that knows how many periods
    /// it will set avoids arrays grown by doubling, which can hold twice what they need.
    public init(minimumCapacity: Int) {
        packedPeriods.reserveCapacity(minimumCapacity)
        numbers.reserveCapacity(minimumCapacity)
    }

    /// Values from (period, value) pairs in any order; a repeated period keeps the last value.
    public init<S: Sequence>(_ pairs: S) where S.Element == (Period, Double) {
        for (period, value) in pairs { self[period] = value }
    }

    public init(dictionaryLiteral elements: (Period, Double)...) {
        self.init(elements)
    }

    public var count: Int { numbers.count }
    public var isEmpty: Bool { numbers.isEmpty }

    /// The periods, oldest first.
    public var keys: [Period] { packedPeriods.map(Period.init(packed:)) }

    /// The values, in period order.
    public var values: [Double] { numbers }

    /// The years from the oldest period's to the newest's; `nil` when empty.
    public var years: ClosedRange<Int>? {
        guard let first = packedPeriods.first, let last = packedPeriods.last else { return nil }
        return Period(packed: first).year...Period(packed: last).year
    }

    /// The value of a period, if known; setting `nil` removes it.
    public subscript(period: Period) -> Double? {
        get {
            let (index, found) = position(period.packed)
            return found ? numbers[index] : nil
        }
        set {
            let key = period.packed
            let (index, found) = position(key)
            switch (found, newValue) {
            case let (true, value?): numbers[index] = value
            case (true, nil): packedPeriods.remove(at: index); numbers.remove(at: index)
            case let (false, value?): packedPeriods.insert(key, at: index); numbers.insert(value, at: index)
            case (false, nil): break
            }
        }
    }

    /// The pairs for which `isIncluded` holds, still in period order.
    public func filter(_ isIncluded: ((key: Period, value: Double)) throws -> Bool) rethrows -> PeriodValues {
        var kept = PeriodValues()
        for (i, packed) in packedPeriods.enumerated() where try isIncluded((Period(packed: packed), numbers[i])) {
            kept.packedPeriods.append(packed)
            kept.numbers.append(numbers[i])
        }
        return kept
    }

    /// The values of periods ending in or before the month `year`-`month` (a year counts as
    /// ending in December, a quarter in its last month).
    public func ending(onOrBefore year: Int, month: Int) -> PeriodValues {
        let end = position(Int32((year * 16 + month + 1) * 4)).index
        guard end < numbers.count else { return self }
        var kept = PeriodValues()
        kept.packedPeriods = Array(packedPeriods[..<end])
        kept.numbers = Array(numbers[..<end])
        return kept
    }

    /// Calls `body` with the pairs of one year (its months, quarters and the year itself), oldest
    /// first (a month before the quarter and the year ending with it).
    public func forEach(inYear year: Int, _ body: (Period, Double) throws -> Void) rethrows {
        let start = position(Int32(year * 64)).index
        let end = position(Int32((year + 1) * 64)).index
        for i in start..<end { try body(Period(packed: packedPeriods[i]), numbers[i]) }
    }

    public func makeIterator() -> Iterator {
        Iterator(packedPeriods: packedPeriods, numbers: numbers)
    }

    /// Iterates `(key: period, value:)` pairs, oldest period first.
    public struct Iterator: IteratorProtocol {
        fileprivate let packedPeriods: [Int32]
        fileprivate let numbers: [Double]
        fileprivate var index = 0

        public mutating func next() -> (key: Period, value: Double)? {
            guard index < numbers.count else { return nil }
            defer { index += 1 }
            return (Period(packed: packedPeriods[index]), numbers[index])
        }
    }

    /// Where a packed period is (or would go), by binary search; appending in order is O(1).
    private func position(_ key: Int32) -> (index: Int, found: Bool) {
        if let last = packedPeriods.last, last < key { return (packedPeriods.count, false) }
        var low = 0, high = packedPeriods.count
        while low < high {
            let mid = (low + high) / 2
            if packedPeriods[mid] < key { low = mid + 1 } else { high = mid }
        }
        return (low, low < packedPeriods.count && packedPeriods[low] == key)
    }
}

extension Period {
    /// The period as one integer that orders like the period: (year · 16 + end month) · 4 + kind.
    var packed: Int32 {
        let kind: Int
        switch self {
        case .month: kind = 0
        case .quarter: kind = 1
        case .year: kind = 2
        }
        return Int32((year * 16 + endMonth) * 4 + kind)
    }

    /// The period a `packed` integer stands for.
    init(packed: Int32) {
        let code = Int(packed)
        let year = code >> 6, endMonth = (code >> 2) & 15
        switch code & 3 {
        case 0: self = .month(year: year, month: endMonth)
        case 1: self = .quarter(year: year, quarter: endMonth / 3)
        default: self = .year(year)
        }
    }
}
