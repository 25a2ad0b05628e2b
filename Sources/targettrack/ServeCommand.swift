import ArgumentParser
import Foundation
import Hummingbird
import Reporting
import Server
import Workspace

/// `targettrack serve`: the supervision office's dashboard.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the dashboard: the overview, a page per target and department, progress reports, imports and a JSON API.",
        discussion: """
        Binds 127.0.0.1 unless --host says otherwise: put it behind the office's reverse proxy, \
        which serves TLS, and give --secure-cookies there. Accounts are made with \
        `targettrack users add`. The API is described at /openapi.yaml.

        Example:
          targettrack users add admin --role administrator --workspace hlj.sqlite
          targettrack serve --workspace hlj.sqlite --port 8080
        """
    )

    @OptionGroup var workspace: WorkspaceOptions

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on.")
    var port = 8080

    @Flag(help: "Mark the session cookie Secure (when a TLS reverse proxy is in front).")
    var secureCookies = false

    @Option(help: "Hours a session lasts.")
    var sessionHours = 8

    @OptionGroup var language: LanguageOption

    func run() async throws {
        let store = try workspace.open(.write)
        let dashboard = Dashboard(store: store, configuration: DashboardConfiguration(
            host: host, port: port, secureCookies: secureCookies, sessionLifetime: .seconds(sessionHours * 3600),
            language: language.lang))
        let app = dashboard.application { port in
            print("targettrack serve: \(store.path) on http://\(host):\(port)/")
        }
        try await app.runService()
    }
}

/// `targettrack users`: dashboard accounts.
struct UsersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "users",
        abstract: "Manage the dashboard's accounts.",
        subcommands: [Add.self, List.self]
    )

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add an account (or replace its role, department and password); the password is read from standard input or prompted for.",
            discussion: """
            Roles: administrator (imports, accounts), analyst (everything, scenarios), leadership \
            (reads everything), department (reads and reports on its own targets only, by the \
            department key the catalog gives as lead or co-organiser).

            Examples:
              targettrack users add zhang --role department --department 省住建厅
              printf '%s\\n' "$PASSWORD" | targettrack users add li --role leadership
            """
        )

        @OptionGroup var workspace: WorkspaceOptions

        @Argument(help: "The account name.")
        var name: String

        @Option(help: "administrator, analyst, leadership or department.")
        var role: Role

        @Option(help: "The department key of a department account, e.g. 省住建厅.")
        var department: String?

        func run() throws {
            let password: String
            if isatty(STDIN_FILENO) != 0 {
                guard let typed = getpass("Password for \(name): ").map({ String(cString: $0) }) else {
                    throw ValidationError("no password given")
                }
                password = typed
            } else {
                password = readLine(strippingNewline: true) ?? ""
            }
            do {
                let account = try Accounts.add(name: name, role: role, department: department, password: password,
                                               to: try workspace.open(.write), actor: "cli:" + (ProcessInfo.processInfo.environment["USER"] ?? "unknown"))
                print("\(account.name): \(account.role.rawValue)" + (account.department.map { " of \($0)" } ?? ""))
            } catch let problem as Accounts.Problem {
                throw ValidationError(problem.description)
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the accounts: name, role, department, created.")

        @OptionGroup var workspace: WorkspaceOptions

        func run() throws {
            for account in try workspace.open().accounts() {
                print([account.name, account.role.rawValue, account.department ?? "", account.createdAt].joined(separator: "\t"))
            }
        }
    }
}

extension Role: ExpressibleByArgument {}
