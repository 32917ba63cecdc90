import Foundation

/// The JSON form of the objects the store keeps in its `body` columns.
enum LabCoding {
    static func encode<Value: Encodable>(_ value: Value) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys  // the same object always gives the same bytes
        return try encoder.encode(value)
    }
}
