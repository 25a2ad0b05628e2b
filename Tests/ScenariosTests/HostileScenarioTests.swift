import Projection
import TargetModel
import Testing
import TextFormats
@testable import Scenarios

/// Issue 20: scenario and links files that must be refused with their line, quickly, with a
/// bounded number of messages.
@Suite struct HostileScenarioTests {
    func failure(_ text: String) -> String {
        do {
            _ = try ScenarioFile.parse(text, file: "s.yaml")
            return "no error"
        } catch {
            return "\(error)"
        }
    }

    @Test(arguments: ["nan", "NaN", ".nan", "inf", "-.inf", "1e309", "1e308"])
    func shockValuesBeyondTheNumberRuleAreRefused(value: String) {
        let message = failure("as_of: 2013-09\nshocks:\n  - series: fai\n    add_pp: \(value)\n")
        #expect(message == "s.yaml:3: shock on fai: give exactly one of month_growth, month_value, add_pp, scale, annual_value with \(NumberRule.expectation)")
    }

    @Test func aTargetOverrideOfInfinityIsRefused() {
        #expect(failure("as_of: 2013-09\ntargets:\n  - id: T1\n    value: .inf\n").contains("s.yaml:3: target T1: value must be a number"))
    }

    @Test func twoThousandShocksAreRefusedInOneLine() {
        let shocks = String(repeating: "  - series: fai\n    months: 10-12\n    month_growth: 15\n", count: 2000)
        let message = failure("as_of: 2013-09\nshocks:\n" + shocks)
        #expect(message == "s.yaml:3: 2000 shocks; expected at most \(InputLimits.maximumShocks) (InputLimits.maximumShocks)")
    }

    @Test func aThousandShocksOnTheSameMonthsGiveACappedListOfProblems() throws {
        let shocks = String(repeating: "  - series: fai\n    months: 10-12\n    month_growth: 15\n", count: InputLimits.maximumShocks)
        let scenario = try ScenarioFile.parse("as_of: 2013-09\nshocks:\n" + shocks, file: "s.yaml")
        let catalog = Catalog(targets: [target("T1", series: "fai", value: 20)])
        let runner = ScenarioRunner(catalog: catalog, data: ["fai": investmentData()], projector: carryForward)
        let started = ContinuousClock.now
        #expect { try runner.run(scenario) } throws: { error in
            let lines = "\(error)".split(separator: "\n")
            return lines.count == InputLimits.maximumReportedProblems + 1
                && lines[0] == "s.yaml:6: fai: contradicts the shock on line 3 for the same months"
                && lines.last == "… and \(InputLimits.maximumShocks - 1 - InputLimits.maximumReportedProblems) more problems"
        }
        #expect(ContinuousClock.now - started < .seconds(20))
    }

    @Test func deepNestingAliasesAndRepeatedKeysAreRefusedWithTheirLine() {
        #expect(failure("as_of: 2013-09\nshocks: " + String(repeating: "[", count: 5000)).hasPrefix("s.yaml:2: collections nested more than"))
        #expect(failure("as_of: 2013-09\nas_of: 2013-10\n").hasPrefix("s.yaml:2: the key 'as_of' appears twice"))
        #expect(failure("as_of: &m 2013-09\nname: *m\n").hasPrefix("s.yaml:1: YAML anchors"))
        #expect(failure("as_of: 2013-09\nshocks:\n  - series: \"fai\\u200B\"\n    add_pp: 1\n").contains("invisible character U+200B"))
    }

    @Test func linksFilesGetTheSameChecks() {
        func linkFailure(_ text: String) -> String {
            do {
                _ = try LinkSpecification.parse(text, file: "l.yaml")
                return "no error"
            } catch {
                return "\(error)"
            }
        }
        #expect(linkFailure("gdp: " + String(repeating: "[", count: 5000)).hasPrefix("l.yaml:1: collections nested more than"))
        #expect(linkFailure("gdp: [industry]\ngdp: [fai]\n").hasPrefix("l.yaml:2: the key 'gdp' appears twice"))
        #expect(linkFailure("a: &d [industry]\ngdp: *d\n").hasPrefix("l.yaml:1: YAML anchors"))
    }
}
