import Projection
import Risk
import TargetModel
import Testing

@Suite struct DepartmentRollUpTests {
    private let assessments: [TargetAssessment] = {
        let targets = [
            // P = 0.5 → at risk.
            (target("T1", value: 11, lead: ["省发改委"], co: ["统计局"]), 11.0),
            // P ≈ 0.16 → off track.
            (target("T2", value: 11, lead: ["省发改委"], co: ["省发改委", "商务厅"]), 10.0),
            // 分别负责: each named department answers for the whole target. P ≈ 0.84.
            (target("T3", value: 12, lead: ["省发改委", "农委", "统计局"], responsibility: "分别负责"), 13.0),
        ]
        return RiskAssessor().assess(targets.map { projection($0.0, .normal(mean: $0.1, sd: 1)) }, series: [:])
    }()

    private func summary(_ name: String, _ role: DepartmentRole, in all: [DepartmentSummary]) -> DepartmentSummary? {
        all.first { $0.department == name && $0.role == role }
    }

    @Test func leadAndCoOrganiserAreCountedSeparately() throws {
        let all = DepartmentRollUp.summarise(assessments)
        let statsLead = try #require(summary("统计局", .lead, in: all))
        let statsCo = try #require(summary("统计局", .co, in: all))
        #expect(statsLead.targetCount == 1 && statsLead.count(.onTrack) == 1)
        #expect(statsCo.targetCount == 1 && statsCo.count(.atRisk) == 1)
        #expect(summary("商务厅", .lead, in: all) == nil)
        #expect(summary("商务厅", .co, in: all)?.count(.offTrack) == 1)
    }

    @Test func aLeadAlsoListedAsCoOrganiserCountsOnceAsLead() throws {
        let all = DepartmentRollUp.summarise(assessments)
        let lead = try #require(summary("省发改委", .lead, in: all))
        #expect(lead.targetCount == 3)
        #expect(summary("省发改委", .co, in: all) == nil)
    }

    @Test func separatelyResponsibleTargetsCountInFullForEachDepartment() throws {
        let all = DepartmentRollUp.summarise(assessments)
        for department in ["省发改委", "农委", "统计局"] {
            #expect(summary(department, .lead, in: all)?.count(.onTrack) == 1, "\(department)")
        }
        #expect(summary("农委", .lead, in: all)?.targetCount == 1)
    }

    @Test func expectedMissesSumOneMinusProbability() throws {
        let lead = try #require(summary("省发改委", .lead, in: DepartmentRollUp.summarise(assessments)))
        let expected = assessments.map { 1 - $0.probability! }.reduce(0, +)
        #expect(abs(lead.expectedMisses - expected) < 1e-12)
        #expect(abs(lead.expectedMisses - (0.5 + 0.841345 + 0.158655)) < 1e-6)
    }

    @Test func atRiskTargetsAreListedRiskiestFirst() throws {
        let all = DepartmentRollUp.summarise(assessments)
        let lead = try #require(summary("省发改委", .lead, in: all))
        #expect(lead.atRiskIDs == ["T2", "T1"])
        #expect(all.first?.department == "省发改委")
        #expect(all.firstIndex { $0.role == .co }! > all.lastIndex { $0.role == .lead }!)
    }

    @Test func lateMilestonesFollowTargetsWithProbabilities() {
        let late = TargetAssessment(projection: projection(target("M", kind: .milestone, value: nil), nil), status: .late)
        let sorted = DepartmentRollUp.riskiestFirst([late] + assessments)
        #expect(sorted.map(\.target.id) == ["T2", "T1", "T3", "M"])
    }

    @Test func oneBodyWrittenTwoWaysIsOneDepartment() throws {
        var written = target("K1", value: 11, lead: ["省发展改革委"])
        written.leadKeys = ["省发展和改革委员会"]
        var short = target("K2", value: 11, lead: ["省发改委"], co: ["省经信委"])
        short.leadKeys = ["省发展和改革委员会"]
        short.coKeys = ["省工业和信息化厅"]
        let all = DepartmentRollUp.summarise(RiskAssessor().assess(
            [written, short].map { projection($0, .normal(mean: 11, sd: 1)) }, series: [:]))
        let lead = try #require(summary("省发展和改革委员会", .lead, in: all))
        #expect(lead.targetCount == 2)
        #expect(summary("省发改委", .lead, in: all) == nil && summary("省工业和信息化厅", .co, in: all)?.targetCount == 1)
    }
}
