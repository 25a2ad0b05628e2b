import SeriesIO
import Foundation
import TargetModel
import TextFormats

/// Reader of the long-format NBS series converted from Choice exports
/// (`Datasets/china-nbs/china_monthly_ytd_nbs_via_choice.csv`): columns
/// `date,series,name_cn,name_en,freq,unit,value,source_file`, the date being the period end.
///
/// The measure comes from the series code: `…_YTD_LEVEL` → `ytd_value`, `…_YTD_YOY` → `ytd_growth`,
/// `…_MONTH_LEVEL` → `month_value`, any other `…_YOY` → `month_growth`. Frequency `季` makes the
/// period a quarter, otherwise a month.
///
/// Edge cases: a malformed date or value throws `TextFormatsError.malformedCSV` at its file:line:column.
public enum ChinaNBSLong {
    public static func read(path: String) throws -> [String: SeriesData] {
        var reader = try CSVReader(path: path)
        guard let header = try reader.next(), header.fields.prefix(7) == ["date", "series", "name_cn", "name_en", "freq", "unit", "value"] else {
            throw TextFormatsError.malformedCSV(location: TextLocation(file: path, line: 1, column: 1), message: "expected the header `date,series,name_cn,name_en,freq,unit,value,…`")
        }
        var out: [String: SeriesData] = [:]
        while let record = try reader.next() {
            guard record.count >= 7 else {
                throw TextFormatsError.malformedCSV(location: record.locations[0], message: "expected 7 or more fields, found \(record.count)")
            }
            guard let day = CalendarDay(record[0]) else {
                throw TextFormatsError.malformedCSV(location: record.locations[0], message: "expected a date YYYY-MM-DD, found `\(record[0])`")
            }
            guard let value = Double(record[6]), value.isFinite else {
                throw TextFormatsError.malformedCSV(location: record.locations[6], message: "expected a number, found `\(record[6])`")
            }
            let code = record[1]
            let period: Period = record[4] == "季" ? .quarter(year: day.year, quarter: (day.month + 2) / 3)
                                                  : .month(year: day.year, month: day.month)
            out[code, default: SeriesData(id: code, unit: record[5])].set(measure(of: code), period, value)
        }
        return out
    }

    /// The measure a series code carries.
    static func measure(of code: String) -> Measure {
        if code.hasSuffix("_YTD_LEVEL") { return .ytdValue }
        if code.contains("_YTD_YOY") { return .ytdGrowth }
        if code.hasSuffix("_MONTH_LEVEL") { return .monthValue }
        return .monthGrowth
    }
}
