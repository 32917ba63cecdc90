import VAPIWire

/// Every Trust Authority operation the endpoint serves, by service. A new service of the workflow
/// (principals, attestation, trusted clusters, services info) is one more adapter file and one more
/// line here.
struct ServiceCatalog: Sendable {
    let operations: [LabOperation]
    private let byService: [String: [String: LabOperation]]

    static let trustAuthority = ServiceCatalog([
        ClustersService.operations, TrustAuthorityClustersService.operations, ProvidersService.operations, ServiceStatusService.operations,
        ClientCertificateService.operations, SigningRequestService.operations, CredentialService.operations,
        PeerCertificatesService.operations, Tpm2CACertificatesService.operations, Tpm2EndorsementKeysService.operations,
        Tpm2SettingsService.operations, ConsumerPrincipalsService.operations, BaseImagesService.operations,
        PrincipalService.operations, ServiceInfoService.operations, TrustedClusterServicesService.operations,
        TrustAuthorityHostsService.operations, AttestationServiceStatusService.operations, ServicesAppliedConfigService.operations,
    ].flatMap { $0 })

    init(_ operations: [LabOperation]) {
        self.operations = operations
        var byService: [String: [String: LabOperation]] = [:]
        for operation in operations { byService[operation.service, default: [:]][operation.wireName] = operation }
        self.byService = byService
    }

    /// The operation a JSON-RPC request names (`get$task`).
    func operation(service: String, wireName: String) -> LabOperation? {
        byService[service]?[wireName]
    }

    var serviceIds: [String] { byService.keys.sorted() }
}
