import CXLSXWriter
import Foundation
import TextFormats

extension Workbook {
    /// Writes the workbook to `path` atomically: libxlsxwriter builds it in a temporary file beside
    /// `path`, which then replaces `path` whole (a reader never sees half a workbook).
    ///
    /// Each row is made, checked and streamed to disk in turn (libxlsxwriter's constant-memory
    /// mode), so a million-row sheet needs little more memory than one row.
    ///
    /// Sheet names and highlight columns are checked first, row widths and finite numbers as each
    /// row is written; either way a bad value leaves `path` as it was (the half-made temporary
    /// file is removed). Header cells are bold on a grey fill; each column's number format applies
    /// to its number cells.
    ///
    /// Edge Cases: a sheet without rows still gets its header (and its autofilter over the header);
    /// a workbook without sheets is an error (Excel cannot open one).
    public func write(to path: String) throws {
        try validate()
        do {
            try AtomicFile.write(to: path) { temporary in try render(to: temporary, reportingAs: path) }
        } catch let error as TextFormatsError {
            if case let .cannotWrite(_, reason) = error { throw WorkbookError.cannotWrite(path: path, reason: reason) }
            throw error
        }
    }

    func validate() throws {
        guard !sheets.isEmpty else { throw WorkbookError.badSheetName("", reason: "a workbook needs at least one sheet") }
        var seen = Set<String>()
        for sheet in sheets {
            let name = sheet.name
            if name.isEmpty || name.count > 31 { throw WorkbookError.badSheetName(name, reason: "must have 1 to 31 characters") }
            if let bad = name.first(where: { "[]:*?/\\".contains($0) }) {
                throw WorkbookError.badSheetName(name, reason: "contains \"\(bad)\", which Excel forbids")
            }
            if name.hasPrefix("'") || name.hasSuffix("'") {
                throw WorkbookError.badSheetName(name, reason: "must not start or end with an apostrophe")
            }
            guard seen.insert(name.lowercased()).inserted else {
                throw WorkbookError.badSheetName(name, reason: "another sheet has the same name")
            }
            for h in sheet.highlights where !sheet.columns.indices.contains(h.column) {
                throw WorkbookError.noSuchColumn(sheet: name, column: h.column)
            }
        }
    }

