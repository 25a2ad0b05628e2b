import Evaluation
import Reporting
import Projection
import TargetModel
import Testing
@testable import Scenarios

/// Investment-like data: 2012 and 2013 YTD values, 2013 released through September.
func investmentData() -> SeriesData {
    var s = SeriesData(id: "fai", unit: "亿元")
    let amounts2012: [Double] = [0, 300, 500, 900, 1300, 1500, 1500, 1400, 1300, 900, 500, 200]
    var ytd = 0.0
    for (i, a) in amounts2012.enumerated() where i > 0 || a > 0 {
        ytd += a
        if i >= 1 { s.set(.ytdValue, .month(year: 2012, month: i + 1), ytd) }
    }
    var ytd13 = 0.0
    for m in 2...9 {
        ytd13 += amounts2012[m - 1] * 1.2
        s.set(.ytdValue, .month(year: 2013, month: m), ytd13)
        s.set(.ytdGrowth, .month(year: 2013, month: m), 20)
    }
    return s
}

func target(_ id: String, series: String, value: Double, comparator: Comparator = .atLeast,
            kind: TargetKind = .growthRate, direction: Direction = .increase) -> Target {
    Target(id: id, year: 2013, section: "一", indicator: series, kind: kind, comparator: comparator,
           direction: direction, value: value, unit: kind == .growthRate ? "%" : "亿斤", series: series)
}

/// The source `carryForward` gives its projections: carry-forward alone.
let carriedForward = ProjectionSource.models([WeightedModel(CarryForwardModel.id, weight: 1)])

/// A plain projector for the scenario mechanics: the latest YTD growth (or annual value) carried
/// to December, ±1.5 pp normal. The real engine is exercised by the end-to-end tests.
let carryForward: Projector = { catalog, data, asOf in
    catalog.targets.map { t in
        guard let s = t.series.flatMap({ data[$0] }) else { return TargetProjection(target: t) }
        let month = s.lastReleasedMonth(in: asOf.year)
        let latest = s.value(.ytdGrowth, .month(year: asOf.year, month: month)) ?? s.value(.annualValue, .year(asOf.year - 1))
        return TargetProjection(target: t, latestPeriod: .month(year: asOf.year, month: month), latestValue: latest,
                                distribution: latest.map { .normal(mean: $0, sd: 1.5) }, source: carriedForward, interval: .analytic)
    }
}

@Suite("Scenario files")
struct ScenarioFileTests {
    @Test("The documented example parses into shocks and overrides")
    func example() throws {
        let yaml = """
        name: 四季度投资放缓
        as_of: 2013-09
        shocks:
          - series: fai
            months: 10-12
            month_growth: 15
          - series: retail
            add_pp: -1.0
          - series: grain
            annual_value: 1250
        targets:
          - id: T003
            value: 25
        """
        let s = try ScenarioFile.parse(yaml, file: "s.yaml")
        #expect(s.name == "四季度投资放缓" && s.asOf == .month(year: 2013, month: 9))
        #expect(s.shocks == [Shock(series: "fai", kind: .monthGrowth(15), months: 10...12, line: 4),
                             Shock(series: "retail", kind: .addPercentagePoints(-1), line: 7),
                             Shock(series: "grain", kind: .annualValue(1250), line: 9)])
        #expect(s.targetOverrides == [TargetOverride(id: "T003", value: 25, line: 12)])
    }

    @Test("Every problem in a file is listed at once with its line")
    func problemsAtOnce() {
        let yaml = """
        as_of: 2013-13
        colour: red
        shocks:
          - series: fai
            month_growth: 15
            add_pp: 1
          - months: 10-12
            month_growth: 3
        """
        #expect {
            try ScenarioFile.parse(yaml, file: "bad.yaml")
        } throws: { error in
            let lines = (error as? ScenarioProblems)?.problems.map(\.line) ?? []
            return lines.sorted() == [1, 2, 4, 7]
        }
    }

    @Test("A cycle among links is an error naming it")
    func cycle() {
        #expect {
            try LinkSpecification.parse("gdp: [industry]\nindustry: [fai]\nfai: [gdp]\n", file: "links.yaml")
        } throws: { error in
            (error as? ScenarioProblems)?.description.contains("gdp → industry → fai → gdp") == true
        }
    }
}

