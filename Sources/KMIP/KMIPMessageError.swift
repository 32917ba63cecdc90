/// Why a decoded TTLV tree is not the KMIP message or payload it should be.
public enum KMIPMessageError: Error, Sendable, Hashable {
    /// The bytes are not TTLV.
    case ttlv(TTLVError)
    /// An item has another tag than the one the message layout puts there.
    case unexpectedTag(expected: TTLVTag, found: TTLVTag)
    /// A required field is absent from its structure.
    case missingField(TTLVTag, in: TTLVTag)
    /// A field has the wrong TTLV type.
    case wrongType(TTLVTag, expected: TTLVType, found: TTLVType)
    /// A field has a value this layer does not accept.
    case invalidValue(TTLVTag, reason: String)
}

extension KMIPMessageError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .ttlv(let error): error.description
        case .unexpectedTag(let expected, let found): "expected \(expected), found \(found)"
        case .missingField(let field, let parent): "\(parent) lacks the required \(field)"
        case .wrongType(let field, let expected, let found): "\(field) is a \(found), expected a \(expected)"
        case .invalidValue(let field, let reason): "invalid \(field): \(reason)"
        }
    }
}
