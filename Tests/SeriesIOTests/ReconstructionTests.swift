import Testing
import TargetModel
import TextFormats

/// `Datasets/heilongjiang-2013/heilongjiang-2013-reconstructed.csv` is generated; it must pass
/// through every published (FOUND) reading exactly and keep 2013's in-year path consistent with
/// the year's outcomes.
@Suite struct ReconstructionTests {
    struct Key: Hashable {
        var series: String, period: String, measure: String
    }

    static func rows(_ file: String) throws -> [(key: Key, value: Double, released: String, source: String)] {
        var reader = try CSVReader(path: BundledData.path("heilongjiang-2013/\(file)"))
        let records = try reader.readAll()
        #expect(records.first?.fields == ["series", "period", "measure", "value", "unit", "released", "source"])
        return records.dropFirst().map { record in
            (Key(series: record[0], period: record[1], measure: record[2]), Double(record[3]) ?? .nan, record[5], record[6])
        }
    }

    static let reconstructed: [Key: Double] = {
        Dictionary((try? rows("heilongjiang-2013-reconstructed.csv"))?.map { ($0.key, $0.value) } ?? [], uniquingKeysWith: { a, _ in a })
    }()

    @Test func reproducesEveryPublishedFigure() throws {
        let published = try Self.rows("published.csv")
        #expect(published.count >= 35)
        for row in published {
            #expect(row.source.hasPrefix("FOUND"))
            #expect(Self.reconstructed[row.key] == row.value, "\(row.key)")
        }
    }

    @Test func everyRowIsMarkedReconstructedAndReleasedOnceItsPeriodIsOver() throws {
        let rows = try Self.rows("heilongjiang-2013-reconstructed.csv")
        #expect(rows.count > 1000)
        for row in rows {
            #expect(row.source.hasPrefix("reconstructed"))
            let period = try #require(Period(row.key.period))
            let released = try #require(CalendarDay(row.released))
            // Grain is announced in early December, once the autumn harvest is in.
            let earliest = row.key.measure == "annual_value" ? CalendarDay(year: period.year, month: 12, day: 1) : period.endDay.adding(days: 1)
            #expect(released >= earliest && released <= period.endDay.adding(days: 240), "\(row.key)")
            #expect(Measure(rawValue: row.key.measure) != nil)
        }
    }

    @Test func the2013PathPointsToTheOutcomes() throws {
        let value = { (series: String, period: String, measure: String) in Self.reconstructed[Key(series: series, period: period, measure: measure)] }
        for q in 1...4 {
            let gdp = try #require(value("gdp", "2013-Q\(q)", "ytd_growth"))
            #expect(gdp >= 7.5 && gdp <= 8.5)
        }
        let fai = (2...9).compactMap { value("fai", "2013-0\($0)", "ytd_growth") }
        #expect(fai.count == 8 && fai.allSatisfy { $0 > 26 && $0 < 29.5 } && fai.first! > fai.last!)
        #expect(try #require(value("trade", "2013-09", "ytd_growth")) < 8)
        // January and February come out together for the NBS survey series.
        #expect(value("industry", "2013-01", "ytd_growth") == nil && value("industry", "2013-02", "ytd_growth") != nil)
        #expect(value("trade", "2013-01", "ytd_value") == 32.2)
        let levelTargets = Set(Self.reconstructed.keys.filter { $0.measure == "progress" }.map(\.series))
        #expect(levelTargets.count >= 10 && levelTargets.isSuperset(of: ["housing_starts", "urban_jobs", "afforestation", "highways"]))
        // Housing starts follow the construction season: nothing before April.
        #expect(value("housing_starts", "2013-03", "progress")! < 1 && value("housing_starts", "2013-12", "progress")! > 20)
    }
}
