import Foundation
import Projection
import Scenarios
import TargetModel
import TextFormats

extension ReferenceLinks {
    /// The reference record of each target of a catalog under a reference map (key → panel
    /// series id): the record of the target's series id when the map has it (or when it is a
    /// record's own id), else of its indicator name's reference id in `aliases`
    /// (`固定资产投资` → `fai`). Targets with neither borrow from no record.
    public init(catalog: Catalog, map: [String: String], aliases: IndicatorAliases,
                records: [ReferenceRecord] = ReferenceRecord.chinaNBS) {
        let bySeries = Dictionary(records.map { ($0.series, $0) }, uniquingKeysWith: { first, _ in first })
        var out: [String: ReferenceRecord] = [:]
        for target in catalog.targets {
            let key = map[target.dataSeries] ?? (bySeries[target.dataSeries] != nil ? target.dataSeries : nil)
                ?? aliases.reference(for: target.indicator).flatMap { map[$0.entry.series] }
            if let record = key.flatMap({ bySeries[$0] }) { out[target.id] = record }
        }
        self.init(out)
    }

    /// A reference map (`key: [panel series id]`, the links-file format): each key's single record
    /// id, which must name one of `records`; every problem is reported with its line.
    public static func map(parsing text: String, file: String,
                           records: [ReferenceRecord] = ReferenceRecord.chinaNBS) throws -> [String: String] {
        let known = Set(records.map(\.series))
        var out: [String: String] = [:], problems: [String] = []
        for link in try LinkSpecification.parse(text, file: file).links {
            guard link.drivers.count == 1, known.contains(link.drivers[0]) else {
                problems.append("\(file):\(link.line): \(link.series) needs one reference record of \(known.sorted().joined(separator: ", "))")
                continue
            }
            out[link.series] = link.drivers[0]
        }
        guard problems.isEmpty else { throw TargetTrackError(problems.joined(separator: "\n")) }
        return out
    }

    /// The bundled map (`Resources/reference-indicators.yaml`) and alias table applied to a catalog.
    public static func bundled(for catalog: Catalog) throws -> ReferenceLinks {
        guard let url = Bundle.module.url(forResource: "reference-indicators", withExtension: "yaml") else {
            throw TargetTrackError("the bundled reference-indicators.yaml is missing from TargetTrackKit's resources")
        }
        return ReferenceLinks(catalog: catalog, map: try map(parsing: try ReadableFile.utf8Text(url.path), file: url.path),
                              aliases: try .bundled())
    }
}
