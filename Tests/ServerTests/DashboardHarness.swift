import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Evaluation
import Hummingbird
import Server
import TargetTrackKit
import Workspace

/// The bundled Heilongjiang 2013 workspace made through the library, with one account per role,
/// served in-process on 127.0.0.1 at a free port.
struct DashboardHarness {
    static let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Datasets/heilongjiang-2013").path
    static let password = "correct horse battery"

    let workspace: Workspace
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("targettrack-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        workspace = try Workspace(path: folder.appendingPathComponent("hlj.sqlite").path)
        let tracker = TargetTracker(store: workspace)
        try tracker.importCatalog(Self.data + "/catalog.yaml")
        for file in ["heilongjiang-2013-reconstructed.csv", "published.csv"] { _ = try tracker.importFile(Self.data + "/" + file) }
        for (name, role, department) in [("admin", Role.administrator, nil), ("analyst", .analyst, nil), ("leader", .leadership, nil),
                                         ("zhujian", .department, "省住建厅"), ("fagai", .department, "省发改委")] as [(String, Role, String?)] {
            try Accounts.add(name: name, role: role, department: department, password: Self.password, to: workspace, actor: "test", cost: 4)
        }
    }

    /// A workspace of the seeded synthetic national panel cut to `series` series (one target each,
    /// `NationalPanelWorkspace`, as `targettrack bench --workspace` builds it), with a leadership account.
    init(nationalSeries series: Int) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("targettrack-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("national.sqlite").path
        _ = try NationalPanelWorkspace.build(series: series, scratch: folder.path, path: path)
        workspace = try Workspace(path: path, access: .write)
        try Accounts.add(name: "leader", role: .leadership, department: nil, password: Self.password, to: workspace, actor: "test", cost: 4)
    }

    /// Runs `body` with a client of a server on the workspace, then stops the server.
    func serving(_ configuration: DashboardConfiguration = DashboardConfiguration(port: 0),
                 _ body: (Client) async throws -> Void) async throws {
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let app = Dashboard(store: workspace, configuration: configuration).application { continuation.yield($0) }
        let server = Task { try await app.runService(gracefulShutdownSignals: []) }
        defer { server.cancel() }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else { return }
        try await body(Client(base: "http://127.0.0.1:\(port)"))
    }
}

/// A browser's view of the server without a browser: cookies kept by hand, redirects not followed.
final class Client: NSObject, URLSessionTaskDelegate, @unchecked Sendable {
    struct Reply {
        var status: Int
        var headers: [String: String]
        var body: String
        func header(_ name: String) -> String? { headers.first { $0.key.lowercased() == name.lowercased() }?.value }
    }

    let base: String
    var cookies: [String: String] = [:]
    private lazy var session: URLSession = {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpShouldSetCookies = false
        configuration.httpCookieAcceptPolicy = .never
        return URLSession(configuration: configuration, delegate: self, delegateQueue: nil)
    }()

    init(base: String) {
        self.base = base
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void) {
        completionHandler(nil)
    }

    @discardableResult
    func request(_ method: String, _ path: String, form: [String: String]? = nil, body: Data? = nil,
                 headers: [String: String] = [:]) async throws -> Reply {
        var request = URLRequest(url: URL(string: base + path)!)
        request.httpMethod = method
        if !cookies.isEmpty { request.setValue(cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; "), forHTTPHeaderField: "Cookie") }
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        if let form {
            var allowed = CharacterSet.alphanumerics
            allowed.insert(charactersIn: "-._~")
            request.httpBody = Data(form.map { "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: allowed)!)" }
                .joined(separator: "&").utf8)
            request.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
        } else if let body {
            request.httpBody = body
        }
        let (data, response) = try await session.data(for: request)
        let http = response as! HTTPURLResponse
        var headers: [String: String] = [:]
        for (key, value) in http.allHeaderFields { headers["\(key)"] = "\(value)" }
        for (key, value) in headers where key.lowercased() == "set-cookie" {
            for cookie in value.components(separatedBy: ", ") {
                let pair = cookie.split(separator: ";")[0].split(separator: "=", maxSplits: 1)
                if pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).hasPrefix("targettrack_") {
                    cookies[pair[0].trimmingCharacters(in: .whitespaces)] = String(pair[1])
                }
            }
        }
        return Reply(status: http.statusCode, headers: headers, body: String(decoding: data, as: UTF8.self))
    }

    /// The login form's token, then the form posted.
    @discardableResult
    func logIn(_ name: String, password: String = DashboardHarness.password) async throws -> Reply {
        let page = try await request("GET", "/login")
        return try await request("POST", "/login", form: ["name": name, "password": password, "csrf": Self.csrf(in: page.body)])
    }

    /// The CSRF token of a page's first form.
    static func csrf(in html: String) -> String {
        guard let range = html.range(of: #"name="csrf" value=""#) else { return "" }
        return String(html[range.upperBound...].prefix { $0 != "\"" })
    }
}
