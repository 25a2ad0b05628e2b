import Foundation
import PolicyText
import Scenarios
import SeriesIO
import TargetModel
import Testing
import TextFormats
import ZIPFoundation

/// Issue 20: each reader of outside input fuzzed for `Fuzzer.budget` with `Fuzzer.seed`: no
/// crash, and nothing accepted that breaks the rules (a number past `NumberRule`, an invisible
/// character in an identifier, an implausible release date).
@Suite(.serialized) struct ParserFuzzTests {
    // MARK: - Long CSV

    static let longSeeds = [
        "series,period,measure,value,unit,released,source\ngdp,2013-Q3,ytd_growth,10.1,%,2013-10-25,省统计局\nfai,2013-09,ytd_value,8072.5,亿元,,月报\nm1,2013-06,milestone,done,,,\n",
        "series,period,measure,value\ngrain,2013,annual_value,1200\ncpi,2013-03,ytd_avg_index,102.4\n",
    ]

    @Test func longCSVReader() {
        let report = Fuzzer.run("long CSV", corpus: Self.longSeeds, mutate: { fuzzer, text in
            var lines = text.components(separatedBy: "\n")
            guard fuzzer.chance(0.6), lines.count > 1 else { return fuzzer.rawEdit(text) }
            let row = fuzzer.int(0...lines.count - 1)
            var cells = lines[row].components(separatedBy: ",")
            switch fuzzer.int(0...3) {
            case 0: cells[fuzzer.int(0...cells.count - 1)] = fuzzer.pick(Fuzzer.hostileTokens)
            case 1: cells.append(fuzzer.pick(Fuzzer.hostileTokens))
            case 2: lines.insert(lines[row], at: row)
            default: cells[fuzzer.int(0...cells.count - 1)] = String(fuzzer.int(-99999...99999)) + "." + String(fuzzer.int(0...99))
            }
            if lines.indices.contains(row) { lines[row] = cells.joined(separator: ",") }
            return lines.joined(separator: "\n")
        }, parse: { text in
            var reader = try LongCSVReader(text: text, file: "f.csv")
            var count = 0
            while let row = try reader.next() {
                count += 1
                let o = row.observation
                if !NumberRule.accepts(o.value) { return ("", "value \(o.value) stored") }
                if let c = InvisibleCharacters.first(in: o.series) { return ("", "invisible \(InvisibleCharacters.name(c)) in a series id") }
                if let day = o.released, !day.isPlausibleReleaseDate { return ("", "release date \(day) stored") }
            }
            return ("rows \(min(count, 3))", nil)
        })
        #expect(report.violations.isEmpty, "\(report.violations.prefix(3))")
        #expect(report.executions > 0)
    }

    // MARK: - Wide tables

    static let map = SeriesMap(roles: [
        "固定资产投资": .series(.init(series: "fai", measure: .ytdValue, unit: "亿元")),
        "地区生产总值增速": .series(.init(series: "gdp", measure: .ytdGrowth, unit: "%", frequency: .quarter)),
        "发布日期": .released,
    ])

    static let wideSeeds = [
        "2013年全省主要经济指标,,,\n指标,1-10月,1-9月,1-2月\n固定资产投资,\"8,072.5\",７２０８．３,—\n",
        "时间,固定资产投资,地区生产总值增速\n2013年一季度,420.5,7.7\n2013年上半年,3539.3,8.2\n",
        "指标,固定资产投资,发布日期\n2013-09,1,2013-10-20\n2013-10,2,2013-11-20\n",
    ]

    @Test func wideTableReader() {
        let labels = ["1-2月", "一季度", "2013年1-10月", "2013-09", "2013年07月份", "全年", "上半年", "13月", "2013-Q5", "固定资产投资", "地区生产总值增速", "发布日期"]
        let report = Fuzzer.run("wide table", corpus: Self.wideSeeds, mutate: { fuzzer, text in
            var rows = text.components(separatedBy: "\n").map { $0.components(separatedBy: ",") }
            guard fuzzer.chance(0.6), !rows.isEmpty else { return fuzzer.rawEdit(text) }
            let r = fuzzer.int(0...rows.count - 1)
            let c = fuzzer.int(0...max(0, rows[r].count - 1))
            switch fuzzer.int(0...3) {
            case 0 where !rows[r].isEmpty: rows[r][c] = fuzzer.pick(Fuzzer.hostileTokens)
            case 1 where !rows[r].isEmpty: rows[r][c] = fuzzer.pick(labels)
            case 2: rows[r].append(fuzzer.pick(Fuzzer.hostileTokens + labels))
            default: rows.insert(rows[r], at: r)
            }
            return rows.map { $0.joined(separator: ",") }.joined(separator: "\n")
        }, parse: { text in
            let observations = try WideTableReader(map: Self.map).read(ReleaseTable(csvText: text, file: "w.csv"))
            for o in observations.map(\.observation) {
                if !NumberRule.accepts(o.value) { return ("", "value \(o.value) stored") }
                if let day = o.released, !day.isPlausibleReleaseDate { return ("", "release date \(day) stored") }
            }
            return ("observations \(min(observations.count, 3))", nil)
        })
        #expect(report.violations.isEmpty, "\(report.violations.prefix(3))")
    }

