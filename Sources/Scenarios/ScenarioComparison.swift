import Projection
import Risk
import TargetModel

/// Baseline and scenarios side by side, one row per target: projection, P(meet), status, and the
/// change of each scenario against the baseline.
public struct ScenarioComparison: Sendable {
    public struct Row: Sendable {
        public var target: Target
        public var baseline: TargetAssessment
        /// One assessment per scenario, in `scenarioNames` order.
        public var scenarios: [TargetAssessment]

        /// Scenario projection minus baseline projection, per scenario.
        public var projectionChanges: [Double?] {
            scenarios.map { s in s.projection.projection.flatMap { now in baseline.projection.projection.map { now - $0 } } }
        }

        /// Scenario P(meet) minus baseline P(meet), per scenario.
        public var probabilityChanges: [Double?] {
            scenarios.map { s in s.probability.flatMap { now in baseline.probability.map { now - $0 } } }
        }
    }

    public var asOf: Period
    public var scenarioNames: [String]
    public var rows: [Row]

    /// Runs every scenario and assesses baseline and scenarios with the same thresholds.
    ///
    /// - Throws: `ScenarioProblems` for the first scenario that has any; scenarios must share
    ///   the baseline's as-of month.
    public init(runner: ScenarioRunner, scenarios: [Scenario], assessor: RiskAssessor = RiskAssessor()) throws {
        guard let asOf = scenarios.first?.asOf else {
            throw ScenarioProblems(problems: [.init(file: "scenario", line: 0, message: "no scenario given")])
        }
        for s in scenarios where s.asOf != asOf {
            throw ScenarioProblems(problems: [.init(file: s.file, line: 1,
                                                    message: "as_of \(s.asOf) differs from \(asOf); compare scenarios of one month")])
        }
        let baseline = assessor.assess(try runner.baseline(asOf: asOf), series: runner.data)
        let runs = try scenarios.map { assessor.assess(try runner.run($0), series: runner.data) }
        self.asOf = asOf
        scenarioNames = scenarios.map(\.name)
        rows = baseline.enumerated().map { k, b in
            Row(target: b.target, baseline: b, scenarios: runs.map { $0[k] })
        }
    }
}
