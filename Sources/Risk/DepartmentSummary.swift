import TargetModel

/// A department's part in a target.
public enum DepartmentRole: String, Codable, CaseIterable, Sendable {
    /// 牵头 / 主办 / 负责 (every department named under 分别负责 is a lead).
    case lead
    /// 协办 / 配合 / 参与.
    case co
}

/// One department's targets in one role, rolled up.
public struct DepartmentSummary: Sendable {
    public var department: String
    public var role: DepartmentRole
    /// How many of its targets are in each status (statuses with none are absent).
    public var counts: [Status: Int]
    /// Expected number of missed targets, Σ (1 − P) over its targets that have a probability.
    public var expectedMisses: Double
    /// The ids of its targets that need attention, riskiest first (lowest P, then late
    /// milestones) — ids, not copies of the assessments: a national roll-up names every target twice.
    public var atRiskIDs: [String]

    public init(department: String, role: DepartmentRole, counts: [Status: Int],
                expectedMisses: Double, atRiskIDs: [String]) {
        self.department = department
        self.role = role
        self.counts = counts
        self.expectedMisses = expectedMisses
        self.atRiskIDs = atRiskIDs
    }

    /// All its targets in this role.
    public var targetCount: Int { counts.values.reduce(0, +) }

    /// The count for one status.
    public func count(_ status: Status) -> Int { counts[status] ?? 0 }
}

/// The department roll-up: the `summarise` verb.
public enum DepartmentRollUp {
    /// One summary per department and role.
    ///
    /// A target counts in full for every department it names — so each department named under
    /// 分别负责 answers for the whole target — as lead for its leads and as co-organiser for the
    /// co-organisers that are not also leads. Departments are grouped by their keys
    /// (`Target.leadGroups`, `coGroups`), so one body written two ways is one summary.
    ///
    /// Postconditions: leads come before co-organisers; within a role, departments with more
    /// expected misses come first, then by name.
    public static func summarise(_ assessments: [TargetAssessment]) -> [DepartmentSummary] {
        // Positions, not copies: a national catalog has a million assessments.
        var grouped: [Key: [Int]] = [:]
        for (position, assessment) in assessments.enumerated() {
            let lead = unique(assessment.target.leadGroups)
            for department in lead {
                grouped[Key(department: department, role: .lead), default: []].append(position)
            }
            for department in unique(assessment.target.coGroups) where !lead.contains(department) {
                grouped[Key(department: department, role: .co), default: []].append(position)
            }
        }
        return grouped.map { key, members in
            var counts: [Status: Int] = [:], expectedMisses = 0.0
            for position in members {
                counts[assessments[position].status, default: 0] += 1
                if let p = assessments[position].probability { expectedMisses += 1 - p }
            }
            let attention = members.filter { assessments[$0].status.needsAttention }
            return DepartmentSummary(department: key.department, role: key.role, counts: counts, expectedMisses: expectedMisses,
                                     atRiskIDs: riskiestFirst(attention, in: assessments).map { assessments[$0].target.id })
        }
        .sorted { a, b in
            if a.role != b.role { return a.role == .lead }
            if a.expectedMisses != b.expectedMisses { return a.expectedMisses > b.expectedMisses }
            return a.department < b.department
        }
    }

    /// Lowest probability first; targets without one (late milestones) after; ties by id.
    public static func riskiestFirst(_ assessments: [TargetAssessment]) -> [TargetAssessment] {
        riskiestFirst(Array(assessments.indices), in: assessments).map { assessments[$0] }
    }

    /// The given positions in `assessments`, riskiest first (as `riskiestFirst(_:)`).
    private static func riskiestFirst(_ positions: [Int], in assessments: [TargetAssessment]) -> [Int] {
        positions.sorted { i, j in
            switch (assessments[i].probability, assessments[j].probability) {
            case let (pa?, pb?) where pa != pb: return pa < pb
            case (.some, nil): return true
            case (nil, .some): return false
            default: return assessments[i].projection.target.id < assessments[j].projection.target.id
            }
        }
    }

    private struct Key: Hashable {
        var department: String
        var role: DepartmentRole
    }

    private static func unique(_ names: [String]) -> [String] {
        guard names.count > 1 else { return names }
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }
}
