import Testing
@testable import PolicyText

@Suite struct DepartmentNamesTests {
    private func split(_ list: String) -> [String] {
        var prefix: String?
        return DepartmentNames.split(list, carrying: &prefix)
    }

    @Test func spellingsOfOneBodyShareAKey() {
        let keys = ["省发展改革委", "省发展和改革委员会", "省发改委", "省發展改革委"].map(DepartmentKey.key)
        #expect(Set(keys) == ["省发展和改革委员会"])
        #expect(DepartmentKey.key(of: "人社厅") == DepartmentKey.key(of: "人力资源和社会保障厅"))
        #expect(DepartmentKey.key(of: "市人力社保局") == "市人力资源和社会保障局")
    }

    @Test func reorganisedBodiesShareTheirSuccessorsKey() {
        #expect(DepartmentKey.key(of: "省工信委") == "省工业和信息化厅")
        #expect(DepartmentKey.key(of: "省经济和信息化委员会") == "省工业和信息化厅")
        #expect(DepartmentKey.key(of: "省國土資源廳") == "省自然资源厅")
        #expect(DepartmentKey.key(of: "省卫生计生委") == DepartmentKey.key(of: "省卫生健康委"))
        #expect(DepartmentKey.key(of: "自治区发改委") == "自治区发展和改革委员会")
    }

    @Test func prefixKeepsProvinceAndCityApartAndUnknownNamesAreTheirOwnKey() {
        #expect(DepartmentKey.key(of: "省财政厅") != DepartmentKey.key(of: "市财政局"))
        #expect(DepartmentKey.key(of: "省煤管局") == "省煤管局")
        #expect(DepartmentKey.keys(of: ["省国税局", "省地税局"]) == ["省税务局"])
    }

    @Test func aliasTableIsWellFormed() {
        let rows = DepartmentKey.rows
        #expect(rows.count > 100)
        #expect(Set(rows.map(\.alias)).count == rows.count, "an alias is listed twice")
        let keys = Set(rows.map(\.key))
        #expect(keys.allSatisfy { key in rows.contains { $0.alias == key && $0.key == key } }, "every key is its own alias")
        let years = /^(\d{4})?-?(\d{4})?$/
        #expect(rows.allSatisfy { (try? years.wholeMatch(in: $0.years)) != nil })
    }

    @Test func collectiveAddresseesAreNoDepartments() {
        #expect(split("省发展改革委,各地、各部门") == ["省发展改革委"])
        #expect(split("市税务局、滁州海关等,各县、市、区政府") == ["市税务局", "滁州海关"])
    }

    @Test func prefixAndGovernmentSuffixAreCarried() {
        #expect(split("省国税局、地税局") == ["省国税局", "省地税局"])
        #expect(split("省工信委、科技厅、哈尔滨、齐齐哈尔、大庆、绥化市政府") ==
                ["省工信委", "省科技厅", "哈尔滨市政府", "齐齐哈尔市政府", "大庆市政府", "绥化市政府"])
        #expect(split("哈尔滨、黑河、绥芬河市、抚远县政府") == ["哈尔滨市政府", "黑河市政府", "绥芬河市政府", "抚远县政府"])
        #expect(split("省财政厅和税务局") == ["省财政厅", "省税务局"])
        #expect(split("省工业和信息化厅") == ["省工业和信息化厅"])
        #expect(split("哈尔滨铁路局、黑龙江证监局") == ["哈尔滨铁路局", "黑龙江证监局"])
    }

    @Test func leadersAreRecognised() {
        #expect(DepartmentNames.isLeader("分管副省长") && DepartmentNames.isLeader("协管副秘书长"))
        #expect(!DepartmentNames.isLeader("省厂办大集体改革工作领导小组各成员单位"))
    }
}
