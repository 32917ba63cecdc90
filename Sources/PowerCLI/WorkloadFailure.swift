import ShellEngine
import TrustAuthority

/// A refused lab operation of a workload cmdlet, as the PowerCLI error it becomes: lookups that find
/// nothing are ObjectNotFound, a missing privilege is the session's permission error, a service registered
/// twice AlreadyExists (as an item imported twice on the Trust Authority side), the rest InvalidArgument (the
/// shapes the Trust Authority cmdlets already print).
enum WorkloadFailure {
    static func of(_ error: LabError, _ context: CommandContext) -> RuntimeError {
        switch error {
        case .notTrustedAdmin, .userNotFound:
            return context.failure(error.message, id: "Client20_TrustedInfrastructure_NoPermission", category: .permissionDenied,
                                   reason: "ViSecurityNegotiationException")
        case .hostNotFound, .trustedClusterNotFound, .trustAuthorityClusterNotFound, .serviceRegistrationNotFound,
             .workloadKeyProviderNotFound, .vCenterNotFound:
            return context.failure(error.message, id: "Core_ObnSelector_SelectObjectByNameCore_ObjectNotFound", category: .objectNotFound,
                                   reason: "VimException")
        case .serviceRegistrationExists:
            return context.failure(error.message, id: "Client20_TrustedInfrastructure_AlreadyExists", category: .resourceExists, reason: "ViError")
        default:
            return ObjectResolution.labFailure(error, context)
        }
    }

    /// Runs a lab operation, turning its refusal into the PowerCLI error.
    static func run<Result>(_ context: CommandContext, _ operation: () throws(LabError) -> Result) throws -> Result {
        do {
            return try operation()
        } catch {
            throw of(error, context)
        }
    }
}
