import Foundation
import Testing

/// The JSON API checked against `/openapi.yaml` by schemathesis (pinned in
/// `Checks/requirements.txt`): generated requests to every operation, logged in as an
/// administrator (who may call all of them, with the session's CSRF token), on the
/// Heilongjiang workspace.
@Suite("Dashboard API against its OpenAPI document", .enabled(if: PythonChecks.hasPython, "needs python3 (make test installs python3-venv)"))
struct OpenAPIConformanceTests {
    static let checks = ["not_a_server_error", "status_code_conformance", "content_type_conformance", "response_schema_conformance"]

    @Test("no 5xx, and every status, content type and body as the document describes")
    func schemathesis() async throws {
        let harness = try DashboardHarness()
        try await harness.serving { client in
            try await client.logIn("admin")
            let token = Client.csrf(in: try await client.request("GET", "/imports").body)
            let session = try #require(client.cookies["targettrack_session"])
            let python = try await PythonChecks.python()
            let tool = URL(fileURLWithPath: python).deletingLastPathComponent().appendingPathComponent("schemathesis").path
            let outcome = try await PythonChecks.run(tool, [
                "run", client.base + "/openapi.yaml", "--url", client.base,
                "-H", "Cookie: targettrack_session=\(session)", "-H", "X-CSRF-Token: \(token)",
                "--checks", Self.checks.joined(separator: ","), "--phases", "examples,coverage,fuzzing",
                "--max-examples", "25", "--seed", "19", "--workers", "1", "--generation-database", "none",
                "--request-timeout", "30", "--no-color",
            ], environment: ["SCHEMATHESIS_HOOKS": "", "NO_COLOR": "1"])
            #expect(outcome.status == 0, "\(outcome.output.suffix(6000))\n\(outcome.errors.suffix(2000))")
            let operations = try Self.operations()
            #expect(operations >= 6 && outcome.output.contains("Tested: \(operations)\n"), "every operation of the document: \(operations)\n\(outcome.output.suffix(3000))")
        }
    }

    /// The number of operations in the served document (`get:`/`post:` under `paths`).
    static func operations() throws -> Int {
        let document = PythonChecks.root.appendingPathComponent("Sources/Server/Resources/openapi.yaml")
        return try String(contentsOf: document, encoding: .utf8).split(separator: "\n")
            .filter { $0 == "    get:" || $0 == "    post:" }.count
    }
}
