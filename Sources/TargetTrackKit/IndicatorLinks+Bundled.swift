import Foundation
import Projection
import Scenarios
import TextFormats

extension IndicatorLinks {
    /// The links of a links file (`series: [drivers]`, as `targettrack links fit` reads): each
    /// series' drivers become its indicators.
    public init(_ specification: LinkSpecification) {
        self.init(Dictionary(specification.links.map { ($0.series, $0.drivers) }, uniquingKeysWith: +))
    }

    /// The links of fitted estimates (a workspace's `links fit`).
    public init(_ estimates: [LinkEstimate]) {
        self.init(Dictionary(estimates.map { ($0.series, $0.drivers) }, uniquingKeysWith: +))
    }

    /// The default for the national series bundled with TargetTrack (`Resources/national-indicators.yaml`).
    public static func bundled() throws -> IndicatorLinks {
        guard let url = Bundle.module.url(forResource: "national-indicators", withExtension: "yaml") else {
            throw TargetTrackError("the bundled national-indicators.yaml is missing from TargetTrackKit's resources")
        }
        return IndicatorLinks(try LinkSpecification.parse(try ReadableFile.utf8Text(url.path), file: url.path))
    }
}
