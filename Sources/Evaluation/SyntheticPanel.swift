import TargetTrackKit
import Foundation
import TargetModel

/// A seeded generator of a synthetic national county-level panel in the long CSV format:
/// units × indicators × years of monthly YTD values, with seasonality, trends, noise and gaps.
///
/// Everything here is synthetic (the file name says so); the same seed gives the same bytes.
/// January is never published on its own (1-2月 is released together), about 3 % of releases are
/// late (released 30–60 days after the period instead of 15–25) and about 0.5 % of months are missing.
struct SyntheticPanel {
    var units: Int
    var indicators: Int
    var years: ClosedRange<Int>
    var seed: UInt64

    /// A national county-level panel, 2008–2013, of about `series` series: `indicators` per unit
    /// (40 gives the canonical 2,846 units × 40 = 113,840; 350 with 1,000,000 series is every
    /// county × 350 indicators), the units rounded up so that at least `series` are generated.
    static func national(series: Int, indicators: Int = 40, seed: UInt64 = 20_130_930) -> SyntheticPanel {
        let indicators = Swift.min(indicators, series)
        return SyntheticPanel(units: (series + indicators - 1) / indicators, indicators: indicators, years: 2008...2013, seed: seed)
    }

    var seriesCount: Int { units * indicators }

    /// The CSV's file name, which says it is synthetic and what it holds.
    var fileName: String { "synthetic-panel-\(units)x\(indicators)-seed\(seed).csv" }

    /// `c00012_i07`: the unit in five digits, the indicator in two (three beyond 100 indicators).
    func seriesID(unit: Int, indicator: Int) -> String {
        let width = indicators > 100 ? 1_000 : 100
        return "c\(String(unit + 100_000).dropFirst())_i\(String(indicator + width).dropFirst())"
    }

    /// Writes the panel to `path` and returns the number of observation rows.
    func write(to path: String) throws -> Int {
        FileManager.default.createFile(atPath: path, contents: nil)
        guard let handle = FileHandle(forWritingAtPath: path) else {
            throw TargetTrackError("\(path): cannot write the synthetic panel")
        }
        defer { try? handle.close() }
        var out = "series,period,measure,value,unit,released,source\n"
        var rows = 0
        var random = SeededGenerator(seed: seed)
        for unit in 0..<units {
            for indicator in 0..<indicators {
                let id = seriesID(unit: unit, indicator: indicator)
                let shape = Self.seasonalShape(indicator)
                var level = 50 * exp(2 * random.uniform())
                let trend = 0.02 + 0.08 * random.uniform() + 0.01 * Double(indicator % 5)
                for year in years {
                    level *= exp(trend + 0.04 * random.normal())
                    var ytd = 0.0
                    for month in 1...12 {
                        ytd += level * shape[month - 1] * exp(0.05 * random.normal())
                        let late = random.uniform() < 0.03
                        let missing = random.uniform() < 0.005
                        guard month >= 2, !missing else { continue }
                        let period = Period.month(year: year, month: month)
                        let released = period.endDay.adding(days: late ? 30 + Int(random.uniform() * 30) : 15 + Int(random.uniform() * 10))
                        out += "\(id),\(period),ytd_value,\((ytd * 10_000).rounded() / 10_000),亿元,\(released),synthetic\n"
                        rows += 1
                    }
                }
                if out.utf8.count > 1 << 22 {
                    handle.write(Data(out.utf8))
                    out.removeAll(keepingCapacity: true)
                }
            }
        }
        handle.write(Data(out.utf8))
        return rows
    }

    /// Monthly shares of the year for an indicator: flat, or a construction season (April–
    /// October heavy) for every third indicator, or a December peak for every fifth.
    static func seasonalShape(_ indicator: Int) -> [Double] {
        let raw: [Double]
        if indicator % 3 == 0 {
            raw = [0.2, 0.3, 0.6, 1.1, 1.5, 1.7, 1.6, 1.6, 1.5, 1.1, 0.5, 0.3]
        } else if indicator % 5 == 0 {
            raw = [0.8, 0.7, 0.9, 0.9, 1.0, 1.0, 1.0, 1.0, 1.0, 1.1, 1.2, 1.6]
        } else {
            raw = [0.9, 0.8, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.1, 1.2]
        }
        let total = raw.reduce(0, +)
        return raw.map { $0 / total }
    }
}
