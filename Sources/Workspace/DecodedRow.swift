import GRDB

/// A database row decoded into a plain value (`SeriesInfo`, `ImportRecord`), so that the values
/// the store hands out know nothing of GRDB: snake-case columns to camel-case properties.
struct DecodedRow<Value: Decodable>: FetchableRecord, Decodable {
    let value: Value

    init(from decoder: any Decoder) throws {
        value = try Value(from: decoder)
    }

    static var databaseColumnDecodingStrategy: DatabaseColumnDecodingStrategy { .convertFromSnakeCase }
}
