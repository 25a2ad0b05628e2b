import Foundation
import HummingbirdBcrypt
import TargetModel
import Workspace

/// Making accounts and checking passwords (bcrypt): what `targettrack users add` and the login
/// page call.
public enum Accounts {
    /// Why an account cannot be made.
    public struct Problem: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    /// Makes (or replaces) an account with a bcrypt hash of its password.
    /// - Parameter cost: bcrypt's cost (2^cost rounds); 12 by default.
    /// - Throws: `Problem` for an empty name, a password shorter than 10 characters, a department
    ///   account without a department or with one no catalog target names (lead or co-organiser,
    ///   by department key), or a department given to another role.
    @discardableResult
    public static func add(name: String, role: Role, department: String?, password: String, to store: any OfficeStore,
                           actor: String, cost: UInt8 = 12) throws -> Account {
        let name = name.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, !name.contains(where: \.isNewline) else { throw Problem(description: "an account needs a name") }
        guard password.count >= 10 else { throw Problem(description: "the password of \(name) is shorter than 10 characters") }
        var department = department
        switch (role, department) {
        case (.department, nil):
            throw Problem(description: "a department account needs --department, e.g. --department 省住建厅")
        case let (.department, given?):
            department = try departmentKey(given, in: store.catalog())
        case (_, _?):
            throw Problem(description: "--department is for department accounts only")
        case (_, nil):
            break
        }
        let account = Account(name: name, role: role, department: department, passwordHash: Bcrypt.hash(password, cost: cost),
                              createdAt: ISO8601DateFormatter().string(from: Date()))
        try store.saveAccount(account, actor: actor)
        return account
    }

    /// The department key of a name the catalog uses (`省住建厅` → its key, e.g. `省住房和城乡建设厅`),
    /// or the key itself.
    /// - Throws: `Problem` when no catalog target names the department as lead or co-organiser.
    static func departmentKey(_ name: String, in catalog: Catalog) throws -> String {
        var keys: [String: String] = [:]
        for target in catalog.targets {
            for key in target.leadGroups + target.coGroups { keys[key] = key }
            if target.lead.count == target.leadGroups.count { zip(target.lead, target.leadGroups).forEach { keys[$0] = keys[$0] ?? $1 } }
            if target.co.count == target.coGroups.count { zip(target.co, target.coGroups).forEach { keys[$0] = keys[$0] ?? $1 } }
        }
        guard let key = keys[name] else {
            let known = Set(keys.values).sorted()
            throw Problem(description: "no catalog target names the department '\(name)' as lead or co-organiser; "
                          + "expected one of: " + known.prefix(12).joined(separator: "、") + (known.count > 12 ? " …" : ""))
        }
        return key
    }

    /// A hash to check against when the account does not exist, so that a wrong name takes as
    /// long as a wrong password.
    static let decoyHash = Bcrypt.hash(randomToken(), cost: 12)

    /// The account when the password is its own, else `nil`.
    static func verify(name: String, password: String, in store: any OfficeStore) throws -> Account? {
        guard let account = try store.account(named: name) else {
            _ = Bcrypt.verify(password, hash: decoyHash)
            return nil
        }
        return Bcrypt.verify(password, hash: account.passwordHash) ? account : nil
    }
}

extension MilestoneState {
    /// The word a department reports (未启动/推进中/已完成/滞后).
    var chinese: String {
        switch self {
        case .notStarted: return "未启动"
        case .inProgress: return "推进中"
        case .done: return "已完成"
        case .late: return "滞后"
        }
    }
}
