/// The JSON-RPC form of vAPI values, as vmware-vapi-runtime's `VAPIJsonEncoder` and `JsonRpcDictToVapi` use it.
extension VAPIValue {
    public var jsonRPC: JSONValue {
        switch self {
        case .void: return .null
        case .bool(let flag): return .bool(flag)
        case .integer(let number): return .integer(number)
        case .double(let number): return .double(number)
        case .string(let text): return .string(text)
        case .secret(let text): return .object([JSONMember("SECRET", .string(text))])
        case .binary(let bytes): return .object([JSONMember("BINARY", .string(Base64.encode(bytes)))])
        case .list(let elements): return .array(elements.map(\.jsonRPC))
        case .structure(let structure): return Self.envelope("STRUCTURE", structure)
        case .error(let structure): return Self.envelope("ERROR", structure)
        case .optional(let inner): return .object([JSONMember("OPTIONAL", inner?.jsonRPC ?? .null)])
        }
    }

    private static func envelope(_ kind: String, _ structure: VAPIStructure) -> JSONValue {
        .object([JSONMember(kind, .object([JSONMember(structure.name, .object(structure.fields.map { JSONMember($0.name, $0.value.jsonRPC) }))]))])
    }

    /// Writes the JSON-RPC form straight to bytes (what `JSONWriter.bytes(jsonRPC)` gives, without the tree).
    public func writeJSONRPC(into output: inout [UInt8]) {
        switch self {
        case .void, .bool, .integer, .double, .string: JSONWriter.write(jsonRPC, into: &output)
        case .secret(let text):
            output.append(contentsOf: #"{"SECRET":"#.utf8)
            JSONWriter.writeString(text, into: &output)
            output.append(UInt8(ascii: "}"))
        case .binary: JSONWriter.write(jsonRPC, into: &output)
        case .list(let elements):
            output.append(UInt8(ascii: "["))
            for (position, element) in elements.enumerated() {
                if position > 0 { output.append(UInt8(ascii: ",")) }
                element.writeJSONRPC(into: &output)
            }
            output.append(UInt8(ascii: "]"))
        case .structure(let structure): Self.writeEnvelope("STRUCTURE", structure, into: &output)
        case .error(let structure): Self.writeEnvelope("ERROR", structure, into: &output)
        case .optional(let inner):
            output.append(contentsOf: #"{"OPTIONAL":"#.utf8)
            if let inner { inner.writeJSONRPC(into: &output) } else { output.append(contentsOf: "null".utf8) }
            output.append(UInt8(ascii: "}"))
        }
    }

    private static func writeEnvelope(_ kind: String, _ structure: VAPIStructure, into output: inout [UInt8]) {
        output.append(contentsOf: #"{""#.utf8)
        output.append(contentsOf: kind.utf8)
        output.append(contentsOf: #"":"#.utf8)
        output.append(UInt8(ascii: "{"))
        JSONWriter.writeString(structure.name, into: &output)
        output.append(contentsOf: ":{".utf8)
        for (position, field) in structure.fields.enumerated() {
            if position > 0 { output.append(UInt8(ascii: ",")) }
            JSONWriter.writeString(field.name, into: &output)
            output.append(UInt8(ascii: ":"))
            field.value.writeJSONRPC(into: &output)
        }
        output.append(contentsOf: "}}}".utf8)
    }

    /// Reads a JSON-RPC value: an object must be exactly one envelope; `null` is void.
    public init(jsonRPC json: JSONValue) throws(VAPIDecodingError) {
        switch json {
        case .null: self = .void
        case .bool(let flag): self = .bool(flag)
        case .integer(let number): self = .integer(number)
        case .double(let number): self = .double(number)
        case .string(let text): self = .string(text)
        case .array(let elements):
            var values: [VAPIValue] = []
            values.reserveCapacity(elements.count)
            for element in elements { values.append(try VAPIValue(jsonRPC: element)) }
            self = .list(values)
        case .object(let members):
            guard members.count == 1, let member = members.first else {
                throw VAPIDecodingError("an object value must be one envelope (STRUCTURE, OPTIONAL, SECRET, BINARY or ERROR), not \(members.count) members")
            }
            switch member.key {
            case "OPTIONAL":
                self = .optional(member.value == .null ? nil : try VAPIValue(jsonRPC: member.value))
            case "SECRET":
                guard case .string(let text) = member.value else { throw VAPIDecodingError("a SECRET must hold a string") }
                self = .secret(text)
            case "BINARY":
                guard case .string(let text) = member.value, let bytes = Base64.decode(text) else {
                    throw VAPIDecodingError("a BINARY must hold base64 text")
                }
                self = .binary(bytes)
            case "STRUCTURE":
                self = .structure(try Self.structure(member.value, kind: "STRUCTURE"))
            case "ERROR":
                self = .error(try Self.structure(member.value, kind: "ERROR"))
            default:
                throw VAPIDecodingError("unknown envelope '\(member.key)'")
            }
        }
    }

    private static func structure(_ json: JSONValue, kind: String) throws(VAPIDecodingError) -> VAPIStructure {
        guard case .object(let named) = json, named.count == 1, let only = named.first, case .object(let members) = only.value else {
            throw VAPIDecodingError("a \(kind) must hold one name with an object of fields")
        }
        var fields: [VAPIField] = []
        fields.reserveCapacity(members.count)
        for member in members { fields.append(VAPIField(name: member.key, value: try VAPIValue(jsonRPC: member.value))) }
        return VAPIStructure(name: only.key, fields: fields)
    }
}
