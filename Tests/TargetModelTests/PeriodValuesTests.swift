import Evaluation
import Testing
@testable import TargetModel

@Suite("Period values: a measure's values in period order")
struct PeriodValuesTests {
    static let periods: [Period] = (2008...2013).flatMap { year in
        (1...12).map { Period.month(year: year, month: $0) } + (1...4).map { Period.quarter(year: year, quarter: $0) } + [.year(year)]
    }

    @Test("Packed periods round-trip and order exactly like periods")
    func packing() {
        for period in Self.periods { #expect(Period(packed: period.packed) == period) }
        let byPacked = Self.periods.shuffled().sorted { $0.packed < $1.packed }
        #expect(byPacked == Self.periods.sorted())
    }

    @Test("Reads like a dictionary: set in any order, replace, remove, iterate oldest first")
    func dictionaryBehaviour() {
        var rng = SeededGenerator(seed: 20131231)
        var reference: [Period: Double] = [:]
        var values = PeriodValues()
        for step in 0..<2_000 {
            let period = Self.periods.randomElement(using: &rng)!
            let value: Double? = step % 5 == 0 ? nil : Double(step)
            reference[period] = value
            values[period] = value
        }
        #expect(values.count == reference.count)
        #expect(values.keys == reference.keys.sorted())
        #expect(values.values == reference.keys.sorted().map { reference[$0]! })
        for period in Self.periods { #expect(values[period] == reference[period]) }
        #expect(Array(values.map(\.key)) == values.keys)
    }

    @Test("A literal keeps the last of repeated periods")
    func literal() {
        let values: PeriodValues = [.month(year: 2013, month: 3): 1, .year(2012): 2, .month(year: 2013, month: 3): 3]
        #expect(values.keys == [.year(2012), .month(year: 2013, month: 3)])
        #expect(values[.month(year: 2013, month: 3)] == 3)
    }

    @Test("Periods ending on or before a month: the year only in December, a quarter by its last month",
          arguments: [(2013, 9), (2013, 12), (2013, 1), (2007, 12), (2014, 1)])
    func ending(year: Int, month: Int) {
        let all = PeriodValues(Self.periods.enumerated().map { ($1, Double($0)) })
        let expected = all.filter { ($0.key.year, $0.key.endMonth) <= (year, month) }
        #expect(all.ending(onOrBefore: year, month: month) == expected)
        #expect(expected.keys.contains(.year(year)) == (month == 12 && (2008...2013).contains(year)))
    }

    @Test("One year's pairs, in order, for years inside and outside the data", arguments: [2007, 2008, 2011, 2013, 2014])
    func year(_ year: Int) {
        let all = PeriodValues(Self.periods.enumerated().map { ($1, Double($0)) })
        var seen: [Period] = []
        all.forEach(inYear: year) { period, value in
            seen.append(period)
            #expect(all[period] == value)
        }
        #expect(seen == Self.periods.filter { $0.year == year }.sorted())
    }
}
