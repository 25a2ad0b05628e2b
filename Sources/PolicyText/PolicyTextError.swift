import TextFormats

/// Why a document or catalog could not be read; messages name the file and line.
public enum PolicyTextError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The document has no text.
    case emptyDocument(source: String)
    /// The document has text but no numbered task, target or responsibility note.
    case noTargets(source: String)
    /// No plan year in the text and none given.
    case noYear(source: String)
    /// A catalog file has problems; every one is listed.
    case invalidCatalog(source: String, problems: [CatalogProblem])
    /// A table header whose columns cannot all be told: the line and what is wrong.
    case unknownTableColumns(source: String, line: Int, header: String, problems: [String])
    /// A document file that cannot be read (a damaged Word or Excel file, pdftotext missing …).
    case unreadableDocument(path: String, reason: String)
    /// A document, or one of its lines (1-based), longer than the extractor reads; `limit` says the limit.
    case tooLarge(source: String, line: Int?, limit: String)
    /// A catalog file's format cannot be told from its name.
    case unknownCatalogFormat(path: String)

    public var description: String {
        switch self {
        case let .emptyDocument(source):
            return "\(source): the document is empty"
        case let .noTargets(source):
            return "\(source): no targets found: expected numbered tasks (一、 / （一） / 1.) with targets such as `增长11%左右` or responsibility notes such as `（省发改委负责）`"
        case let .noYear(source):
            return "\(source): no plan year found in the text (expected e.g. `2013年《政府工作报告》`); give one with --year"
        case let .invalidCatalog(source, problems):
            var seen = Set<CatalogProblem>()
            let distinct = problems.filter { seen.insert($0).inserted }
            let shown = distinct.prefix(InputLimits.maximumReportedProblems)
            return "\(source): \(problems.count) problem\(problems.count == 1 ? "" : "s"):\n"
                + shown.map { "  \(source):\($0)" }.joined(separator: "\n")
                + (distinct.count > shown.count ? "\n  … and \(distinct.count - shown.count) more" : "")
        case let .unknownTableColumns(source, line, header, problems):
            return "\(source):\(line): table header `\(header)` cannot be read: \(problems.joined(separator: "; ")); expected column names such as 序号, 工作任务 (or 重点工作, 目标任务, 主要指标), 牵头单位, 责任单位, 配合单位, 牵头领导, 完成时限"
        case let .unreadableDocument(path, reason):
            return "\(path): cannot read the document: \(reason)"
        case let .tooLarge(source, line, limit):
            return "\(source)\(line.map { ":\($0)" } ?? ""): \(line == nil ? "the document" : "the line") is longer than \(limit); "
                + "expected a policy document of paragraphs"
        case let .unknownCatalogFormat(path):
            return "\(path): unknown catalog format: expected a .yaml, .yml or .csv file"
        }
    }
}
