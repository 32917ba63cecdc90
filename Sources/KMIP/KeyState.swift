/// The lifecycle state of a managed object (KMIP 1.1 §9.1.3.2.17).
public enum KeyState: UInt32, Sendable, Hashable, Codable, CaseIterable {
    case preActive = 1
    case active = 2
    case deactivated = 3
    case compromised = 4
    case destroyed = 5
    case destroyedCompromised = 6
}

extension KeyState: CustomStringConvertible {
    public var description: String {
        switch self {
        case .preActive: "Pre-Active"
        case .active: "Active"
        case .deactivated: "Deactivated"
        case .compromised: "Compromised"
        case .destroyed: "Destroyed"
        case .destroyedCompromised: "Destroyed Compromised"
        }
    }
}
