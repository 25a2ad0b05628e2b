import Risk

/// The order of targets in the risk list, the workbook and the governor's page.
public enum RiskOrder: String, CaseIterable, Sendable {
    /// Off track, at risk, late first; within a status the largest gap relative to the target
    /// (`GapSeverity`), then the lowest P(meet), then by id; targets without data last.
    case riskiestFirst = "risk"
    /// As the catalog lists them.
    case catalog

    /// The assessments in this order (a stable sort: equal keys keep the catalog's order).
    public func sorted(_ assessments: [TargetAssessment]) -> [TargetAssessment] {
        positions(assessments).map { assessments[$0] }
    }

    /// The positions of the assessments in this order: what a table over a million assessments
    /// sorts, instead of copies of them. The keys are computed once, not at every comparison.
    public func positions(_ assessments: [TargetAssessment]) -> [Int] {
        guard self == .riskiestFirst else { return Array(assessments.indices) }
        let keys = assessments.map { a in (RiskOrder.rank(a.status), TargetGap(a)?.severity ?? .none, a.probability ?? 2) }
        return assessments.indices.sorted { i, j in
            let x = keys[i], y = keys[j]
            if x.0 != y.0 { return x.0 < y.0 }
            if x.1 != y.1 { return x.1 > y.1 }
            if x.2 != y.2 { return x.2 < y.2 }
            return i < j
        }
    }

    /// Statuses from the most to the least urgent.
    static func rank(_ s: Status) -> Int {
        urgency.firstIndex(of: s) ?? urgency.count
    }

    private static let urgency: [Status] = [.offTrack, .atRisk, .late, .onTrack, .notStarted, .inProgress, .achieved, .done, .noData]
}
