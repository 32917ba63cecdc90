import TrustAuthority

/// Which registered service an AttestationServiceInfo / KeyProviderServiceInfo object stands for.
struct ServiceInfoReference: Sendable {
    let id: String
    let kind: TrustAuthorityService.Kind
    let server: String
    let sessionId: String
}
