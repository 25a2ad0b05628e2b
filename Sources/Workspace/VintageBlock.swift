import GRDBSQLite

/// How the workspace file packs vintages: a series' vintages from one import (one run of its
/// rows in the file: `vintage_block.part`) are one BLOB of 32-byte records, little-endian, in
/// file order — value (Float64), then period, measure and release codes (`StorageCode`), unit
/// and source (`label.id`) and the file's line (Int32 each). One record per series and import
/// instead of one row per observation makes an import write a few B-tree cells per series. The
/// layout is part of the file format (migration v6); it never changes.
struct PackedVintage: Equatable {
    var period: Int
    var measure: Int
    /// YYYYMMDD, 0 when unknown.
    var released: Int
    var value: Double
    var unit: Int64
    var source: Int64
    var line: Int

    /// Bytes per packed vintage.
    static let size = 32

    /// Appends the vintage's 32 bytes to `bytes`.
    func append(to bytes: inout [UInt8]) {
        let start = bytes.count
        bytes.append(contentsOf: repeatElement(0, count: Self.size))
        bytes.withUnsafeMutableBytes { buffer in
            func store(_ field: Int, _ index: Int) {
                buffer.storeBytes(of: Int32(truncatingIfNeeded: field).littleEndian, toByteOffset: start + 8 + 4 * index, as: Int32.self)
            }
            buffer.storeBytes(of: value.bitPattern.littleEndian, toByteOffset: start, as: UInt64.self)
            store(period, 0)
            store(measure, 1)
            store(released, 2)
            store(Int(unit), 3)
            store(Int(source), 4)
            store(line, 5)
        }
    }

    /// The vintage packed at `offset` of `bytes`.
    init(_ bytes: UnsafeRawBufferPointer, at offset: Int) {
        func field(_ index: Int) -> Int {
            Int(Int32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset + 8 + 4 * index, as: Int32.self)))
        }
        value = Double(bitPattern: UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
        period = field(0)
        measure = field(1)
        released = field(2)
        unit = Int64(field(3))
        source = Int64(field(4))
        line = field(5)
    }

    init(period: Int, measure: Int, released: Int, value: Double, unit: Int64, source: Int64, line: Int) {
        (self.period, self.measure, self.released, self.value) = (period, measure, released, value)
        (self.unit, self.source, self.line) = (unit, source, line)
    }

    /// Every vintage of a block, in order.
    /// - Throws: `WorkspaceError.corruptRow` when the block's length is not a whole number of vintages.
    static func unpack(_ bytes: UnsafeRawBufferPointer, _ body: (PackedVintage) throws -> Void) throws {
        guard bytes.count % size == 0 else {
            throw WorkspaceError.corruptRow(table: "vintage_block", detail: "a block of \(bytes.count) bytes")
        }
        for offset in stride(from: 0, to: bytes.count, by: size) { try body(PackedVintage(bytes, at: offset)) }
    }
}

extension PackedVintage {
    /// The BLOB in `column` of the row a statement has stepped to (empty for an empty BLOB).
    static func block(_ statement: OpaquePointer?, column: Int32) -> UnsafeRawBufferPointer {
        let start = sqlite3_column_blob(statement, column)
        return UnsafeRawBufferPointer(start: start, count: start == nil ? 0 : Int(sqlite3_column_bytes(statement, column)))
    }
}
