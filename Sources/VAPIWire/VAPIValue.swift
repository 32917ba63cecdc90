/// A vAPI data value: what the typed envelopes of the JSON-RPC wire carry (`{"STRUCTURE": …}`,
/// `{"OPTIONAL": …}`, `{"SECRET": …}`, `{"ERROR": …}`, lists, primitives). Maps travel as lists of
/// `map-entry` structures; enumerations, ids and date-times as strings.
public indirect enum VAPIValue: Sendable, Equatable {
    case void
    case bool(Bool)
    case integer(Int64)
    case double(Double)
    case string(String)
    /// Never written to a log (see `redacted`).
    case secret(String)
    case binary([UInt8])
    case list([VAPIValue])
    case structure(VAPIStructure)
    /// An unset optional is `.optional(nil)`.
    case optional(VAPIValue?)
    case error(VAPIStructure)

    public static let unset = VAPIValue.optional(nil)

    public static func set(_ value: VAPIValue) -> VAPIValue { .optional(value) }

    /// `.optional(.string(text))`, or unset for nil.
    public static func optionalString(_ text: String?) -> VAPIValue { .optional(text.map { .string($0) }) }

    public static func optionalInteger(_ number: Int?) -> VAPIValue { .optional(number.map { .integer(Int64($0)) }) }

    public static func structure(_ name: String, _ fields: [(String, VAPIValue)]) -> VAPIValue {
        .structure(VAPIStructure(name: name, fields: fields))
    }

    /// A map as the wire carries it: a list of `map-entry` structures with `key` and `value`.
    public static func map(_ entries: [(String, VAPIValue)]) -> VAPIValue {
        .list(entries.map { key, value in .structure("map-entry", [("key", .string(key)), ("value", value)]) })
    }
}

/// A structure or error value: its name (e.g. `com.vmware.vapi.std.errors.not_found`) and fields in order.
public struct VAPIStructure: Sendable, Equatable {
    public var name: String
    public var fields: [VAPIField]

    public init(name: String, fields: [(String, VAPIValue)]) {
        self.name = name
        self.fields = fields.map { VAPIField(name: $0.0, value: $0.1) }
    }

    public init(name: String, fields: [VAPIField]) {
        self.name = name
        self.fields = fields
    }

    public subscript(field: String) -> VAPIValue? {
        fields.first { $0.name == field }?.value
    }
}

public struct VAPIField: Sendable, Equatable {
    public var name: String
    public var value: VAPIValue

    public init(name: String, value: VAPIValue) {
        self.name = name
        self.value = value
    }
}
