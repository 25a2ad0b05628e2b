import Risk

/// The terminal summary of a month: the targets that need attention (at risk, off track, late),
/// riskiest first, each with its projection, probability and owners.
public enum AttentionList {
    /// One line per target, e.g.
    /// `T002 固定资产投资 ≥30%: 预计 21，P 0.001，难以完成；牵头 省发改委；协办 统计局`.
    /// A line saying so when nothing needs attention.
    public static func text(_ assessments: [TargetAssessment], language: Language) -> String {
        let risky = DepartmentRollUp.riskiestFirst(assessments.filter { $0.status.needsAttention })
        guard !risky.isEmpty else {
            return language.pick("没有需要关注的目标。", "No target needs attention.") + "\n"
        }
        return risky.map { line($0, language: language) }.joined(separator: "\n") + "\n"
    }

    private static func line(_ a: TargetAssessment, language l: Language) -> String {
        let t = a.target
        var facts: [String] = []
        if let projection = a.projection.projection {
            facts.append(l.pick("预计 ", "projected ") + numberText(projection))
        }
        if let p = a.probability { facts.append("P " + numberText(p, decimals: 3)) }
        facts.append(l.word(for: a.status))
        var owners = [l.pick("牵头 ", "lead ") + (t.lead.isEmpty ? "—" : t.lead.joined(separator: "、"))]
        if !t.co.isEmpty { owners.append(l.pick("协办 ", "co ") + t.co.joined(separator: "、")) }
        let head = [t.id, t.indicator, t.targetText].filter { !$0.isEmpty }.joined(separator: " ")
        return head + ": " + facts.joined(separator: l.pick("，", ", ")) + l.pick("；", "; ")
            + owners.joined(separator: l.pick("；", "; "))
    }
}
