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
        guard self == .riskiestFirst else { return assessments }
        let keyed = assessments.enumerated().map { (i, a) in
            (a, RiskOrder.rank(a.status), TargetGap(a)?.severity ?? .none, a.probability ?? 2, i)
        }
        return keyed.sorted { x, y in
            if x.1 != y.1 { return x.1 < y.1 }
            if x.2 != y.2 { return x.2 > y.2 }
            if x.3 != y.3 { return x.3 < y.3 }
            return x.4 < y.4
        }.map(\.0)
    }

    /// Statuses from the most to the least urgent.
    static func rank(_ s: Status) -> Int {
        let order: [Status] = [.offTrack, .atRisk, .late, .onTrack, .notStarted, .inProgress, .achieved, .done, .noData]
        return order.firstIndex(of: s) ?? order.count
    }
}
