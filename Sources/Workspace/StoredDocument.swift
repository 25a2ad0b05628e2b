import Foundation
import GRDB

extension Workspace {
    /// Stores a JSON document under a name (replacing one of the same name), e.g. the link
    /// estimates of `targettrack links fit`.
    public func saveDocument<T: Encodable>(_ value: T, name: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let content = String(decoding: try encoder.encode(value), as: UTF8.self)
        let now = ISO8601DateFormatter().string(from: Date())
        try database.write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO document (name, content, saved_at) VALUES (?, ?, ?)",
                           arguments: [name, content, now])
        }
    }

    /// The document stored under a name, or `nil` when there is none.
    public func document<T: Decodable>(_ type: T.Type, name: String) throws -> T? {
        guard let content = try database.read({ db in
            try String.fetchOne(db, sql: "SELECT content FROM document WHERE name = ?", arguments: [name])
        }) else { return nil }
        return try JSONDecoder().decode(type, from: Data(content.utf8))
    }
}
