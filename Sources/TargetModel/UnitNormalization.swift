/// A unit as written converted to the canonical unit of its dimension: `value × factor` is the
/// amount in `unit`.
public struct CanonicalUnit: Hashable, Sendable {
    /// The canonical unit (`万吨`, `万亩`, `亿元`, `万人`, `个` …).
    public var unit: String
    /// Multiply a value in the written unit by this to get the canonical unit.
    public var factor: Double

    public init(unit: String, factor: Double) {
        self.unit = unit
        self.factor = factor
    }
}

/// Canonical units for the units Chinese target documents write, for arithmetic across targets.
///
/// Edge Cases: a unit not in the table is its own canonical unit with factor 1; magnitude
/// prefixes 万 and 亿 on a unit the table knows are applied (`万个` → 个 × 10⁴).
public enum UnitNormalization {
    /// The canonical unit and factor for a unit as written.
    public static func canonical(_ written: String) -> CanonicalUnit {
        let unit = written.trimmingSpaces
        if let known = table[unit] { return known }
        for (prefix, scale) in [("万", 1e4), ("亿", 1e8)] where unit.hasPrefix(prefix) {
            let rest = String(unit.dropFirst())
            if let base = table[rest] {
                return CanonicalUnit(unit: base.unit, factor: base.factor * scale)
            }
        }
        return CanonicalUnit(unit: unit, factor: 1)
    }

    /// Converts a value from its written unit to the canonical unit.
    public static func toCanonical(_ value: Double, unit written: String) -> (value: Double, unit: String) {
        let canonical = canonical(written)
        return (value * canonical.factor, canonical.unit)
    }

    /// Written unit → canonical unit and factor. 1斤 = 0.5 kg, so 1亿斤 = 5×10⁷ kg = 5万吨.
    private static let table: [String: CanonicalUnit] = {
        var table: [String: CanonicalUnit] = [:]
        func add(_ units: [String: Double], canonical: String) {
            for (unit, factor) in units { table[unit] = CanonicalUnit(unit: canonical, factor: factor) }
        }
        add(["%": 1, "％": 1, "个百分点": 1, "百分点": 1], canonical: "%")
        add(["万吨": 1, "吨": 1e-4, "亿吨": 1e4, "斤": 5e-8, "万斤": 5e-4, "亿斤": 5, "公斤": 1e-7,
             "千克": 1e-7, "万公斤": 1e-3, "亿公斤": 10], canonical: "万吨")
        add(["万亩": 1, "亩": 1e-4, "亿亩": 1e4, "公顷": 15e-4, "万公顷": 15, "平方公里": 0.15], canonical: "万亩")
        add(["亿元": 1, "元": 1e-8, "万元": 1e-4, "千元": 1e-5, "万亿元": 1e4], canonical: "亿元")
        add(["亿美元": 1, "美元": 1e-8, "万美元": 1e-4], canonical: "亿美元")
        add(["万人": 1, "人": 1e-4, "亿人": 1e4, "名": 1e-4, "万名": 1, "人次": 1e-4, "万人次": 1], canonical: "万人")
        add(["公里": 1, "千米": 1, "km": 1, "米": 1e-3, "万公里": 1e4], canonical: "公里")
        add(["万平方米": 1, "平方米": 1e-4, "亿平方米": 1e4], canonical: "万平方米")
        add(["万千瓦": 1, "千瓦": 1e-4, "兆瓦": 0.1], canonical: "万千瓦")
        for count in ["个", "所", "家", "项", "座", "处", "套", "户", "台", "辆", "种", "条", "件", "张", "村", "县", "次", "批", "间"] {
            table[count] = CanonicalUnit(unit: count, factor: 1)
        }
        return table
    }()
}

extension String {
    fileprivate var trimmingSpaces: String {
        String(self.drop(while: { $0.isWhitespace }).reversed().drop(while: { $0.isWhitespace }).reversed())
    }
}
