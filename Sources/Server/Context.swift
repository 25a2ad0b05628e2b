import Foundation
import Hummingbird
import Workspace

/// What a logged-in person's session holds: who they are, their role, and the token every form
/// and API write must carry.
struct DashboardSession: Codable, Sendable {
    var account: String
    var role: Role
    var department: String?
    /// The CSRF token of this session (a form's `csrf` field, an API call's `X-CSRF-Token` header).
    var csrf: String
}

/// The request context: Hummingbird's, and the session when one is open.
struct DashboardContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    var session: DashboardSession?

    init(source: Source) {
        coreContext = .init(source: source)
    }

    /// The session, or a 401 (the API) / a redirect to the login page (pages) when there is none.
    func requireSession(_ request: Request) throws -> DashboardSession {
        if let session { return session }
        if request.uri.path.hasPrefix("/api/") { throw HTTPError(.unauthorized, message: "log in first (POST /login)") }
        throw RedirectError(location: "/login")
    }

    /// The session of someone in one of `roles`, else 403.
    func requireRole(_ request: Request, _ roles: Set<Role>) throws -> DashboardSession {
        let session = try requireSession(request)
        guard roles.contains(session.role) else {
            throw HTTPError(.forbidden, message: "\(session.account) (\(session.role.rawValue)) may not do this")
        }
        return session
    }
}

/// A redirect thrown from a handler (to the login page).
struct RedirectError: HTTPResponseError {
    var location: String
    var status: HTTPResponse.Status { .seeOther }
    func response(from request: Request, context: some RequestContext) throws -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }
}

/// A random token (32 bytes, URL-safe base64), for CSRF tokens.
func randomToken() -> String {
    let bytes = (0..<32).map { _ in UInt8.random(in: 0...255) }
    return Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
        .replacingOccurrences(of: "=", with: "")
}