@Suite("Running scenarios")
struct ScenarioRunTests {
    let catalog = Catalog(targets: [target("T1", series: "fai", value: 20), target("T2", series: "grain", value: 1300, comparator: .exact, kind: .level)])
    var data: [String: SeriesData] {
        var grain = SeriesData(id: "grain", unit: "亿斤")
        grain.set(.annualValue, .year(2012), 1152.3)
        return ["fai": investmentData(), "grain": grain]
    }

    @Test("month_growth writes the assumed months and their YTD figures")
    func monthGrowth() throws {
        let runner = ScenarioRunner(catalog: catalog, data: data, projector: carryForward)
        let slow = Scenario(name: "slow", asOf: .month(year: 2013, month: 9),
                            shocks: [Shock(series: "fai", kind: .monthGrowth(0), months: 10...12)])
        let result = try runner.run(slow)
        // Jan–Sep grew 20 % in levels; Oct–Dec at 0 %: year total 1.2·8700 + 1600 vs 10300.
        let expected = 20 + ((8700 * 1.2 + 1600) / 10300 - 1) * 100 - ((8700 * 1.2) / 8700 - 1) * 100
        #expect(abs((result[0].projection ?? 0) - expected) < 1e-9)
        #expect(result[0].source == .scenario(carriedForward))
        #expect(result[1].source == carriedForward)
        #expect((result[0].probability ?? 1) < (try runner.baseline(asOf: slow.asOf)[0].probability ?? 0))
    }

    @Test("annual_value fixes the outcome; add_pp and scale move it")
    func outcomeShocks() throws {
        let runner = ScenarioRunner(catalog: catalog, data: data, projector: carryForward)
        let harvest = try runner.run(Scenario(name: "h", asOf: .month(year: 2013, month: 9),
                                              shocks: [Shock(series: "grain", kind: .annualValue(1250))]))
        #expect(harvest[1].projection == 1250 && harvest[1].probability == 0)
        #expect(harvest[1].source == .assumed)
        let weaker = try runner.run(Scenario(name: "w", asOf: .month(year: 2013, month: 9),
                                             shocks: [Shock(series: "fai", kind: .addPercentagePoints(-1))]))
        // Oct–Dec carried 1600 of 10300 last year.
        #expect(abs((weaker[0].projection ?? 0) - (20 - 1600.0 / 10300)) < 1e-9)
        let scaled = try runner.run(Scenario(name: "s", asOf: .month(year: 2013, month: 9),
                                             shocks: [Shock(series: "fai", kind: .scale(0.5))]))
        #expect((scaled[0].projection ?? 99) < 20)
    }

    @Test("The baseline is unchanged by a scenario")
    func baselineUnchanged() throws {
        let runner = ScenarioRunner(catalog: catalog, data: data, projector: carryForward)
        let before = try runner.baseline(asOf: .month(year: 2013, month: 9)).map(\.projection)
        _ = try runner.run(Scenario(name: "h", asOf: .month(year: 2013, month: 9),
                                    shocks: [Shock(series: "fai", kind: .monthGrowth(-10), months: 10...12)],
                                    targetOverrides: [TargetOverride(id: "T1", value: 5)]))
        #expect(try runner.baseline(asOf: .month(year: 2013, month: 9)).map(\.projection) == before)
        #expect(runner.catalog.targets[0].value == 20)
    }

