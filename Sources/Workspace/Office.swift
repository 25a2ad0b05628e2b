import Foundation
import GRDB
import SeriesIO
import TargetModel

/// What a person may do on the dashboard (`targettrack serve`).
public enum Role: String, Codable, CaseIterable, Sendable {
    /// Imports, the catalog and accounts, and everything an analyst does.
    case administrator
    /// Reads everything and runs scenarios.
    case analyst
    /// Reads everything.
    case leadership
    /// Reads its own targets (as lead or co-organiser) and reports progress on them; nothing else.
    case department
}

/// A dashboard account: a name, a role and, for a department, its department key.
public struct Account: Codable, Hashable, Sendable {
    public var name: String
    public var role: Role
    /// The department key (`Target.leadGroups`/`coGroups`, e.g. `省住建厅`) of a department account.
    public var department: String?
    /// The password's bcrypt hash (never the password).
    public var passwordHash: String
    /// When the account was made, ISO 8601 in UTC.
    public var createdAt: String

    public init(name: String, role: Role, department: String?, passwordHash: String, createdAt: String) {
        self.name = name
        self.role = role
        self.department = department
        self.passwordHash = passwordHash
        self.createdAt = createdAt
    }
}

/// What a department reports on one of its tasks (按月报送进展): the state of a milestone and the
/// amount done where the task has one, a note and the day it reports as of.
public struct ProgressReport: Hashable, Sendable {
    public var target: String
    public var state: MilestoneState?
    /// The amount done so far this year, in the target's unit.
    public var amount: Double?
    public var note: String
    /// The day the report speaks for; it is the observations' release date, and its month their period.
    public var reportedOn: CalendarDay

    public init(target: String, state: MilestoneState?, amount: Double?, note: String, reportedOn: CalendarDay) {
        self.target = target
        self.state = state
        self.amount = amount
        self.note = note
        self.reportedOn = reportedOn
    }

    /// The month the report's observations are for.
    public var period: Period { .month(year: reportedOn.year, month: reportedOn.month) }
}

/// A progress report as stored: who filed it and when, and the import that holds its observations.
public struct FiledProgressReport: Hashable, Sendable {
    public var id: Int64
    public var report: ProgressReport
    public var author: String
    /// When it was filed, ISO 8601 in UTC.
    public var filedAt: String
    /// The import log entry of its observations.
    public var importID: Int64
}

/// One line of the audit log: who did what to what, when.
public struct AuditEntry: Codable, Hashable, Sendable {
    public var id: Int64
    /// ISO 8601 in UTC.
    public var at: String
    public var actor: String
    /// `account.save`, `report.file`, `import.file`, `catalog.import`, `login.fail` …
    public var action: String
    public var subject: String
    public var detail: String
}

/// What the dashboard needs from a store beyond the application's: accounts, progress reports,
/// the audit log and a revision number that changes whenever a month's results may change.
public protocol OfficeStore: TargetStore {
    /// A number that changes with every change of the catalog, the import log or a stored
    /// document (progress reports are imports), so results can be cached per revision.
    func revision() throws -> Int
    /// Adds an account, or replaces the one of the same name; logged as done by `actor`.
    func saveAccount(_ account: Account, actor: String) throws
    /// The account of a name, `nil` when there is none.
    func account(named name: String) throws -> Account?
    /// Every account, by name.
    func accounts() throws -> [Account]
    /// Stores a report as vintaged observations of the target's series (its state as measure
    /// `milestone`, its amount as `progress`), released on its day, with the author as source,
    /// together with the report row and an audit line: all or nothing.
    /// - Throws: `WorkspaceError.invalidReport` for a report with neither state nor amount, an
    ///   amount that is not a finite number, or a state on a target that is no milestone.
    func fileProgressReport(_ report: ProgressReport, for target: Target, author: String) throws -> FiledProgressReport
    /// Reports filed on the target (every target when `nil`), newest first.
    func progressReports(target: String?) throws -> [FiledProgressReport]
    /// Writes one audit line.
    func audit(actor: String, action: String, subject: String, detail: String) throws
    /// The newest `limit` audit lines, newest first.
    func auditLog(limit: Int) throws -> [AuditEntry]
}

extension Workspace: OfficeStore {
    public func revision() throws -> Int {
        try database.read { db in try Int.fetchOne(db, sql: "SELECT value FROM revision WHERE id = 1") ?? 0 }
    }

