import Projection
import Risk
import TargetModel

/// The language of headers, status words and labels in exports.
public enum Language: String, CaseIterable, Sendable {
    case zh
    case en

    /// A status as a reader sees it: Chinese words, or the English code (`on_track`).
    public func word(for status: Status) -> String {
        guard self == .zh else { return status.rawValue }
        switch status {
        case .onTrack: return "有望完成"
        case .atRisk: return "有风险"
        case .offTrack: return "难以完成"
        case .achieved: return "已完成"
        case .noData: return "无数据"
        case .done: return "已办结"
        case .inProgress: return "推进中"
        case .notStarted: return "未启动"
        case .late: return "滞后"
        }
    }

    /// A department role as a reader sees it.
    public func word(for role: DepartmentRole) -> String {
        guard self == .zh else { return role.rawValue }
        switch role {
        case .lead: return "牵头"
        case .co: return "协办"
        }
    }

    /// A comparator as a reader sees it: the word a Chinese plan uses (`左右`, `以上`, `以内`…),
    /// or the English code (`at_least`).
    public func word(for comparator: Comparator) -> String {
        guard self == .zh else { return comparator.rawValue }
        switch comparator {
        case .approx: return "左右"
        case .atLeast: return "以上"
        case .atMost: return "以内"
        case .exact: return "完成"
        case .range: return "区间"
        }
    }

    /// A projection's data sufficiency as a reader sees it (`数据不足` where the history is thin).
    public func word(for sufficiency: DataSufficiency) -> String {
        guard self == .zh else { return sufficiency == .none ? "" : sufficiency.rawValue }
        switch sufficiency {
        case .sufficient: return "充足"
        case .limited: return "有限"
        case .insufficient: return "数据不足"
        case .none: return ""
        }
    }

    /// Whether CSV files in this language start with a UTF-8 byte order mark by default: yes for
    /// Chinese, which Excel on Chinese Windows otherwise reads as GBK and shows as mojibake.
    public var wantsByteOrderMark: Bool { self == .zh }

    /// Yes or no.
    public func word(for flag: Bool) -> String {
        switch self {
        case .zh: return flag ? "是" : "否"
        case .en: return flag ? "true" : "false"
        }
    }

    /// Picks the Chinese or the English text.
    public func pick(_ chinese: String, _ english: String) -> String {
        self == .zh ? chinese : english
    }
}
