import Foundation
/// The responsibility note at the end of an item: `（省发改委负责）`, or a labelled tail
/// `牵头单位：省发展改革委` on the same line.
struct ResponsibilityNote {
    /// Where the note starts in the line (the body ends there).
    var start: Int
    var responsibility: Responsibility

    /// Finds the note that closes a normalised line, looking no earlier than `from`.
    static func find(in line: [Character], from: Int, firstListedLeads: Bool = false) -> ResponsibilityNote? {
        if let labelled = labelledTail(line, from: from, firstListedLeads: firstListedLeads) { return labelled }
        var end = line.count
        while end > from, line[end - 1].isWhitespace || "。.;".contains(line[end - 1]) { end -= 1 }
        guard end > from, line[end - 1] == ")" else { return nil }
        var depth = 0
        var open = end - 1
        while open >= from {
            if line[open] == ")" { depth += 1 }
            if line[open] == "(" {
                depth -= 1
                if depth == 0 { break }
            }
            open -= 1
        }
        guard open >= from, let responsibility = Responsibility.parseNote(String(line[(open + 1)..<(end - 1)])) else { return nil }
        return ResponsibilityNote(start: open, responsibility: responsibility)
    }

    /// A label such as `牵头单位：` after the item's text on the same line.
    private static func labelledTail(_ line: [Character], from: Int, firstListedLeads: Bool) -> ResponsibilityNote? {
        // Every label ends in a colon: a line without one is not searched fourteen times.
        guard line[from...].contains(where: { $0 == ":" || $0 == "：" }) else { return nil }
        let text = String(line[from...])
        for label in ["牵头单位", "责任单位", "牵头部门", "责任部门", "主办单位", "牵头领导", "责任领导"] {
            for colon in [":", "："] {
                guard let range = text.range(of: label + colon) else { continue }
                let offset = text.distance(from: text.startIndex, to: range.lowerBound)
                guard offset > 0, let responsibility = Responsibility.parseLabelled(String(text[range.lowerBound...]), firstListedLeads: firstListedLeads) else { continue }
                var start = from + offset
                while start > from, "(【[".contains(line[start - 1]) || line[start - 1].isWhitespace { start -= 1 }
                return ResponsibilityNote(start: start, responsibility: responsibility)
            }
        }
        return nil
    }
}
