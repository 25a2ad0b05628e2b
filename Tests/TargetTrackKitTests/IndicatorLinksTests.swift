import Foundation
import Projection
import Scenarios
import TargetTrackKit
import Testing

/// Which indicators the indicator bridge reads: the workspace's fitted links over the bundled
/// national default.
@Suite struct IndicatorLinksTests {
    @Test func theBundledDefaultCoversTheNationalSeries() throws {
        let bundled = try IndicatorLinks.bundled()
        #expect(bundled.indicators(of: "nbs_fai") == ["nbs_pmi_manufacturing", "nec_electricity", "nbs_new_loans"])
        for series in ["nbs_fai", "nbs_industry", "nbs_retail", "nbs_gdp_industry"] {
            #expect(!bundled.indicators(of: series).isEmpty, "\(series) has no default indicators")
        }
        #expect(bundled.indicators(of: "gdp").isEmpty)
    }

    @Test func fittedLinksComeBeforeTheDefault() throws {
        let tracker = try HeilongjiangWorkspace.tracker()
        #expect(try tracker.indicatorLinks() == (try IndicatorLinks.bundled()))
        let file = HeilongjiangWorkspace.data + "/links.yaml"
        let specification = try LinkSpecification.parse(try String(contentsOfFile: file, encoding: .utf8), file: file)
        _ = try tracker.fitLinks(specification, file: file)
        let links = try tracker.indicatorLinks()
        #expect(links.indicators(of: "gdp") == ["industry", "fai", "retail"])
        #expect(links.indicators(of: "fiscal_revenue") == ["gdp", "industry"])
        #expect(links.indicators(of: "nbs_fai") == (try IndicatorLinks.bundled()).indicators(of: "nbs_fai"))
    }
}
