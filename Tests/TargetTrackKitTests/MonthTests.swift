import Testing
import TargetModel

@Suite struct MonthTests {
    @Test func parsesOnlyMonths() {
        #expect(Month("2013-09") == Month(year: 2013, month: 9))
        #expect(Month("2013-Q3") == nil)
        #expect(Month("2013") == nil)
        #expect(Month("2013-13") == nil)
        #expect(Month(year: 2013, month: 0) == nil)
    }

    @Test func theMonthBeforeJanuaryIsLastDecember() {
        #expect(Month("2014-01")!.previous == Month("2013-12"))
        #expect(Month("2013-09")!.previous == Month("2013-08"))
        #expect(Month("2013-09")!.description == "2013-09")
    }
}