    public func saveAccount(_ account: Account, actor: String) throws {
        try database.write { db in
            try db.execute(sql: """
                INSERT INTO account (name, role, department, password_hash, created_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (name) DO UPDATE SET role = excluded.role, department = excluded.department,
                    password_hash = excluded.password_hash
                """, arguments: [account.name, account.role.rawValue, account.department, account.passwordHash, account.createdAt])
            try Self.audit(db, actor: actor, action: "account.save", subject: account.name,
                           detail: account.role.rawValue + (account.department.map { " " + $0 } ?? ""))
        }
    }

    public func account(named name: String) throws -> Account? {
        try database.read { db in
            try DecodedRow<Account>.fetchOne(db, sql: "SELECT * FROM account WHERE name = ?", arguments: [name])?.value
        }
    }

    public func accounts() throws -> [Account] {
        try database.read { db in try DecodedRow<Account>.fetchAll(db, sql: "SELECT * FROM account ORDER BY name").map(\.value) }
    }

    public func fileProgressReport(_ report: ProgressReport, for target: Target, author: String) throws -> FiledProgressReport {
        guard report.state != nil || report.amount != nil else {
            throw WorkspaceError.invalidReport(target: target.id, reason: "it gives neither a state nor an amount done")
        }
        if let amount = report.amount, !amount.isFinite {
            throw WorkspaceError.invalidReport(target: target.id, reason: "the amount done is not a number")
        }
        if report.state != nil, target.kind != .milestone {
            throw WorkspaceError.invalidReport(target: target.id, reason: "a state is reported for milestones only; give the amount done")
        }
        let source = "进展报送 \(author)"
        var observations: [SourcedObservation] = []
        if let state = report.state {
            observations.append(SourcedObservation(Observation(series: target.dataSeries, period: report.period, measure: .milestone,
                                                               value: state.code, released: report.reportedOn, source: source), line: 1))
        }
        if let amount = report.amount {
            observations.append(SourcedObservation(Observation(series: target.dataSeries, period: report.period, measure: .progress,
                                                               value: amount, unit: target.unit, released: report.reportedOn,
                                                               source: source), line: observations.count + 1))
        }
        let filedAt = ISO8601DateFormatter().string(from: Date())
        return try database.write { db in
            let record = try Self.importObservations(db, from: ObservationList(file: "progress-report \(target.id) \(author)", observations: observations),
                                                     checksum: nil, strict: true, progress: nil)
            try db.execute(sql: """
                INSERT INTO progress_report (target, period, state, amount, note, reported_on, author, filed_at, import_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [target.id, report.period.description, report.state?.rawValue, report.amount, report.note,
                                 report.reportedOn.description, author, filedAt, record.id])
            let id = db.lastInsertedRowID
            let detail = [report.state?.rawValue, report.amount.map { "\($0) \(target.unit)" }, report.reportedOn.description]
                .compactMap { $0 }.joined(separator: " ")
            try Self.audit(db, actor: author, action: "report.file", subject: target.id, detail: detail)
            return FiledProgressReport(id: id, report: report, author: author, filedAt: filedAt, importID: record.id)
        }
    }

    public func progressReports(target: String?) throws -> [FiledProgressReport] {
        try database.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT * FROM progress_report WHERE ?1 IS NULL OR target = ?1 ORDER BY id DESC
                """, arguments: [target])
            return try rows.map { row in
                let day: String = row["reported_on"]
                guard let reportedOn = CalendarDay(day) else {
                    throw WorkspaceError.corruptRow(table: "progress_report", detail: "reported_on '\(day)' is no date")
                }
                let state: String? = row["state"]
                return FiledProgressReport(
                    id: row["id"],
                    report: ProgressReport(target: row["target"], state: state.flatMap(MilestoneState.init(rawValue:)),
                                           amount: row["amount"], note: row["note"], reportedOn: reportedOn),
                    author: row["author"], filedAt: row["filed_at"], importID: row["import_id"])
            }
        }
    }

    public func audit(actor: String, action: String, subject: String, detail: String) throws {
        try database.write { db in try Self.audit(db, actor: actor, action: action, subject: subject, detail: detail) }
    }

    public func auditLog(limit: Int) throws -> [AuditEntry] {
        try database.read { db in
            try DecodedRow<AuditEntry>.fetchAll(db, sql: "SELECT * FROM audit_log ORDER BY id DESC LIMIT ?", arguments: [limit]).map(\.value)
        }
    }

    static func audit(_ db: Database, actor: String, action: String, subject: String, detail: String) throws {
        try db.execute(sql: "INSERT INTO audit_log (at, actor, action, subject, detail) VALUES (?, ?, ?, ?, ?)",
                       arguments: [ISO8601DateFormatter().string(from: Date()), actor, action, subject, detail])
    }
}
