import Testing
import TargetModel

@Suite("Periods, calendar days and series data")
struct PeriodAndDayTests {
    @Test("Periods parse, print and order by their end", arguments: ["2013-09", "2013-Q3", "2013", "2013-01", "2013-Q4"])
    func roundTrip(text: String) throws {
        let period = try #require(Period(text))
        #expect(period.description == text)
    }

    @Test("Malformed periods are rejected", arguments: ["2013-13", "2013-Q5", "13-09", "2013-9", "2013/09", "", "2013-09-01"])
    func malformed(text: String) {
        #expect(Period(text) == nil)
    }

    @Test("A quarter ends with its last month; months come before the quarter and year ending with them")
    func ends() {
        #expect(Period.quarter(year: 2013, quarter: 3).endDay == CalendarDay(year: 2013, month: 9, day: 30))
        #expect(Period.year(2012).endDay == CalendarDay(year: 2012, month: 12, day: 31))
        #expect(Period.month(year: 2013, month: 9) < .quarter(year: 2013, quarter: 3))
        #expect(Period.quarter(year: 2013, quarter: 4) < .year(2013))
        #expect(Period.month(year: 2012, month: 12) < .month(year: 2013, month: 2))
    }

    @Test("Calendar days: leap years, ordinals and adding days")
    func days() throws {
        #expect(CalendarDay("2012-02-29") != nil && CalendarDay("2013-02-29") == nil && CalendarDay("2000-02-29") != nil)
        #expect(CalendarDay(year: 1970, month: 1, day: 1).ordinal == 0)
        let day = try #require(CalendarDay("2013-09-30"))
        #expect(day.adding(days: 15).description == "2013-10-15")
        #expect(day.adding(days: 93).description == "2014-01-01")
        #expect(CalendarDay(ordinal: day.ordinal) == day)
        #expect(CalendarDay("2013/9/30") == day)
    }

    @Test("Series data keeps values by measure and period, oldest period first")
    func seriesData() {
        var s = SeriesData(id: "fai", unit: "亿元")
        s.set(.ytdValue, .month(year: 2013, month: 9), 8072.5)
        s.set(.ytdValue, .month(year: 2013, month: 2), 104.4)
        #expect(s.periods(.ytdValue) == [.month(year: 2013, month: 2), .month(year: 2013, month: 9)])
        #expect(s.value(.ytdValue, .month(year: 2013, month: 9)) == 8072.5 && s.value(.ytdGrowth, .month(year: 2013, month: 9)) == nil)
    }

    @Test("concurrentMap keeps the order of a plain map")
    func concurrentMap() {
        let numbers = Array(0..<10_000)
        #expect(numbers.concurrentMap(minimumChunk: 100) { $0 * $0 } == numbers.map { $0 * $0 })
        #expect([3, 1].concurrentMap { $0 + 1 } == [4, 2])
    }

    @Test("Milestone states round-trip through their stored codes")
    func milestones() {
        for state in MilestoneState.allCases { #expect(MilestoneState(code: state.code) == state) }
        #expect(MilestoneState(code: 9) == nil)
    }
}