    @Test("Unknown ids, released months and contradictory shocks are all reported")
    func errors() {
        let runner = ScenarioRunner(catalog: catalog, data: data, projector: carryForward)
        let bad = Scenario(name: "bad", asOf: .month(year: 2013, month: 9), shocks: [
            Shock(series: "steel", kind: .monthGrowth(1), line: 3),
            Shock(series: "fai", kind: .monthGrowth(1), months: 8...12, line: 6),
            Shock(series: "fai", kind: .monthValue(100), months: 11...12, line: 9),
        ], targetOverrides: [TargetOverride(id: "T99", value: 1, line: 12)], file: "bad.yaml")
        #expect {
            try runner.run(bad)
        } throws: { error in
            (error as? ScenarioProblems)?.problems.map(\.line).sorted() == [3, 6, 9, 12]
        }
    }
}

@Suite("Links and goal seek")
struct LinkTests {
    /// y = 1 + 0.5·x1 + 0.3·x2 + noise, seeded.
    func linkedData() -> [String: SeriesData] {
        var random = SeededGenerator(seed: 42)
        func noise() -> Double { random.uniform() - 0.5 }
        var x1 = SeriesData(id: "industry"), x2 = SeriesData(id: "fai"), y = SeriesData(id: "gdp")
        for year in 2005...2012 {
            for q in 1...4 {
                let p = Period.month(year: year, month: q * 3)
                let a = 10 + 5 * noise(), b = 20 + 10 * noise()
                x1.set(.ytdGrowth, p, a)
                x2.set(.ytdGrowth, p, b)
                y.set(.ytdGrowth, p, 1 + 0.5 * a + 0.3 * b + 0.2 * noise())
            }
        }
        return ["industry": x1, "fai": x2, "gdp": y]
    }

    @Test("Link estimation recovers a known relation")
    func estimation() throws {
        let link = LinkSpecification.Link(series: "gdp", drivers: ["industry", "fai"], line: 1)
        let e = try LinkEstimate.fit(link, data: linkedData(), before: 2013)
        #expect(abs(e.coefficients[1] - 0.5) < 3 * e.standardErrors[1] && e.standardErrors[1] < 0.05)
        #expect(abs(e.coefficients[2] - 0.3) < 3 * e.standardErrors[2])
        #expect(e.rSquared > 0.99 && e.observations == 32 && e.years == Array(2005...2012))
    }

    @Test("Quarterly series pair with monthly drivers at the quarter's last month")
    func quarterlyAlignment() throws {
        var data = linkedData()
        var quarterly = SeriesData(id: "gdp")
        for period in data["gdp"]!.periods(.ytdGrowth) {
            quarterly.set(.ytdGrowth, .quarter(year: period.year, quarter: period.endMonth / 3), data["gdp"]!.value(.ytdGrowth, period)!)
        }
        data["gdp"] = quarterly
        let e = try LinkEstimate.fit(.init(series: "gdp", drivers: ["industry", "fai"], line: 1), data: data, before: 2013)
        #expect(e.observations == 32 && abs(e.coefficients[1] - 0.5) < 0.05)
    }

    @Test("A shock to a driver moves the linked target by elasticity × change and widens it")
    func propagation() throws {
        let faiData = investmentData()
        var gdp = SeriesData(id: "gdp")
        gdp.set(.ytdGrowth, .month(year: 2013, month: 9), 8)
        let link = LinkEstimate(series: "gdp", drivers: ["fai"], coefficients: [5, 0.2], standardErrors: [1, 0.05],
                                rSquared: 0.8, residualStandardDeviation: 0.7, observations: 20, years: [2009])
        let cat = Catalog(targets: [target("T1", series: "fai", value: 30), target("G", series: "gdp", value: 11, comparator: .approx)])
        let runner = ScenarioRunner(catalog: cat, data: ["fai": faiData, "gdp": gdp], links: [link], projector: carryForward)
        let asOf = Period.month(year: 2013, month: 9)
        let base = try runner.baseline(asOf: asOf)
        let shocked = try runner.run(Scenario(name: "x", asOf: asOf, shocks: [Shock(series: "fai", kind: .monthGrowth(0), months: 10...12)]))
        let faiChange = (shocked[0].projection ?? 0) - (base[0].projection ?? 0)
        #expect(faiChange < 0)
        #expect(abs((shocked[1].projection ?? 0) - (8 + 0.2 * faiChange)) < 1e-9)
        #expect(shocked[0].source == .scenario(carriedForward) && shocked[1].source == .linked(carriedForward))
        #expect((shocked[1].probability ?? 1) < (base[1].probability ?? 0))
        let width = { (p: TargetProjection) in (p.distribution?.quantile(0.9) ?? 0) - (p.distribution?.quantile(0.1) ?? 0) }
        #expect(width(shocked[1]) > width(base[1]))
    }

