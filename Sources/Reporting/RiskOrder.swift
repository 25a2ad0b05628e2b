import Risk

/// The order of targets in the risk list, the workbook and the governor's page.
public enum RiskOrder: String, CaseIterable, Sendable {
    /// Off track, at risk, late first; within a status the largest gap relative to the target
    /// (`GapSeverity`), then the lowest P(meet), then by id; targets without data last.
    case riskiestFirst = "risk"
    /// As the catalog lists them.
    case catalog

    /// The assessments in this order (a stable sort: equal keys keep the catalog's order).
    ///
    /// The keys are computed once and positions sorted, so a million assessments are copied once,
    /// not at every swap.
    public func sorted(_ assessments: [TargetAssessment]) -> [TargetAssessment] {
        guard self == .riskiestFirst else { return assessments }
        let keys = assessments.map { a in (RiskOrder.rank(a.status), TargetGap(a)?.severity ?? .none, a.probability ?? 2) }
        let order = assessments.indices.sorted { i, j in
            let x = keys[i], y = keys[j]
            if x.0 != y.0 { return x.0 < y.0 }
            if x.1 != y.1 { return x.1 > y.1 }
            if x.2 != y.2 { return x.2 < y.2 }
            return i < j
        }
        return order.map { assessments[$0] }
    }

    /// Statuses from the most to the least urgent.
    static func rank(_ s: Status) -> Int {
        urgency.firstIndex(of: s) ?? urgency.count
    }

    private static let urgency: [Status] = [.offTrack, .atRisk, .late, .onTrack, .notStarted, .inProgress, .achieved, .done, .noData]
}
