/// Why an administrative change to the simulated key server was refused.
public enum KeyServerError: Error, Sendable, Hashable {
    case duplicateIdentifier(String)
    case emptyIdentifier
    case keyNotFound(String)
    case unsupportedKey(String)
}

extension KeyServerError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .duplicateIdentifier(let id): "a key with id \"\(id)\" already exists on the key server"
        case .emptyIdentifier: "a key id must not be empty"
        case .keyNotFound(let id): "no key with id \"\(id)\" on the key server"
        case .unsupportedKey(let detail): "unsupported key: \(detail)"
        }
    }
}
