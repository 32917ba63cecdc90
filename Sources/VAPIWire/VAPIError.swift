/// A `com.vmware.vapi.std.errors.*` error as the endpoint reports it and the SDK raises it: the kind, the
/// messages, and (for lab errors) the lab's own error in `data`, so that a client gets back the same
/// `LabError` the cmdlets would have shown.
public struct VAPIError: Error, Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case notFound = "not_found"
        case alreadyExists = "already_exists"
        case invalidArgument = "invalid_argument"
        case unauthenticated
        case unauthorized
        case error
        case operationNotFound = "operation_not_found"
        case serviceUnavailable = "service_unavailable"
        case resourceBusy = "resource_busy"
        case notAllowedInCurrentState = "not_allowed_in_current_state"

        /// `NOT_FOUND`, the `error_type` field and the REST body's.
        public var errorType: String { rawValue.uppercased() }

        /// What the REST forms answer with.
        public var httpStatus: Int {
            switch self {
            case .notFound, .operationNotFound: 404
            case .alreadyExists, .invalidArgument, .notAllowedInCurrentState: 400
            case .unauthenticated: 401
            case .unauthorized: 403
            case .error: 500
            case .serviceUnavailable, .resourceBusy: 503
            }
        }
    }

    public var kind: Kind
    public var messages: [LocalizableMessage]
    /// A structure with more detail (the lab error's kind and arguments), or nil.
    public var data: VAPIValue?
    /// Unauthenticated only: the authentication scheme to use.
    public var challenge: String?

    public init(_ kind: Kind, _ message: LocalizableMessage, data: VAPIValue? = nil, challenge: String? = nil) {
        self.kind = kind
        messages = [message]
        self.data = data
        self.challenge = challenge
    }

    public init(_ kind: Kind, id: String, _ text: String, data: VAPIValue? = nil) {
        self.init(kind, LocalizableMessage(id: id, text), data: data, challenge: kind == .unauthenticated ? "Basic realm=\"VAPI endpoint\"" : nil)
    }

    public static let namePrefix = "com.vmware.vapi.std.errors."

    public var name: String { Self.namePrefix + kind.rawValue }

    /// The first message's text: what a cmdlet prints for the same failure.
    public var message: String { messages.first?.defaultMessage ?? kind.errorType }

    public var value: VAPIValue {
        var fields: [(String, VAPIValue)] = [
            ("messages", .list(messages.map(\.value))),
            ("data", .optional(data)),
            ("error_type", .optional(.string(kind.errorType))),
        ]
        if kind == .unauthenticated { fields.append(("challenge", .optionalString(challenge))) }
        return .error(VAPIStructure(name: name, fields: fields))
    }

    /// An error value read from the wire (JSON-RPC `ERROR` or a REST error body).
    public init(_ value: VAPIValue) throws(VAPIDecodingError) {
        let structure: VAPIStructure
        switch value {
        case .error(let found), .structure(let found): structure = found
        default: throw VAPIDecodingError("an error must be an ERROR structure")
        }
        let input = try VAPIInput(.structure(structure))
        var kind: Kind?
        if structure.name.hasPrefix(Self.namePrefix) { kind = Kind(rawValue: String(structure.name.dropFirst(Self.namePrefix.count))) }
        if kind == nil, let type = try input.optionalString("error_type") { kind = Kind(rawValue: type.lowercased()) }
        self.kind = kind ?? .error
        messages = try (input.structures("messages") ?? []).map { (message: VAPIInput) throws(VAPIDecodingError) in try LocalizableMessage(message) }
        data = input.value("data")
        challenge = try input.optionalString("challenge")
    }
}

extension VAPIError: CustomStringConvertible {
    public var description: String { "\(name): \(message)" }
}