    @Test("Goal seek: the found growth, applied as a shock, yields the asked probability")
    func goalSeek() throws {
        let cat = Catalog(targets: [target("T1", series: "fai", value: 22)])
        let runner = ScenarioRunner(catalog: cat, data: ["fai": investmentData()], projector: carryForward)
        let asOf = Period.month(year: 2013, month: 9)
        let result = try GoalSeek(runner: runner).solve(targetID: "T1", probability: 0.7, asOf: asOf)
        let g = try #require(result.value)
        #expect(result.variable == .monthGrowth)
        #expect(result.months == 10...12)
        let check = try runner.run(Scenario(name: "check", asOf: asOf, shocks: [Shock(series: "fai", kind: .monthGrowth(g), months: 10...12)]))
        #expect(abs((check[0].probability ?? 0) - 0.7) < 0.01)
        #expect(result.historicalMaximum == nil || result.isUnprecedented == (g > result.historicalMaximum!))
    }

    @Test("Goal seek says why it cannot start: unknown target, no series, unknown driver, a complete year")
    func goalSeekCannotStart() {
        var unlinked = target("T2", series: "fai", value: 5)
        unlinked.series = nil
        let cat = Catalog(targets: [target("T1", series: "fai", value: 22), unlinked])
        let seek = GoalSeek(runner: ScenarioRunner(catalog: cat, data: ["fai": investmentData()], projector: carryForward))
        let september = Period.month(year: 2013, month: 9)
        #expect(throws: GoalSeekError.unknownTarget("T9")) { try seek.solve(targetID: "T9", probability: 0.5, asOf: september) }
        #expect(throws: GoalSeekError.noSeries(target: "T2")) { try seek.solve(targetID: "T2", probability: 0.5, asOf: september) }
        #expect(throws: GoalSeekError.unknownDriver("nope")) { try seek.solve(targetID: "T1", via: "nope", probability: 0.5, asOf: september) }
        #expect(throws: GoalSeekError.yearComplete(series: "fai", year: 2013)) {
            try seek.solve(targetID: "T1", probability: 0.5, asOf: Period.month(year: 2013, month: 12))
        }
    }
}

@Suite struct LinkWeaknessTests {
    func link(observations: Int, coefficient: Double, standardError: Double, rSquared: Double) -> LinkEstimate {
        LinkEstimate(series: "fiscal_revenue", drivers: ["gdp", "fai"], coefficients: [1, 3.36, coefficient],
                     standardErrors: [0.5, 0.4, standardError], rSquared: rSquared, residualStandardDeviation: 1,
                     observations: observations, years: [2010, 2011, 2012])
    }

