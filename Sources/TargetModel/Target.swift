/// One quantitative (or milestone) target of a government work report, as assigned to departments.
///
/// A `Target` is a plain value: it is what the extractor produces from a policy document, what the
/// catalog stores, and what projection and risk assessment read. Every field has the meaning of
/// the catalog column of the same name (see the README's catalog section).
public struct Target: Codable, Hashable, Sendable {
    /// Stable identifier, e.g. `T001`.
    public var id: String
    /// Plan year the target belongs to.
    public var year: Int
    /// Section path such as `一(一)` or `七(二)3`.
    public var section: String
    /// Indicator name as written, e.g. `地区生产总值`.
    public var indicator: String
    public var kind: TargetKind
    public var comparator: Comparator
    public var direction: Direction
    /// Target value in `unit`; `nil` for milestones.
    public var value: Double?
    /// Upper end of a range target.
    public var valueMax: Double?
    /// Unit as written (`%`, `亿斤`, `万人`, `个` …).
    public var unit: String
    /// Lead departments (主办 / 牵头 / 负责).
    public var lead: [String]
    /// Co-organising departments (协办 / 配合 / 参与).
    public var co: [String]
    /// The department key of each lead, in order without repeats: the name a roll-up groups
    /// by, so that `省发展改革委` and `省发改委` are one department (see PolicyText's
    /// `DepartmentKey`). Empty when the catalog was made without keys; roll-ups then use `lead`.
    public var leadKeys: [String]
    /// The department keys of the co-organisers, as `leadKeys`.
    public var coKeys: [String]
    /// Responsible leaders (分管副省长 …), recorded apart from departments.
    public var leaders: [String]
    /// The form of responsibility as written: 负责, 主办协办, 分别负责, 牵头 …
    public var responsibility: String
    /// Line of the source document the target came from (1-based).
    public var line: Int
    /// Exact text span the target was extracted from.
    public var text: String
    /// Identifier of the data series that measures the target, when one is linked.
    public var series: String?
    /// Tolerance in the target's unit (0.5 percentage points for rates written with 左右).
    public var tolerance: Double?

    public init(
        id: String, year: Int, section: String, indicator: String, kind: TargetKind,
        comparator: Comparator, direction: Direction, value: Double?, valueMax: Double? = nil,
        unit: String, lead: [String] = [], co: [String] = [], leadKeys: [String] = [], coKeys: [String] = [],
        leaders: [String] = [],
        responsibility: String = "", line: Int = 0, text: String = "",
        series: String? = nil, tolerance: Double? = nil
    ) {
        self.id = id
        self.year = year
        self.section = section
        self.indicator = indicator
        self.kind = kind
        self.comparator = comparator
        self.direction = direction
        self.value = value
        self.valueMax = valueMax
        self.unit = unit
        self.lead = lead
        self.co = co
        self.leadKeys = leadKeys
        self.coKeys = coKeys
        self.leaders = leaders
        self.responsibility = responsibility
        self.line = line
        self.text = text
        self.series = series
        self.tolerance = tolerance
    }

    /// The series the target's observations are read from: its linked series, else its own id
    /// (a milestone's states, or the progress of a target without a statistical series, are
    /// reported under the target's id, e.g. `T011,2013-06,progress,350`).
    public var dataSeries: String { series ?? id }

    /// The tolerance that applies when judging attainment: the catalog's value, else 0.
    public var effectiveTolerance: Double { tolerance ?? 0 }

    /// The keys a roll-up groups the leads by: `leadKeys`, or the names when there are none.
    public var leadGroups: [String] { leadKeys.isEmpty ? lead : leadKeys }
    /// The keys a roll-up groups the co-organisers by: `coKeys`, or the names when there are none.
    public var coGroups: [String] { coKeys.isEmpty ? co : coKeys }

    /// Every department answerable for the target, lead first, without repeats.
    public var departments: [String] {
        var seen = Set<String>()
        return (lead + co).filter { seen.insert($0).inserted }
    }
}

extension Target {
    private enum CodingKeys: String, CodingKey {
        case id, year, section, indicator, kind, comparator, direction, value, valueMax, unit, lead, co
        case leadKeys, coKeys, leaders, responsibility, line, text, series, tolerance
    }

    /// Decodes a target; `leadKeys` and `coKeys` may be absent (targets stored before they existed).
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decode(String.self, forKey: .id), year: try c.decode(Int.self, forKey: .year),
            section: try c.decode(String.self, forKey: .section), indicator: try c.decode(String.self, forKey: .indicator),
            kind: try c.decode(TargetKind.self, forKey: .kind), comparator: try c.decode(Comparator.self, forKey: .comparator),
            direction: try c.decode(Direction.self, forKey: .direction), value: try c.decodeIfPresent(Double.self, forKey: .value),
            valueMax: try c.decodeIfPresent(Double.self, forKey: .valueMax), unit: try c.decode(String.self, forKey: .unit),
            lead: try c.decode([String].self, forKey: .lead), co: try c.decode([String].self, forKey: .co),
            leadKeys: try c.decodeIfPresent([String].self, forKey: .leadKeys) ?? [],
            coKeys: try c.decodeIfPresent([String].self, forKey: .coKeys) ?? [],
            leaders: try c.decode([String].self, forKey: .leaders), responsibility: try c.decode(String.self, forKey: .responsibility),
            line: try c.decode(Int.self, forKey: .line), text: try c.decode(String.self, forKey: .text),
            series: try c.decodeIfPresent(String.self, forKey: .series), tolerance: try c.decodeIfPresent(Double.self, forKey: .tolerance))
    }
}

/// What a target measures.
public enum TargetKind: String, Codable, CaseIterable, Sendable {
    /// A percentage change on last year (`增长11%`).
    case growthRate = "growth_rate"
    /// An amount or count to reach or complete (`1300亿斤`, `300所`).
    case level
    /// A rate or share to reach (`城镇污水处理率提高到75%`).
    case ratio
    /// A task with no number.
    case milestone
}

/// How the outcome is compared with the target value.
public enum Comparator: String, Codable, CaseIterable, Sendable {
    /// 左右: about the value; falling short by more than the tolerance is a miss.
    case approx
    /// 以上 / 不低于 / 超过.
    case atLeast = "at_least"
    /// 以内 / 不超过 / 以下 / 低于 / 控制在.
    case atMost = "at_most"
    /// The value as written (a level to complete, a rate to reach).
    case exact
    /// Between `value` and `valueMax`.
    case range
}

/// Which way the indicator is meant to move.
public enum Direction: String, Codable, CaseIterable, Sendable {
    case increase
    case decrease
    case level
}
