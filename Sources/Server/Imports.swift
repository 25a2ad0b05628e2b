import Foundation
import Hummingbird
import Reporting
import TargetTrackKit
import Workspace

/// Imports over the web (administrators): a long CSV, a release table or a workbook, or a
/// catalog, checked and stored exactly as `targettrack import` / `catalog import` do — one
/// transaction, nothing stored when any row is wrong, the error naming file:line:column.
extension Dashboard {
    func addImportRoutes(to router: Router<DashboardContext>) {
        let language = configuration.language
        let maxUpload = configuration.maxUpload

        router.get("/imports") { request, context -> Response in
            let session = try context.requireRole(request, [.administrator])
            let query = try PageQuery(request, default: language)
            let l = query.language
            let log = try office.importLog().reversed().prefix(50).map { r in
                "<tr><td>\(r.id)</td><td>\(escapedHTML(r.file))</td><td>\(escapedHTML(r.importedAt))</td><td>\(r.rowsRead)</td><td>\(r.newObservations)</td><td>\(r.newVintages)</td></tr>"
            }.joined()
            let body = """
                <form id="upload" class="upload" data-csrf="\(session.csrf)">
                <label>\(l.pick("文件", "File")) <input type="file" name="file" required></label>
                <label>\(l.pick("类型", "Kind")) <select name="kind"><option value="data">\(l.pick("数据（长表CSV、发布表、XLSX）", "data (long CSV, release table, XLSX)"))</option><option value="catalog">\(l.pick("目标清单（YAML/CSV）", "catalog (YAML/CSV)"))</option></select></label>
                <button type="submit">\(l.pick("导入", "Import"))</button>
                </form>
                <pre id="upload-result" class="upload-result" aria-live="polite"></pre>
                <h2>\(l.pick("导入记录", "Import log"))</h2>
                <table class="imports"><thead><tr><th>id</th><th>\(l.pick("文件", "file"))</th><th>\(l.pick("时间", "at"))</th><th>\(l.pick("读取行数", "rows read"))</th><th>\(l.pick("新观测", "new observations"))</th><th>\(l.pick("新版本", "new vintages"))</th></tr></thead><tbody>\(log)</tbody></table>
                """
            return HTMLResponse.page(HTMLResponse.shell(title: l.pick("数据导入", "Imports"), language: l,
                                                        banner: HTMLResponse.banner(session, query: query, asOf: query.month), body: body))
        }

        /// The file is the body; `file` names it (for messages and the log), `kind` is `data`
        /// (default) or `catalog`. 200 with the import's summary, 422 with the first problem.
        router.post("/api/imports") { request, context -> Response in
            let session = try context.requireRole(request, [.administrator])
            let query = request.uri.queryParameters
            let name = String(query.get("file") ?? "upload.csv")
            guard !name.isEmpty, !name.contains("/"), !name.contains("\\"), name != ".", name != ".." else {
                throw HTTPError(.badRequest, message: "file '\(name)' is not a file name")
            }
            let kind = query.get("kind") ?? "data"
            guard kind == "data" || kind == "catalog" else { throw HTTPError(.badRequest, message: "kind '\(kind)' is not data or catalog") }
            var request = request
            let body = try await request.collectBody(upTo: maxUpload)
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("targettrack-upload-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let path = folder.appendingPathComponent(name).path
            try Data(buffer: body).write(to: URL(fileURLWithPath: path))
            let tracker = tracker
            do {
                let summary: String
                if kind == "catalog" {
                    let catalog = try tracker.importCatalog(path)
                    summary = "\(name): \(catalog.targets.count) targets\n"
                } else {
                    summary = try tracker.importFile(path).summary
                }
                let shown = summary.replacingOccurrences(of: folder.path + "/", with: "")
                try office.audit(actor: session.account, action: kind == "catalog" ? "catalog.import" : "import.file", subject: name,
                                 detail: shown.split(separator: "\n").first.map(String.init) ?? "")
                return Self.json(JSONValue.object([("ok", .bool(true)), ("summary", .string(shown))]).text + "\n")
            } catch {
                let message = "\(error)".replacingOccurrences(of: folder.path + "/", with: "")
                try office.audit(actor: session.account, action: kind == "catalog" ? "catalog.reject" : "import.reject", subject: name, detail: message)
                return Self.json(JSONValue.object([("ok", .bool(false)), ("error", .string(message))]).text + "\n", status: .unprocessableContent)
            }
        }

        router.get("/audit") { request, context -> Response in
            let session = try context.requireRole(request, [.administrator])
            let query = try PageQuery(request, default: language)
            let l = query.language
            let rows = try office.auditLog(limit: 500).map { e in
                "<tr><td>\(escapedHTML(e.at))</td><td>\(escapedHTML(e.actor))</td><td>\(escapedHTML(e.action))</td><td>\(escapedHTML(e.subject))</td><td>\(escapedHTML(e.detail))</td></tr>"
            }.joined()
            let body = #"<table class="audit"><thead><tr><th>\#(l.pick("时间", "at"))</th><th>\#(l.pick("操作人", "who"))</th><th>\#(l.pick("操作", "action"))</th><th>\#(l.pick("对象", "subject"))</th><th>\#(l.pick("内容", "detail"))</th></tr></thead><tbody>\#(rows)</tbody></table>"#
            return HTMLResponse.page(HTMLResponse.shell(title: l.pick("操作日志", "Audit log"), language: l,
                                                        banner: HTMLResponse.banner(session, query: query, asOf: query.month), body: body))
        }
    }
}