    @Test("A link is weak for few points, a driver's SE above half its coefficient, or a low R²; each named")
    func weaknesses() {
        #expect(link(observations: 36, coefficient: 0.5, standardError: 0.1, rSquared: 0.9).weaknesses.isEmpty)
        #expect(LinkTable.note(link(observations: 36, coefficient: 0.5, standardError: 0.1, rSquared: 0.9), language: .en) == nil)
        let weak = link(observations: 12, coefficient: 0.065, standardError: 0.069, rSquared: 0.3)
        #expect(weak.weaknesses == [.fewPoints, .impreciseCoefficient, .lowRSquared])
        let note = LinkTable.note(weak, language: .en) ?? ""
        #expect(note == "weak link fiscal_revenue ← gdp, fai: only 12 points (fewer than 20); SE above half the coefficient of fai; R² 0.3 below 0.5",
                "\(note)")
        #expect(LinkTable.note(weak, language: .zh) == "弱关联 fiscal_revenue ← gdp, fai：仅 12 个点（少于 20）；fai 的系数标准误超过系数的一半；R² 0.3 低于 0.5")
        // The thresholds' edges: exactly 20 points, SE exactly half, R² exactly 0.5 are not weak.
        #expect(link(observations: 20, coefficient: 0.2, standardError: 0.1, rSquared: 0.5).weaknesses.isEmpty)
    }

    @Test("A scenario uses the links its shocks drive, and the links driven by those")
    func linksUsed() {
        let gdp = LinkEstimate(series: "gdp", drivers: ["fai"], coefficients: [0, 0.1], standardErrors: [1, 0.01], rSquared: 0.9,
                               residualStandardDeviation: 1, observations: 30, years: [2012])
        let fiscal = LinkEstimate(series: "fiscal_revenue", drivers: ["gdp", "industry"], coefficients: [1, 3.36, 0.065],
                                  standardErrors: [0.5, 0.4, 0.069], rSquared: 0.3, residualStandardDeviation: 1,
                                  observations: 12, years: [2012])
        let scenario = Scenario(name: "x", asOf: .month(year: 2013, month: 9), shocks: [Shock(series: "fai", kind: .monthGrowth(0), months: 10...12)])
        #expect(scenario.links(usedFrom: [fiscal, gdp]) == [gdp, fiscal])
        let other = Scenario(name: "y", asOf: .month(year: 2013, month: 9), shocks: [Shock(series: "retail", kind: .monthGrowth(0), months: 10...12)])
        #expect(other.links(usedFrom: [fiscal, gdp]).isEmpty)
    }
}

@Suite struct GoalSeekKindsTests {
    /// A projector for level targets: the latest year-to-date amount as the year's total, ±100 normal.
    let latestAmount: Projector = { catalog, data, asOf in
        catalog.targets.map { t in
            guard let s = t.series.flatMap({ data[$0] }) else { return TargetProjection(target: t) }
            let month = s.lastReleasedMonth(in: asOf.year)
            let ytd = s.value(.ytdValue, .month(year: asOf.year, month: month))
            return TargetProjection(target: t, latestPeriod: .month(year: asOf.year, month: month), latestValue: ytd,
                                    distribution: ytd.map { .normal(mean: $0, sd: 100) }, source: .fallback("latest"), interval: .analytic)
        }
    }

    @Test("A level target on a year-to-date amount seeks the constant monthly amount")
    func levelTargetSeeksTheMonthlyAmount() throws {
        var goal = target("L", series: "fai", value: 12000, kind: .level)
        goal.comparator = .exact
        let runner = ScenarioRunner(catalog: Catalog(targets: [goal]), data: ["fai": investmentData()], projector: latestAmount)
        let september = Period.month(year: 2013, month: 9)
        let result = try GoalSeek(runner: runner).solve(targetID: "L", probability: 0.7, asOf: september)
        #expect(result.variable == .monthAmount && result.months == 10...12)
        let september13 = try #require(investmentData().value(.ytdValue, september))
        // P(total ≥ 12000) = 0.7 with sd 100: the median is 12000 + 52.4, reached by three equal months.
        let x = try #require(result.value)
        #expect(abs(september13 + 3 * x - (12000 + 0.5244 * 100)) < 0.5, "\(x)")
        // A target the year-to-date amount already exceeds needs nothing more.
        goal.value = 1000
        let met = ScenarioRunner(catalog: Catalog(targets: [goal]), data: ["fai": investmentData()], projector: latestAmount)
        #expect(try GoalSeek(runner: met).solve(targetID: "L", probability: 0.7, asOf: september).reason == .alreadyMet)
    }

