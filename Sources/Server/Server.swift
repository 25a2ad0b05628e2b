import Foundation
import Hummingbird
import HummingbirdAuth
import Logging
import Reporting
import TargetTrackKit
import Workspace

/// How the dashboard runs: where it listens, its cookies and sessions, and its language.
public struct DashboardConfiguration: Sendable {
    /// The address to bind; `127.0.0.1` so that only a reverse proxy on the same machine reaches it.
    public var host: String
    /// The port; 0 picks a free one (tests).
    public var port: Int
    /// Mark the session cookie `Secure` (when the office's reverse proxy serves TLS).
    public var secureCookies: Bool
    /// How long a session lasts after logging in.
    public var sessionLifetime: Duration
    /// The pages' language when a request gives no `lang`.
    public var language: Language
    /// Wrong passwords in a row after which each further attempt on the account must wait.
    public var allowedFailures: Int
    /// The largest upload accepted (bytes).
    public var maxUpload: Int

    public init(host: String = "127.0.0.1", port: Int = 8080, secureCookies: Bool = false,
                sessionLifetime: Duration = .seconds(8 * 3600), language: Language = .zh,
                allowedFailures: Int = 10, maxUpload: Int = 256 << 20) {
        self.host = host
        self.port = port
        self.secureCookies = secureCookies
        self.sessionLifetime = sessionLifetime
        self.language = language
        self.allowedFailures = allowedFailures
        self.maxUpload = maxUpload
    }
}

/// The supervision office's dashboard (`targettrack serve`): the governor's overview, a page per
/// target and per department with the month selectable, a JSON API of the same tables as the
/// command line's JSON (described at `/openapi.yaml`), accounts by role, progress reports and
/// imports, on Hummingbird.
public struct Dashboard: Sendable {
    let office: any OfficeStore
    let tracker: TargetTracker
    let configuration: DashboardConfiguration
    let results: ResultCache
    let sessions: SessionStorage<DashboardSession>
    let sessionDriver: MemoryPersistDriver<ContinuousClock>
    let throttle: LoginThrottle

    public init(store: any OfficeStore, configuration: DashboardConfiguration = DashboardConfiguration()) {
        office = store
        tracker = TargetTracker(store: store)
        self.configuration = configuration
        results = ResultCache(tracker: tracker)
        sessionDriver = MemoryPersistDriver()
        sessions = SessionStorage(sessionDriver, configuration: .init(sessionCookieParameters: .init(
            name: "targettrack_session", path: "/", secure: configuration.secureCookies, sameSite: .strict)))
        throttle = LoginThrottle(allowedFailures: configuration.allowedFailures)
    }

    /// The application: routes, middleware and the session store's tidying service.
    /// - Parameter onServerRunning: told the port once the server listens (for tests and logs).
    public func application(onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol {
        var logger = Logger(label: "targettrack.serve")
        logger.logLevel = .warning
        return Application(
            router: router(),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "targettrack"),
            services: [sessionDriver],
            onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? 0) },
            logger: logger)
    }

    func router() -> Router<DashboardContext> {
        let router = Router(context: DashboardContext.self)
        router.add(middleware: SecurityHeaders())
        router.add(middleware: SessionLoader(sessions: sessions))
        router.add(middleware: CSRFCheck())
        addPublicRoutes(to: router)
        addPageRoutes(to: router)
        addAPIRoutes(to: router)
        addReportRoutes(to: router)
        addImportRoutes(to: router)
        addScenarioRoutes(to: router)
        return router
    }
}
