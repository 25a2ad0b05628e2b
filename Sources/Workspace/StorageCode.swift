import TargetModel

/// How the workspace file codes an observation's period, measure and release date: as small
/// integers, which keep the observation table compact and its key quick to compare. The codes
/// are part of the file format (migration v2); they never change.
enum StorageCode {
    /// `YYYYMM` with `MM` the month (01–12), 20 + the quarter (21–24), or 00 for a year:
    /// 2013-09 → 201309, 2013-Q3 → 201323, 2013 → 201300.
    static func period(_ period: Period) -> Int {
        switch period {
        case let .month(year, month): return year * 100 + month
        case let .quarter(year, quarter): return year * 100 + 20 + quarter
        case let .year(year): return year * 100
        }
    }

    static func period(code: Int) -> Period? {
        let (year, part) = code.quotientAndRemainder(dividingBy: 100)
        switch part {
        case 0: return .year(year)
        case 1...12: return .month(year: year, month: part)
        case 21...24: return .quarter(year: year, quarter: part - 20)
        default: return nil
        }
    }

    /// `YYYYMMDD`, or 0 when the release date is unknown.
    static func day(_ day: CalendarDay?) -> Int {
        day.map { $0.year * 10_000 + $0.month * 100 + $0.day } ?? 0
    }

    /// - Returns: `.some(nil)` for 0 (unknown), `nil` for a code that is no date.
    static func day(code: Int) -> CalendarDay?? {
        if code == 0 { return .some(nil) }
        let day = CalendarDay(year: code / 10_000, month: code / 100 % 100, day: code % 100)
        guard (1...12).contains(day.month), (1...CalendarDay.daysIn(year: day.year, month: day.month)).contains(day.day) else {
            return nil
        }
        return day
    }

    /// The `measure` table's codes.
    static func measure(_ measure: Measure) -> Int {
        switch measure {
        case .ytdValue: return 1
        case .ytdGrowth: return 2
        case .monthValue: return 3
        case .monthGrowth: return 4
        case .ytdAvgIndex: return 5
        case .level: return 6
        case .annualValue: return 7
        case .annualGrowth: return 8
        case .progress: return 9
        case .milestone: return 10
        }
    }

    static func measure(code: Int) -> Measure? {
        measuresByCode.indices.contains(code) ? measuresByCode[code] : nil
    }

    private static let measuresByCode: [Measure?] = (0...10).map { code in Measure.allCases.first { measure($0) == code } }
}