    @Test("CPI's assumed months enter its year-average index; a quarterly series takes its quarter at the quarter's end")
    func indexAndQuarters() throws {
        var cpi = SeriesData(id: "cpi")
        for m in 1...9 { cpi.set(.ytdAvgIndex, .month(year: 2013, month: m), 102) }
        try cpi.assume(year: 2013, month: 10, growth: 5, amount: nil)
        #expect(abs((cpi.value(.ytdAvgIndex, .month(year: 2013, month: 10)) ?? 0) - (102 * 9 + 105) / 10) < 1e-9)

        var gdp = SeriesData(id: "gdp")
        for (q, v) in [100.0, 220, 360, 500].enumerated() { gdp.set(.ytdValue, .quarter(year: 2012, quarter: q + 1), v) }
        for (q, v) in [110.0, 242, 396].enumerated() {
            gdp.set(.ytdValue, .quarter(year: 2013, quarter: q + 1), v)
            gdp.set(.ytdGrowth, .quarter(year: 2013, quarter: q + 1), 10)
        }
        try gdp.assume(year: 2013, month: 10, growth: 20, amount: nil)
        try gdp.assume(year: 2013, month: 11, growth: 20, amount: nil)
        #expect(gdp.value(.ytdValue, .quarter(year: 2013, quarter: 4)) == nil)
        try gdp.assume(year: 2013, month: 12, growth: 20, amount: nil)
        // Q4 2012 was 140; +20 % is 168, on top of 396.
        #expect(abs((gdp.value(.ytdValue, .quarter(year: 2013, quarter: 4)) ?? 0) - 564) < 1e-9)
        #expect(abs((gdp.value(.ytdGrowth, .quarter(year: 2013, quarter: 4)) ?? 0) - 12.8) < 1e-9)
    }
}

extension GoalSeekKindsTests {
    @Test("An annual-only series is sought through the link that drives it, and a weak link is named")
    func annualOnlyThroughItsLink() throws {
        var grain = SeriesData(id: "grain", unit: "亿斤")
        grain.set(.annualValue, .year(2012), 1150)
        let link = LinkEstimate(series: "grain", drivers: ["fai"], coefficients: [0, 10], standardErrors: [1, 8], rSquared: 0.3,
                                residualStandardDeviation: 5, observations: 12, years: [2010, 2011, 2012])
        let harvest = Target(id: "G", year: 2013, section: "一", indicator: "粮食总产", kind: .growthRate, comparator: .atLeast,
                             direction: .increase, value: 1160, unit: "亿斤", lead: ["省农委"], series: "grain")
        let catalog = Catalog(targets: [target("T1", series: "fai", value: 22), harvest])
        let data = ["fai": investmentData(), "grain": grain]
        let september = Period.month(year: 2013, month: 9)
        let linked = GoalSeek(runner: ScenarioRunner(catalog: catalog, data: data, links: [link], projector: carryForward))
        let result = try linked.solve(targetID: "G", probability: 0.7, asOf: september)
        #expect(result.series == "fai" && result.link == link && result.variable == .monthGrowth)
        #expect(abs((result.probability ?? 0) - 0.7) < 0.01)
        #expect(GoalSeekTable.sentences(result, probabilityGoal: 0.7, language: .en).contains("warning: weak link grain ← fai"))

        let unlinked = GoalSeek(runner: ScenarioRunner(catalog: catalog, data: data, projector: carryForward))
        let none = try unlinked.solve(targetID: "G", probability: 0.7, asOf: september)
        #expect(none.reason == .annualOnly && none.value == nil)
        let sentence = GoalSeekTable.sentences(none, probabilityGoal: 0.7, language: .zh)
        #expect(sentence == "G 粮食总产：只有年度数据，没有可调整的月份；全年需达到 1160亿斤以上；牵头 省农委。\n", "\(sentence)")
    }
}
