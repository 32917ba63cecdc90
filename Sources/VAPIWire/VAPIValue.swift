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