    // MARK: - XLSX

    static let sheetSeeds = [
        "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>指标</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>2013-09</t></is></c></row><row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c><c r=\"B2\"><v>26.3</v></c></row>",
        "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>41547</v></c><c r=\"B1\" t=\"b\"><v>1</v></c><c r=\"C1\" t=\"e\"><v>#N/A</v></c><c r=\"D1\" t=\"str\"><v>x</v></c></row>",
    ]

    /// The workbook around a sheet's cells; one input in five has a byte of the archive changed
    /// and one in seven is cut short (which, chosen from the input itself, keeps runs repeatable).
    static func workbook(_ sheetData: String) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        func add(_ path: String, _ text: String) throws {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        try add("xl/workbook.xml", "<workbook xmlns:r=\"r\"><sheets><sheet name=\"表\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>")
        try add("xl/_rels/workbook.xml.rels", "<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>")
        try add("xl/sharedStrings.xml", "<sst><si><t>固定资产投资</t></si></sst>")
        try add("xl/styles.xml", "<styleSheet><cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs></styleSheet>")
        try add("xl/worksheets/sheet1.xml", "<worksheet><sheetData>\(sheetData)</sheetData></worksheet>")
        var data = archive.data ?? Data()
        let n = sheetData.utf8.count
        if n % 5 == 0, !data.isEmpty { data[(n * 7919) % data.count] ^= 0x5A }
        if n % 7 == 0 { data = data.prefix(max(0, data.count - (n % 97) - 1)) }
        return data
    }