    private func render(to scratch: String, reportingAs path: String) throws {
        // Constant-memory mode: each row goes to a temporary file as it is written (strings
        // inline, not shared), so a million-row sheet needs no more memory than a small one.
        // The folder's name stays allocated until the workbook is closed (the defers run last first).
        let folder = strdup(FileManager.default.temporaryDirectory.path)
        defer { free(folder) }
        var options = lxw_workbook_options(constant_memory: UInt8(LXW_TRUE.rawValue), tmpdir: folder,
                                           use_zip64: UInt8(LXW_FALSE.rawValue))
        let opened = workbook_new_opt(scratch, &options)
        guard let book = opened else {
            throw WorkbookError.library(path: path, sheet: "", cell: "", message: "cannot create the workbook")
        }
        var closed = false
        defer { if !closed { workbook_close(book) } }
        let header = workbook_add_format(book)
        format_set_bold(header)
        format_set_bg_color(header, 0xF0F4F8)
        format_set_text_wrap(header)
        var formats: [NumberFormat: UnsafeMutablePointer<lxw_format>] = [:]
        func format(_ n: NumberFormat) -> UnsafeMutablePointer<lxw_format>? {
            if n == .general { return nil }
            if let f = formats[n] { return f }
            let f = workbook_add_format(book)
            format_set_num_format(f, n.code)
            formats[n] = f
            return f
        }
        for sheet in sheets {
            // The cell's reference is worked out only for an error (a million-row sheet has
            // twenty million cells).
            func check(_ error: lxw_error, _ cell: @autoclosure () -> String = "") throws {
                guard error != LXW_NO_ERROR else { return }
                throw WorkbookError.library(path: path, sheet: sheet.name, cell: cell(), message: String(cString: lxw_strerror(error)))
            }
            guard let ws = workbook_add_worksheet(book, sheet.name) else {
                throw WorkbookError.library(path: path, sheet: sheet.name, cell: "", message: "cannot add the sheet")
            }
            for (c, column) in sheet.columns.enumerated() {
                let col = lxw_col_t(c)
                try check(worksheet_set_column(ws, col, col, column.width, format(column.format)))
                try check(worksheet_write_string(ws, 0, col, column.header, header), Self.reference(row: 0, column: c))
            }
            let columnFormats = sheet.columns.map { format($0.format) }
            for (r, row) in sheet.rows.enumerated() {
                guard row.count == sheet.columns.count else {
                    throw WorkbookError.rowWidth(sheet: sheet.name, row: r + 2, cells: row.count, columns: sheet.columns.count)
                }
                for (c, cell) in row.enumerated() {
                    if let value = cell.value, !value.isFinite {
                        throw WorkbookError.notFinite(sheet: sheet.name, cell: Self.reference(row: r + 1, column: c))
                    }
                    let at = (lxw_row_t(r + 1), lxw_col_t(c))
                    let f = columnFormats[c]
                    switch cell {
                    case let .text(text): try check(worksheet_write_string(ws, at.0, at.1, text, f), Self.reference(row: r + 1, column: c))
                    case let .number(value): try check(worksheet_write_number(ws, at.0, at.1, value, f), Self.reference(row: r + 1, column: c))
                    case let .amount(value, own):
                        try check(worksheet_write_number(ws, at.0, at.1, value, format(own)), Self.reference(row: r + 1, column: c))
                    case .empty: break
                    }
                }
            }
            let lastRow = lxw_row_t(sheet.rows.count), lastColumn = lxw_col_t(max(sheet.columns.count - 1, 0))
            if sheet.freezesHeader { worksheet_freeze_panes(ws, 1, 0) }
            if sheet.hasAutofilter, !sheet.columns.isEmpty { try check(worksheet_autofilter(ws, 0, 0, lastRow, lastColumn)) }
            for h in sheet.highlights where !sheet.rows.isEmpty {
                let look = workbook_add_format(book)
                format_set_bg_color(look, lxw_color_t(h.fill.rgb))
                format_set_font_color(look, lxw_color_t(h.font.rgb))
                // Excel compares text against a quoted literal; a quote inside is doubled.
                let literal = "\"" + h.equals.replacingOccurrences(of: "\"", with: "\"\"") + "\""
                try literal.withCString { text in
                    var rule = lxw_conditional_format()
                    rule.type = UInt8(LXW_CONDITIONAL_TYPE_CELL.rawValue)
                    rule.criteria = UInt8(LXW_CONDITIONAL_CRITERIA_EQUAL_TO.rawValue)
                    rule.value_string = UnsafeMutablePointer(mutating: text)
                    rule.format = look
                    let col = lxw_col_t(h.column)
                    try check(worksheet_conditional_format_range(ws, 1, col, lastRow, col, &rule))
                }
            }
        }
        closed = true
        let error = workbook_close(book)
        guard error == LXW_NO_ERROR else {
            throw WorkbookError.library(path: path, sheet: "", cell: "", message: String(cString: lxw_strerror(error)))
        }
    }

    /// `row` and `column` from 0 as an A1 reference: (0, 0) → `A1`, (4, 27) → `AB5`.
    static func reference(row: Int, column: Int) -> String {
        var letters = "", n = column + 1
        while n > 0 {
            let r = (n - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + r))) + letters
            n = (n - 1) / 26
        }
        return letters + String(row + 1)
    }
}

extension Cell {
    /// The number a number cell holds.
    var value: Double? {
        switch self {
        case let .number(v), let .amount(v, _): return v
        case .text, .empty: return nil
        }
    }
}
