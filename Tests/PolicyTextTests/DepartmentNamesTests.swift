import Testing
@testable import PolicyText

@Suite struct DepartmentNamesTests {
    private func split(_ list: String) -> [String] {
        var prefix: String?
        return DepartmentNames.split(list, carrying: &prefix)
    }

    @Test func aliasesNormalise() {
        #expect(DepartmentNames.normalize("省发展改革委") == "省发改委")
        #expect(DepartmentNames.normalize("省发展和改革委员会") == "省发改委")
        #expect(DepartmentNames.normalize("省发改委") == "省发改委")
    }

    @Test func renamedBodiesAreKeptButGrouped() {
        #expect(DepartmentNames.normalize("省工业和信息化厅") != DepartmentNames.normalize("省工信委"))
        #expect(DepartmentNames.group(of: "省工业和信息化厅") == DepartmentNames.group(of: "省工信委"))
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