    @Test func xlsxReader() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("fuzz-\(UUID()).xlsx").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let references = ["A1", "B12", "XFD1048576", "XFE1", "A1048577", "AAAAAAAAAAAAAAAA3", "C100000000", "1A", "", "a1", "Z0"]
        let types = ["n", "s", "inlineStr", "str", "b", "e", "d", "zz"]
        let report = Fuzzer.run("XLSX", corpus: Self.sheetSeeds, mutate: { fuzzer, text in
            guard fuzzer.chance(0.6) else { return fuzzer.rawEdit(text) }
            let value = fuzzer.chance(0.5) ? fuzzer.pick(Fuzzer.hostileTokens) : String(fuzzer.int(0...99999))
            let cell = "<c r=\"\(fuzzer.pick(references))\" t=\"\(fuzzer.pick(types))\" s=\"\(fuzzer.int(0...2))\"><v>\(value)</v></c>"
            let row = "<row r=\"\(fuzzer.int(1...30))\">\(cell)</row>"
            return fuzzer.chance(0.5) ? text + row : row + text
        }, parse: { text in
            try Self.workbook(text).write(to: URL(fileURLWithPath: path))
            let workbook = try XLSXWorkbook(path: path)
            var cells = 0
            for sheet in workbook.sheets {
                for cell in sheet.rows.joined() {
                    cells += 1
                    if let number = cell.number, !NumberRule.accepts(number) { return ("", "number cell \(number) read") }
                }
            }
            return ("cells \(min(cells, 3))", nil)
        })
        #expect(report.violations.isEmpty, "\(report.violations.prefix(3))")
    }

    // MARK: - YAML: catalog, scenario, links

    /// Structure-aware YAML edits: a line re-indented, repeated, or given a new key or value.
    static func yamlEdit(_ fuzzer: inout Fuzzer, _ text: String, keys: [String]) -> String {
        var lines = text.components(separatedBy: "\n")
        guard fuzzer.chance(0.6), !lines.isEmpty else { return fuzzer.rawEdit(text) }
        let i = fuzzer.int(0...lines.count - 1)
        switch fuzzer.int(0...4) {
        case 0: lines[i] = String(repeating: " ", count: fuzzer.int(0...8)) + lines[i].drop { $0 == " " }
        case 1: lines.insert(lines[i], at: i)
        case 2: lines.insert(String(repeating: " ", count: fuzzer.int(0...6)) + fuzzer.pick(keys) + ": " + fuzzer.pick(Fuzzer.hostileTokens), at: i)
        case 3: lines[i] += " " + String(repeating: fuzzer.pick(["[", "{", "- ", "&x ", "*x"]), count: fuzzer.int(1...200))
        default: lines.insert(String(repeating: " ", count: fuzzer.int(0...6)) + "- " + fuzzer.pick(keys) + ": " + String(fuzzer.int(-9...99)), at: i)
        }
        return lines.joined(separator: "\n")
    }

    @Test func catalogYAML() throws {
        let seed = try String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Datasets/heilongjiang-2013/catalog.yaml").standardized, encoding: .utf8)
        let entries = seed.components(separatedBy: "\n- id:")
        let small = entries.prefix(4).joined(separator: "\n- id:") + "\n"
        let keys = CatalogColumn.allCases.map(\.rawValue)
        let report = Fuzzer.run("catalog YAML", corpus: [small], mutate: { Self.yamlEdit(&$0, $1, keys: keys) }, parse: { text in
            let catalog = try CatalogYAML.read(text, source: "c.yaml")
            for t in catalog.targets {
                for number in [t.value, t.valueMax, t.tolerance].compactMap({ $0 }) where !NumberRule.accepts(number) {
                    return ("", "\(t.id) holds \(number)")
                }
                if let c = InvisibleCharacters.first(in: t.id + (t.series ?? "")) { return ("", "invisible \(InvisibleCharacters.name(c)) in \(t.id)") }
            }
            return ("targets \(min(catalog.targets.count, 3))", nil)
        })
        #expect(report.violations.isEmpty, "\(report.violations.prefix(3))")
    }

    static let scenarioSeed = """
    name: 四季度投资放缓
    as_of: 2013-09
    shocks:
      - series: fai
        months: 10-12
        month_growth: 15
      - series: retail
        add_pp: -1.0
      - series: grain
        annual_value: 1250
    targets:
      - id: T003
        value: 25
    """

    @Test func scenarioYAML() {
        let keys = ["name", "as_of", "shocks", "targets", "series", "months", "month_growth", "month_value", "add_pp", "scale", "annual_value", "id", "value"]
        let report = Fuzzer.run("scenario YAML", corpus: [Self.scenarioSeed], mutate: { Self.yamlEdit(&$0, $1, keys: keys) }, parse: { text in
            let scenario = try ScenarioFile.parse(text, file: "s.yaml")
            if scenario.shocks.count > InputLimits.maximumShocks { return ("", "\(scenario.shocks.count) shocks") }
            for shock in scenario.shocks {
                let value: Double
                switch shock.kind {
                case let .monthGrowth(v), let .monthValue(v), let .addPercentagePoints(v), let .scale(v), let .annualValue(v): value = v
                }
                if !NumberRule.accepts(value) { return ("", "shock value \(value)") }
            }
            for o in scenario.targetOverrides where !NumberRule.accepts(o.value) { return ("", "override \(o.value)") }
            return ("shocks \(min(scenario.shocks.count, 3))", nil)
        })
        #expect(report.violations.isEmpty, "\(report.violations.prefix(3))")
    }

    @Test func linksYAML() {
        let seed = "gdp: [industry, fai, retail]        # GDP on industry, investment and retail\nfiscal_revenue: [gdp, industry]\n"
        let keys = ["gdp", "industry", "fai", "retail", "fiscal_revenue"]
        let report = Fuzzer.run("links YAML", corpus: [seed], mutate: { Self.yamlEdit(&$0, $1, keys: keys) }, parse: { text in
            let spec = try LinkSpecification.parse(text, file: "l.yaml")
            let series = spec.links.map(\.series)
            if Set(series).count != series.count { return ("", "a series linked twice") }
            return ("links \(min(series.count, 3))", nil)
        })
        #expect(report.violations.isEmpty, "\(report.violations.prefix(3))")
    }

    // MARK: - Policy text

    @Test func policyTextExtractor() {
        let fragments = ["一、", "（一）", "1.", "（1）", "①", "全省地区生产总值增长11%左右", "固定资产投资增长30%以上", "粮食产量1300亿斤",
                         "（省发改委负责）", "牵头单位：省统计局", "责任单位：省财政厅、省商务厅", "3至5个", "一百二十", "。", "；",
                         "2013年《政府工作报告》", "增长", "%", "亿元", "左右"]
        let seed = "2013年《政府工作报告》\n一、稳定增长\n（一）全省地区生产总值增长11%左右。（省发改委负责）\n牵头单位：省统计局\n"
        let report = Fuzzer.run("policy text", corpus: [seed], mutate: { fuzzer, text in
            guard fuzzer.chance(0.6) else { return fuzzer.rawEdit(text) }
            var lines = text.components(separatedBy: "\n")
            let i = fuzzer.int(0...lines.count - 1)
            let line = (0..<fuzzer.int(1...6)).map { _ in fuzzer.chance(0.8) ? fuzzer.pick(fragments) : fuzzer.pick(Fuzzer.hostileTokens) }.joined()
            lines.insert(line, at: i)
            return lines.joined(separator: "\n")
        }, parse: { text in
            let catalog = try TargetExtractor().extract(text, source: "d.txt")
            for t in catalog.targets {
                for number in [t.value, t.valueMax].compactMap({ $0 }) where !NumberRule.accepts(number) { return ("", "\(t.id) holds \(number)") }
            }
            return ("targets \(min(catalog.targets.count, 3))", nil)
        })
        #expect(report.violations.isEmpty, "\(report.violations.prefix(3))")
    }
}
