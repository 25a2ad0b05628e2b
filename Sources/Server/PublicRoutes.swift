import Foundation
import Hummingbird
import Reporting
import Workspace

/// The routes open without a session: the login page, the static files, the API description
/// and a health check for the reverse proxy.
extension Dashboard {
    static let loginCookie = "targettrack_login"

    static func resource(_ name: String) -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil), let text = try? String(contentsOf: url, encoding: .utf8) else {
            preconditionFailure("the Server module's resource \(name) is missing from the build")
        }
        return text
    }

    static func staticFile(_ text: String, type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type, .cacheControl: "max-age=3600"], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    func loginPage(language l: Language, token: String, message: String? = nil, status: HTTPResponse.Status = .ok) -> Response {
        let error = message.map { #"<p class="error" role="alert">\#(escapedHTML($0))</p>"# } ?? ""
        let form = """
            \(error)<form class="login" method="post" action="/login">
            <input type="hidden" name="csrf" value="\(token)">
            <label>\(l.pick("账号", "Account")) <input name="name" autocomplete="username" required></label>
            <label>\(l.pick("密码", "Password")) <input name="password" type="password" autocomplete="current-password" required></label>
            <button type="submit">\(l.pick("登录", "Log in"))</button>
            </form>
            """
        var response = HTMLResponse.page(HTMLResponse.shell(title: l.pick("目标任务督查平台 · 登录", "TargetTrack · log in"), language: l, banner: "", body: form),
                                         status: status)
        response.setCookie(Cookie(name: Self.loginCookie, value: token, path: "/login", secure: configuration.secureCookies,
                                  httpOnly: true, sameSite: .strict))
        return response
    }

    func addPublicRoutes(to router: Router<DashboardContext>) {
        let language = configuration.language
        let openAPI = Self.resource("openapi.yaml"), dashboardCSS = Self.resource("dashboard.css"), dashboardJS = Self.resource("dashboard.js")

        router.get("/healthz") { _, _ in "ok\n" }
        router.get("/openapi.yaml") { _, _ in Self.staticFile(openAPI, type: "application/yaml; charset=utf-8") }
        router.get("/static/report.css") { _, _ in Self.staticFile(HTMLEmbedding.stylesheet, type: "text/css; charset=utf-8") }
        router.get("/static/report.js") { _, _ in Self.staticFile(HTMLEmbedding.script, type: "text/javascript; charset=utf-8") }
        router.get("/static/dashboard.css") { _, _ in Self.staticFile(dashboardCSS, type: "text/css; charset=utf-8") }
        router.get("/static/dashboard.js") { _, _ in Self.staticFile(dashboardJS, type: "text/javascript; charset=utf-8") }

        router.get("/login") { request, _ in
            loginPage(language: try PageQuery(request, default: language).language, token: randomToken())
        }

        /// Checks the login form's token (cookie and field must match), the throttle, then the
        /// password; opens a session with its own CSRF token.
        router.post("/login") { request, _ -> Response in
            let l = try PageQuery(request, default: language).language
            let form = try await FormFields.of(request)
            guard let cookie = request.cookies[Self.loginCookie]?.value, let field = form["csrf"], constantTimeEqual(String(cookie), field) else {
                return loginPage(language: l, token: randomToken(), message: l.pick("页面已过期，请重新登录。", "The form expired; log in again."), status: .forbidden)
            }
            let name = (form["name"] ?? "").trimmingCharacters(in: .whitespaces)
            if let wait = await throttle.wait(for: name) {
                var response = loginPage(language: l, token: randomToken(),
                                         message: l.pick("密码错误次数过多，请 \(wait.components.seconds + 1) 秒后再试。",
                                                         "Too many wrong passwords; try again in \(wait.components.seconds + 1) s."),
                                         status: .tooManyRequests)
                response.headers[.retryAfter] = "\(wait.components.seconds + 1)"
                return response
            }
            guard let account = try Accounts.verify(name: name, password: form["password"] ?? "", in: office) else {
                await throttle.failed(name)
                try office.audit(actor: name, action: "login.fail", subject: name, detail: "")
                return loginPage(language: l, token: randomToken(), message: l.pick("账号或密码错误。", "Wrong account or password."), status: .unauthorized)
            }
            await throttle.succeeded(name)
            let session = DashboardSession(account: account.name, role: account.role, department: account.department, csrf: randomToken())
            var response = Response(status: .seeOther, headers: [.location: "/"])
            response.setCookie(try await sessions.save(session: session, expiresIn: configuration.sessionLifetime))
            return response
        }

        router.post("/logout") { request, context -> Response in
            var response = Response(status: .seeOther, headers: [.location: "/login"])
            if context.session != nil { response.setCookie(try await sessions.delete(request: request)) }
            return response
        }
    }
}
