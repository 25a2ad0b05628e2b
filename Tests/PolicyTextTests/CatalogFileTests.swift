import Foundation
import Testing
import TargetModel
@testable import PolicyText

@Suite struct CatalogFileTests {
    private let catalogPath = RepositoryFiles.dataset("heilongjiang-2013/catalog.yaml").path

    @Test func yamlToCSVToYAMLIsLossless() throws {
        let yaml = try String(contentsOfFile: catalogPath, encoding: .utf8)
        let catalog = try CatalogYAML.read(yaml)
        let csv = CatalogCSV.write(catalog)
        let back = try CatalogCSV.read(csv)
        #expect(back == catalog)
        #expect(try CatalogYAML.write(back) == yaml)
    }

    @Test func awkwardTextSurvivesBothFormats() throws {
        let target = Target(id: "T001", year: 2014, section: "一(一)", indicator: "-负数, \"引号\"：冒号 #井号",
                            kind: .level, comparator: .range, direction: .increase, value: 0.1, valueMax: 1e-3 + 1,
                            unit: "%", lead: ["省发改委", "yes"], co: [], leadKeys: ["省发展和改革委员会", "yes"],
                            leaders: ["分管副省长"],
                            responsibility: "牵头", line: 7, text: "'true'\n第二行", series: "null", tolerance: 0.5)
        let catalog = Catalog(targets: [target])
        #expect(try CatalogYAML.read(CatalogYAML.write(catalog)) == catalog)
        #expect(try CatalogCSV.read(CatalogCSV.write(catalog)) == catalog)
    }

    @Test func theCommittedCatalogIsTheExtractionWithSeriesLinks() throws {
        let committed = try CatalogFile.read(path: catalogPath)
        let extracted = try HeilongjiangExtractionTests.extracted()
        var unlinked = committed
        for i in unlinked.targets.indices { unlinked.targets[i].series = nil }
        #expect(unlinked == extracted)
        let links = Dictionary(uniqueKeysWithValues: committed.targets.compactMap { t in t.series.map { ($0, t) } })
        #expect(Set(links.keys).isSuperset(of: ["gdp", "industry", "fai", "retail", "fiscal_revenue", "trade", "cpi",
                                                 "urban_income", "rural_income", "grain", "energy_intensity",
                                                 "unemployment", "housing_starts", "urban_jobs"]))
        #expect(links["gdp"]?.id == "T001" && links["grain"]?.value == 1300 && links["grain"]?.unit == "亿斤")
        #expect(links["energy_intensity"]?.direction == .decrease && links["cpi"]?.comparator == .atMost)
        #expect(links["housing_starts"]?.value == 26 && links["urban_jobs"]?.value == 60)
        #expect(try CatalogFile.read(path: RepositoryFiles.dataset("heilongjiang-2013/catalog.csv").path) == committed)
    }

    @Test func validationListsEveryProblemWithItsLine() throws {
        let yaml = """
        targets:
        - id: T001
          year: 2013
          indicator: 地区生产总值
          kind: growth
          comparator: about
          direction: increase
          unit: '%'
          lead: [省发改委]
        - id: T001
          year: 2013
          indicator: 园区
          kind: level
          comparator: range
          direction: increase
          value: 5
          value_max: 3
          unit: 个
          lead: [省商务厅]
          colour: red
        """
        #expect {
            try CatalogYAML.read(yaml, source: "bad.yaml")
        } throws: { error in
            guard case let PolicyTextError.invalidCatalog(source, problems) = error else { return false }
            let lines = problems.map(\.line)
            let text = "\(error)"
            return source == "bad.yaml" && lines == [5, 6, 10, 17, 20]
                && text.contains("bad.yaml:5:9: unknown kind \"growth\"") && text.contains("unknown comparator \"about\"")
                && text.contains("duplicate id T001") && text.contains("value_max 3.0 is less than value 5.0")
                && text.contains("unknown field \"colour\"")
        }
    }

    @Test func catalogsWithoutKeyColumnsLoadWithTheKeysWorkedOut() throws {
        let csv = "id,year,section,indicator,kind,comparator,direction,value,value_max,unit,lead,co\n"
            + "T001,2013,一(一),地区生产总值,growth_rate,approx,increase,11,,%,省发展改革委,省工信委|省統計局\n"
        let target = try #require(try CatalogCSV.read(csv).targets.first)
        #expect(target.lead == ["省发展改革委"] && target.leadKeys == ["省发展和改革委员会"])
        #expect(target.coKeys == ["省工业和信息化厅", "省统计局"])
        let yaml = "targets:\n- {id: T001, year: 2013, indicator: x, kind: milestone, comparator: exact, direction: level, unit: '', lead: [省人社厅]}\n"
        #expect(try CatalogYAML.read(yaml).targets.first?.leadKeys == ["省人力资源和社会保障厅"])
    }

    @Test func csvProblemsNameLineAndColumn() throws {
        let csv = "id,year,section,indicator,kind,comparator,direction,value,value_max,unit,lead,co,leaders,responsibility,line,text\n"
            + "T001,2013,一(一),地区生产总值,growth_rate,approx,increase,,,%,省发改委,,,负责,4,x\n"
            + "T002,twenty,一(二),财政收入,ratio,exact,sideways,13,,%,省财政厅,,,负责,5,y\n"
        #expect {
            try CatalogCSV.read(csv, source: "bad.csv")
        } throws: { error in
            guard case let PolicyTextError.invalidCatalog(_, problems) = error else { return false }
            return problems.map(\.description) == [
                "2:51: missing value: a growth_rate target needs one (only milestones have none)",
                "3:6: year \"twenty\" is not a whole number",
                "3:35: unknown direction \"sideways\": expected increase, decrease or level",
            ]
        }
    }
}
