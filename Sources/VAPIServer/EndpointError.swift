import TrustAuthority
import VAPIWire

/// The std errors the endpoint answers with, and how the lab's own errors map onto them. Lab, access and
/// lookup errors keep their message (the cmdlets' words); lab errors also travel in `data`.
enum EndpointError {
    static func sessionMissing() -> VAPIError {
        VAPIError(.unauthenticated, id: "vapi.method.authentication.required",
                  "This method requires authentication: log in with com.vmware.cis.session.create (POST /api/session) and send the session id.")
    }

    static func sessionUnknown() -> VAPIError {
        VAPIError(.unauthenticated, id: "vapi.method.authentication.required",
                  "This method requires authentication: the session id is not known to this lab (it ended or never existed). Log in again.")
    }

    static func sessionExpired(idleTimeout: Double) -> VAPIError {
        VAPIError(.unauthenticated, id: "vapi.session.expired",
                  "The session expired after \(Int(idleTimeout)) seconds without a request. Log in again.")
    }

    static func operationNotFound(service: String, operation: String) -> VAPIError {
        VAPIError(.operationNotFound, id: "vapi.method.input.invalid.interface",
                  "The operation '\(operation)' of service '\(service)' is not served by this lab.")
    }

    static func taskNotFound(_ id: String) -> VAPIError {
        VAPIError(.notFound, id: "com.vmware.cis.tasks.not_found", "The task '\(id)' was not found.")
    }

    static func access(_ error: AccessError) -> VAPIError {
        switch error {
        case .notTrustedAdmin:
            return VAPIError(.unauthorized, id: "com.vmware.vcenter.trusted_infrastructure.no_permission", error.message,
                             data: ErrorDataBinding.data(error))
        case .incorrectCredentials, .unknownVCenter:
            return VAPIError(.unauthenticated, id: "com.vmware.vapi.endpoint.failedToLogin", error.message, data: ErrorDataBinding.data(error))
        }
    }

    static func lookup(_ error: LookupError) -> VAPIError {
        VAPIError(.notFound, id: "com.vmware.vcenter.trusted_infrastructure.not_found", error.message, data: ErrorDataBinding.data(error))
    }

    static func input(_ error: VAPIDecodingError) -> VAPIError {
        VAPIError(.invalidArgument, id: "vapi.data.structure.field.invalid", error.message)
    }

    static func lab(_ error: LabError) -> VAPIError {
        VAPIError(kind(of: error), id: "com.vmware.vcenter.trusted_infrastructure.lab", error.message, data: ErrorDataBinding.data(error))
    }

    static func certificate(_ error: CertificateError) -> VAPIError {
        lab(.certificate(error))
    }

    static func kind(of error: LabError) -> VAPIError.Kind {
        switch error {
        case .providerExists, .serverExists, .keyServerExists, .labExists, .tpmCACertificateExists, .endorsementKeyExists, .baseImageExists,
             .principalExists, .serviceRegistrationExists, .serviceAlreadyApplied: .alreadyExists
        case .providerNotFound, .keyServerNotFound, .noClientCertificate, .tpmCACertificateNotFound, .endorsementKeyNotFound, .baseImageNotFound,
             .principalNotFound, .trustAuthorityClusterNotFound, .serviceRegistrationNotFound, .trustedClusterNotFound, .serviceNotApplied,
             .hostNotFound: .notFound
        case .certificate, .certificateDoesNotMatchKey, .certificateDoesNotMatchSigningRequest, .noSigningRequest, .lastServer, .liveServer,
             .invalidKeyServer, .notACACertificate, .tpmCACertificateInvalid, .principalChainInvalid, .artifact: .invalidArgument
        case .notTrustedAdmin, .userNotFound: .unauthorized
        case .serviceRegistrationInUse: .notAllowedInCurrentState
        case .invalidKeyProviderSetting, .serviceWrongKind: .invalidArgument
        default: .error
        }
    }
}
