/// The outcome of one batch item (KMIP 1.1 §9.1.3.2.28).
public enum ResultStatus: UInt32, Sendable, Hashable, Codable, CaseIterable {
    case success = 0
    case operationFailed = 1
    case operationPending = 2
    case operationUndone = 3
}

extension ResultStatus: CustomStringConvertible {
    public var description: String {
        switch self {
        case .success: "Success"
        case .operationFailed: "Operation Failed"
        case .operationPending: "Operation Pending"
        case .operationUndone: "Operation Undone"
        }
    }
}
