/// Reads an operation's input or a structure in it, whether it came in the typed envelopes of JSON-RPC or
/// as plain REST JSON: an OPTIONAL is looked through, a SECRET reads as its text, a missing optional field
/// is the same as an unset one. Errors name the field by its path (`spec.key_server.type`).
public struct VAPIInput: Sendable {
    public let fields: [VAPIField]
    /// Where this structure sits in the input, for messages (`spec.`).
    let path: String

    public init(_ value: VAPIValue, path: String = "") throws(VAPIDecodingError) {
        guard case .structure(let structure)? = Self.present(value) else {
            throw VAPIDecodingError(path.isEmpty ? "The operation input must be a structure." : "The field '\(path)' must be a structure.")
        }
        fields = structure.fields
        self.path = path
    }

    public static let empty = VAPIInput(fields: [], path: "")

    private init(fields: [VAPIField], path: String) {
        self.fields = fields
        self.path = path
    }

    /// The value without OPTIONAL wrappers; nil when unset (or void).
    static func present(_ value: VAPIValue?) -> VAPIValue? {
        switch value {
        case .optional(let inner)?: return present(inner)
        case .void?, nil: return nil
        case let value?: return value
        }
    }

    func name(_ field: String) -> String { path.isEmpty ? field : path + "." + field }

    public func value(_ field: String) -> VAPIValue? {
        Self.present(fields.first { $0.name == field }?.value)
    }

    public func has(_ field: String) -> Bool { value(field) != nil }

    private func missing(_ field: String) -> VAPIDecodingError {
        VAPIDecodingError("The field '\(name(field))' is missing.")
    }

    private func wrongType(_ field: String, _ expected: String) -> VAPIDecodingError {
        VAPIDecodingError("The field '\(name(field))' must be \(expected).")
    }

    public func string(_ field: String) throws(VAPIDecodingError) -> String {
        guard let text = try optionalString(field) else { throw missing(field) }
        return text
    }

    /// A blob (`BINARY`, base64 on the wire).
    public func bytes(_ field: String) throws(VAPIDecodingError) -> [UInt8] {
        switch value(field) {
        case nil: throw missing(field)
        case .binary(let bytes)?: return bytes
        default: throw wrongType(field, "binary data")
        }
    }

    public func optionalString(_ field: String) throws(VAPIDecodingError) -> String? {
        switch value(field) {
        case nil: return nil
        case .string(let text)?, .secret(let text)?: return text
        default: throw wrongType(field, "a string")
        }
    }

    public func optionalInteger(_ field: String) throws(VAPIDecodingError) -> Int? {
        switch value(field) {
        case nil: return nil
        case .integer(let number)?:
            guard let small = Int(exactly: number) else { throw wrongType(field, "an integer") }
            return small
        default: throw wrongType(field, "an integer")
        }
    }

    public func optionalBool(_ field: String) throws(VAPIDecodingError) -> Bool? {
        switch value(field) {
        case nil: return nil
        case .bool(let flag)?: return flag
        default: throw wrongType(field, "true or false")
        }
    }

    public func structure(_ field: String) throws(VAPIDecodingError) -> VAPIInput {
        guard let inner = try optionalStructure(field) else { throw missing(field) }
        return inner
    }

    public func optionalStructure(_ field: String) throws(VAPIDecodingError) -> VAPIInput? {
        guard let present = value(field) else { return nil }
        return try VAPIInput(present, path: name(field))
    }

    public func optionalList(_ field: String) throws(VAPIDecodingError) -> [VAPIValue]? {
        switch value(field) {
        case nil: return nil
        case .list(let elements)?: return elements
        default: throw wrongType(field, "a list")
        }
    }

    /// A list (or set) of strings; a single string is taken as a list of one (REST query parameters).
    public func optionalStrings(_ field: String) throws(VAPIDecodingError) -> [String]? {
        switch value(field) {
        case nil: return nil
        case .string(let text)?: return [text]
        case .list(let elements)?:
            var texts: [String] = []
            for element in elements {
                guard case .string(let text)? = Self.present(element) else { throw wrongType(field, "a list of strings") }
                texts.append(text)
            }
            return texts
        default: throw wrongType(field, "a list of strings")
        }
    }

    /// Each element of a list of structures.
    public func structures(_ field: String) throws(VAPIDecodingError) -> [VAPIInput]? {
        guard let elements = try optionalList(field) else { return nil }
        var result: [VAPIInput] = []
        for (position, element) in elements.enumerated() {
            result.append(try VAPIInput(element, path: name(field) + "[\(position)]"))
        }
        return result
    }
}
