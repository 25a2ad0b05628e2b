import Projection
import Risk
import TargetModel

/// A hand-built September: a few targets of every kind, assessed against August, so that every
/// export has statuses, paces, news, milestones and a target without data to show.
enum SampleMonth {
    static let asOf = Period.month(year: 2013, month: 9)

    static let targets: [Target] = [
        Target(id: "T001", year: 2013, section: "一(一)", indicator: "地区生产总值", kind: .growthRate,
               comparator: .approx, direction: .increase, value: 11, unit: "%", lead: ["省发改委"],
               co: ["统计局"], series: "gdp", tolerance: 0.5),
        Target(id: "T002", year: 2013, section: "一(二)", indicator: "固定资产投资", kind: .growthRate,
               comparator: .atLeast, direction: .increase, value: 30, unit: "%", lead: ["省发改委"], series: "fai"),
        Target(id: "T003", year: 2013, section: "一(七)", indicator: "居民消费价格涨幅", kind: .growthRate,
               comparator: .atMost, direction: .increase, value: 3.5, unit: "%", lead: ["省物价监管局"], series: "cpi"),
        Target(id: "T004", year: 2013, section: "七(二)3", indicator: "新建和改扩建学校", kind: .level,
               comparator: .exact, direction: .increase, value: 300, unit: "所", lead: ["教育厅", "住建厅"],
               responsibility: "分别负责", series: "schools"),
        Target(id: "T005", year: 2013, section: "五(三)", indicator: "哈尔滨新区总体规划", kind: .milestone,
               comparator: .exact, direction: .level, value: nil, unit: "", lead: ["省发改委"], series: "plan"),
        Target(id: "T006", year: 2013, section: "-2", indicator: "=HYPERLINK(\"http://x\",\"进出口\")", kind: .growthRate,
               comparator: .atLeast, direction: .increase, value: 8, unit: "%", lead: ["商务厅"], co: ["哈尔滨海关"]),
    ]

    static let distributions: [String: (august: PredictiveDistribution, september: PredictiveDistribution)] = [
        "T001": (.normal(mean: 9.2, sd: 0.8), .normal(mean: 8.4, sd: 0.6)),
        "T002": (.normal(mean: 24, sd: 4), .normal(mean: 21, sd: 3)),
        "T003": (.normal(mean: 2.6, sd: 0.5), .normal(mean: 2.4, sd: 0.4)),
        "T004": (.normal(mean: 290, sd: 30), .normal(mean: 305, sd: 20)),
    ]

    static func seriesData(through month: Int) -> [String: SeriesData] {
        func ytd(_ id: String, _ measure: Measure, _ values: [Int: Double], past: [String: Double] = [:]) -> SeriesData {
            var data = SeriesData(id: id)
            for (m, v) in values where m <= month { data.set(measure, .month(year: 2013, month: m), v) }
            for (p, v) in past { data.set(measure, Period(p)!, v) }
            return data
        }
        return [
            "gdp": ytd("gdp", .ytdGrowth, [3: 8.4, 6: 8.2, 9: 8.0], past: ["2012-09": 10.0, "2012-12": 10.0]),
            "fai": ytd("fai", .ytdGrowth, [2: 30.5, 3: 28.0, 4: 25.1, 5: 23.9, 6: 22.0, 7: 21.3, 8: 20.6, 9: 19.8],
                       past: ["2012-08": 33, "2012-09": 32, "2012-12": 30.2]),
            "cpi": ytd("cpi", .ytdAvgIndex, [2: 102.4, 3: 102.3, 4: 102.4, 5: 102.3, 6: 102.4, 7: 102.5, 8: 102.5, 9: 102.5]),
            "schools": ytd("schools", .progress, [3: 60, 6: 150, 8: 200, 9: 230]),
            "plan": ytd("plan", .milestone, [6: MilestoneState.inProgress.code, 9: MilestoneState.late.code]),
        ]
    }

    static func projections(september: Bool) -> [TargetProjection] {
        let month = september ? 9 : 8
        let data = seriesData(through: month)
        return targets.map { t in
            let d = distributions[t.id].map { september ? $0.september : $0.august }
            // The latest reading in the measure the target is judged on (CPI as growth, not index).
            let latest = t.series.flatMap { data[$0] }.flatMap { YearToDatePath(judging: t, in: $0) }?.yearToDate(year: 2013)?.latest
            var projection = TargetProjection(target: t, latestPeriod: latest.map { .month(year: 2013, month: $0.month) },
                                    latestValue: latest?.value,
                                    distribution: d, source: d == nil ? .noData : .models([WeightedModel(BridgeModel.id, weight: 1)]),
                                    interval: d == nil ? .none : .analytic)
            projection.historyYears = 9  // the bundled series run from 2004
            return projection
        }
    }

    /// September assessed against August.
    static let assessments: [TargetAssessment] = {
        let august = RiskAssessor().assess(projections(september: false), series: seriesData(through: 8))
        return RiskAssessor().assess(projections(september: true), series: seriesData(through: 9), previous: august)
    }()

    static let departments = DepartmentRollUp.summarise(assessments)
}
