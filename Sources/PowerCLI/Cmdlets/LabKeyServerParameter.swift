import ShellEngine
import TrustAuthority

/// The `-KeyServer ADDRESS` parameter every lab (KMS administrator) cmdlet takes, and how their lab errors read.
enum LabKeyServerParameter {
    /// Each lab cmdlet declares it as `@Parameter(mandatory: true, position: 0, description: LabKeyServerParameter.description) var keyServer: String`.
    static let description = "Specifies the address (or ADDRESS:PORT) of a simulated key server of the lab, e.g. 192.168.110.91. Live key servers are administered on the server itself."

    /// The error record for a refused administrator action, with an id that tells a live server from a missing one.
    static func failure(_ error: LabError, address: String, _ context: CommandContext, otherwise id: String) -> RuntimeError {
        let (errorId, category): (String, ErrorCategory) = switch error {
        case .liveServer: ("LabKeyServerIsLive", .invalidOperation)
        case .keyServerNotFound: ("LabKeyServerNotFound", .objectNotFound)
        case .notServed: ("LabKeyServerNotServed", .invalidOperation)
        default: (id, .invalidOperation)
        }
        return context.failure(error.message, id: errorId, category: category, reason: "LabException", targetName: address, targetType: "String")
    }
}
