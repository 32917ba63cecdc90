/// The plain JSON of the REST forms (`/api/...`): structures are objects, unset optionals are left out,
/// secrets are strings, maps are objects keyed by their keys.
extension VAPIValue {
    public var restJSON: JSONValue {
        switch self {
        case .void: return .null
        case .bool(let flag): return .bool(flag)
        case .integer(let number): return .integer(number)
        case .double(let number): return .double(number)
        case .string(let text), .secret(let text): return .string(text)
        case .binary(let bytes): return .string(Base64.encode(bytes))
        case .optional(let inner): return inner?.restJSON ?? .null
        case .structure(let structure), .error(let structure):
            return .object(structure.fields.compactMap { field in
                if case .optional(nil) = field.value { return nil }
                return JSONMember(field.name, field.value.restJSON)
            })
        case .list(let elements):
            if let entries = Self.mapEntries(elements) { return .object(entries) }
            return .array(elements.map(\.restJSON))
        }
    }

    /// A non-empty list of `map-entry` structures with string keys, as object members.
    private static func mapEntries(_ elements: [VAPIValue]) -> [JSONMember]? {
        guard !elements.isEmpty else { return nil }
        var members: [JSONMember] = []
        for element in elements {
            guard case .structure(let entry) = element, entry.name == "map-entry", case .string(let key)? = entry["key"],
                  let value = entry["value"] else { return nil }
            members.append(JSONMember(key, value.restJSON))
        }
        return members
    }

    /// A REST body or parameter as an untyped value: objects become nameless structures, which the
    /// operations read with the same `VAPIInput` accessors as the typed envelopes.
    public init(rest json: JSONValue) {
        switch json {
        case .null: self = .optional(nil)
        case .bool(let flag): self = .bool(flag)
        case .integer(let number): self = .integer(number)
        case .double(let number): self = .double(number)
        case .string(let text): self = .string(text)
        case .array(let elements): self = .list(elements.map { VAPIValue(rest: $0) })
        case .object(let members): self = .structure(VAPIStructure(name: "", fields: members.map { VAPIField(name: $0.key, value: VAPIValue(rest: $0.value)) }))
        }
    }
}
