import Foundation
import TextFormats

/// One indicator as documents name it: the series id the bundled examples use for it (its
/// reference name) and the names documents and bureaus print for it.
public struct IndicatorAlias: Hashable, Sendable {
    /// The reference series id (`gdp`, `fai`, `fiscal_revenue` …).
    public var series: String
    /// An English name, for messages.
    public var nameEn: String
    /// The Chinese (and English) names, longest first (`地区生产总值`, `生产总值`, `GDP` …).
    public var aliases: [String]

    public init(series: String, nameEn: String, aliases: [String]) {
        self.series = series
        self.nameEn = nameEn
        self.aliases = aliases.sorted { $0.count > $1.count }
    }
}

/// The indicator alias table (`Resources/indicator-aliases.csv`: `series,name_en,aliases`, aliases
/// separated by `|`), which `catalog link --suggest` matches indicator names against.
public struct IndicatorAliases: Sendable {
    /// One entry per indicator, in the file's order.
    public var entries: [IndicatorAlias]

    public init(entries: [IndicatorAlias]) {
        self.entries = entries
    }

    /// The table bundled with TargetTrack.
    public static func bundled() throws -> IndicatorAliases {
        guard let url = Bundle.module.url(forResource: "indicator-aliases", withExtension: "csv") else {
            throw TargetTrackError("the bundled indicator-aliases.csv is missing from TargetTrackKit's resources")
        }
        var reader = try CSVReader(path: url.path)
        let records = try reader.readAll().dropFirst()
        return IndicatorAliases(entries: records.filter { $0.count >= 3 }.map {
            IndicatorAlias(series: $0[0], nameEn: $0[1], aliases: $0[2].split(separator: "|").map(String.init))
        })
    }

    /// The entry whose longest alias occurs in `indicator` (so `万元GDP能耗` is energy intensity, not
    /// GDP), with that alias; `nil` when no alias occurs. Case and spaces are ignored.
    public func reference(for indicator: String) -> (entry: IndicatorAlias, alias: String)? {
        let text = Self.normalised(indicator)
        var best: (entry: IndicatorAlias, alias: String)?
        for entry in entries {
            for alias in entry.aliases where text.contains(Self.normalised(alias)) {
                if alias.count > best?.alias.count ?? 0 { best = (entry, alias) }
                break
            }
        }
        return best
    }

    /// Lower case without spaces (ASCII or full-width).
    static func normalised(_ text: String) -> String {
        text.lowercased().filter { $0 != " " && $0 != "\u{3000}" }
    }
}
