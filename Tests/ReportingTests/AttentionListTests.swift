import Reporting
import Risk
import Testing

@Suite struct AttentionListTests {
    @Test func listsTargetsNeedingAttentionRiskiestFirstWithOwners() {
        let lines = AttentionList.text(SampleMonth.assessments, language: .zh).split(separator: "\n")
        #expect(lines.count == 4) // GDP and investment off track, schools at risk, the plan late.
        #expect(lines[0].hasPrefix("T001 地区生产总值 11%左右: 预计 8.4，P 0，难以完成；牵头 省发改委；协办 统计局"))
        #expect(lines[1].hasPrefix("T002 固定资产投资 ≥30%: 预计 21，P 0.001，难以完成；牵头 省发改委"))
        #expect(lines[2] == "T004 新建和改扩建学校 300所: 预计 305，P 0.599，有风险；牵头 教育厅、住建厅")
        #expect(lines[3] == "T005 哈尔滨新区总体规划: 滞后；牵头 省发改委")
    }

    @Test func saysSoWhenNothingNeedsAttention() {
        let fine = SampleMonth.assessments.filter { !$0.status.needsAttention }
        #expect(AttentionList.text(fine, language: .en) == "No target needs attention.\n")
    }
}
