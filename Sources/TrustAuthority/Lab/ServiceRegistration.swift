/// A Trust Authority service registered on a workload vCenter: PowerCLI's `AttestationServiceInfo` or
/// `KeyProviderServiceInfo` (`Add-/Get-/Remove-AttestationServiceInfo`, `…KeyProviderServiceInfo`).
public struct ServiceRegistration: Sendable, Equatable, Hashable {
    /// `attestation-1`, `key-provider-2`: numbered per vCenter, never reused.
    public var id: String
    public var service: TrustAuthorityService

    public init(id: String, service: TrustAuthorityService) {
        self.id = id
        self.service = service
    }

    public var kind: TrustAuthorityService.Kind { service.kind }
    public var address: String { service.address }
    public var port: Int { service.port }
    public var group: String { service.group }
    public var trustAuthorityClusterId: String { service.trustAuthorityClusterId }
    public var certificateChain: [CertificateInfo] { service.certificateChain }
}

extension ServiceRegistration: Codable {}
