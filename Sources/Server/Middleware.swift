import Foundation
import Hummingbird
import HummingbirdAuth
import HTTPTypes

/// Headers on every response, errors included: a Content-Security-Policy that allows nothing
/// but this server's own stylesheets, scripts and images (no inline script, no framing), no
/// MIME sniffing, no referrer outside the site, no caching of pages that hold a person's data.
struct SecurityHeaders<Context: RequestContext>: RouterMiddleware {
    static var policy: String {
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as any HTTPResponseError {
            response = try error.response(from: request, context: context)
        }
        response.headers[HTTPField.Name("Content-Security-Policy")!] = Self.policy
        response.headers[HTTPField.Name("X-Content-Type-Options")!] = "nosniff"
        response.headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        response.headers[HTTPField.Name("Referrer-Policy")!] = "same-origin"
        if response.headers[.cacheControl] == nil { response.headers[.cacheControl] = "no-store" }
        return response
    }
}

/// Puts the session named by the request's cookie (if it exists and has not expired) in the context.
struct SessionLoader: RouterMiddleware {
    let sessions: SessionStorage<DashboardSession>

    func handle(_ request: Request, context: DashboardContext, next: (Request, DashboardContext) async throws -> Response) async throws -> Response {
        var context = context
        context.session = try? await sessions.load(request: request)
        return try await next(request, context)
    }
}

/// Refuses (403) a write (any method but GET and HEAD) by a session that does not carry the
/// session's CSRF token: in the `X-CSRF-Token` header, or a form's `csrf` field. The login form
/// carries its own token (a cookie and a field that must match), checked by its handler.
struct CSRFCheck: RouterMiddleware {
    static let header = HTTPField.Name("X-CSRF-Token")!

    func handle(_ request: Request, context: DashboardContext, next: (Request, DashboardContext) async throws -> Response) async throws -> Response {
        guard request.method != .get, request.method != .head, request.uri.path != "/login", let session = context.session else {
            return try await next(request, context)
        }
        var request = request
        var token = request.headers[Self.header]
        if token == nil, request.headers[.contentType]?.hasPrefix("application/x-www-form-urlencoded") == true {
            let body = try await request.collectBody(upTo: 1 << 20)
            token = FormFields(String(buffer: body))["csrf"]
        }
        guard let token, constantTimeEqual(token, session.csrf) else {
            throw HTTPError(.forbidden, message: "missing or wrong CSRF token; reload the page and try again")
        }
        return try await next(request, context)
    }
}

/// Compares two tokens in time that does not depend on where they differ.
func constantTimeEqual(_ a: String, _ b: String) -> Bool {
    let x = Array(a.utf8), y = Array(b.utf8)
    guard x.count == y.count else { return false }
    return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
}

/// The fields of an `application/x-www-form-urlencoded` body (the last value of a repeated name).
struct FormFields {
    private var values: [String: String] = [:]

    init(_ body: String) {
        for pair in body.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ s: Substring) -> String {
                s.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(s)
            }
            values[decode(parts[0])] = parts.count > 1 ? decode(parts[1]) : ""
        }
    }

    subscript(name: String) -> String? { values[name] }

    /// The form of a request, read up to 1 MiB.
    static func of(_ request: Request) async throws -> FormFields {
        var request = request
        return FormFields(String(buffer: try await request.collectBody(upTo: 1 << 20)))
    }
}
