/// A lab served by another process (`vtash serve`), reached over its vSphere Automation API: while a shell is
/// connected to one (`Connect-VIServer -Server 127.0.0.1 -Port N` on a served vCenter), the lab's Trust
/// Authority key-provider operations go there instead of to the local store. The served lab runs these very
/// operations on its own `Lab`, so the answers are the core's, not a second model of the lab.
/// (`VAPIClient.RemoteLab` is the one implementation.)
public protocol LabEndpoint: AnyObject, Sendable {
    /// `https://127.0.0.1:8443`, how messages name the served lab.
    var address: String { get }
    func trustAuthorityClusters() throws(LabError) -> [ClusterRecord]
    func setTrustAuthorityClusterState(_ clusterId: String, enabled: Bool) throws(LabError) -> ClusterRecord
    func providers() throws(LabError) -> [KeyProvider]
    /// The providers' names only (Tab completion): a list call per cluster, not the providers with their certificates.
    func providerNames() throws(LabError) -> [String]
    /// The providers' key server names only (Tab completion).
    func providerServerNames() throws(LabError) -> [String]
    func findProvider(named name: String) throws(LabError) -> KeyProvider?
    func addProvider(_ provider: KeyProvider) throws(LabError)
    func removeProvider(named name: String) throws(LabError)
    func updateProviderSettings(named name: String, _ settings: KeyProviderSettings) throws(LabError)
    func setKMIPPassword(provider name: String, _ password: String) throws(LabError)
    func createSelfSignedClientCertificate(provider name: String) throws(LabError) -> CertificateInfo
    func createSigningRequest(provider name: String) throws(LabError) -> CertificateRequest
    func setClientCertificate(provider name: String, certificate: CertificateInfo, key: PrivateKeyMaterial?) throws(LabError)
    func trustServerCertificates(provider name: String, _ certificates: [CertificateInfo]) throws(LabError)
    func replaceTrustedServerCertificates(provider name: String, _ certificates: [CertificateInfo]) throws(LabError)
    func status(of provider: KeyProvider) throws(LabError) -> ProviderStatus
    func presentedCertificates(of provider: KeyProvider) throws(LabError) -> [PresentedCertificate]

    // Step 4 on the Trust Authority cluster (`clusterId` as the served lab names it): principals, TPM 2.0 CA
    // certificates and endorsement keys, base images, attestation settings.
    func principals(of clusterId: String) throws(LabError) -> [TrustedPrincipal]
    func importPrincipal(_ principal: TrustedPrincipal, into clusterId: String) throws(LabError)
    func removePrincipal(_ principal: String, from clusterId: String) throws(LabError)
    func tpm2CACertificates(of clusterId: String) throws(LabError) -> [Tpm2CACertificate]
    func importTpm2CACertificate(_ certificate: Tpm2CACertificate, into clusterId: String) throws(LabError)
    func removeTpm2CACertificate(_ name: String, from clusterId: String) throws(LabError)
    func tpm2EndorsementKeys(of clusterId: String) throws(LabError) -> [Tpm2EndorsementKey]
    /// All or none: the served lab takes one key per call, so keys already created are removed again when a later one is refused.
    func importTpm2EndorsementKeys(_ keys: [Tpm2EndorsementKey], into clusterId: String) throws(LabError)
    func removeTpm2EndorsementKey(_ name: String, from clusterId: String) throws(LabError)
    func baseImages(of clusterId: String) throws(LabError) -> [VMHostBaseImage]
    func importBaseImage(_ database: BaseImageDatabase, into clusterId: String) throws(LabError) -> VMHostBaseImage
    func removeBaseImage(_ image: String, from clusterId: String) throws(LabError)
    func tpm2AttestationSettings(of clusterId: String) throws(LabError) -> Tpm2AttestationSettings
    func setTpm2AttestationSettings(of clusterId: String, requireEndorsementKey: Bool?, requireCertificateValidation: Bool?) throws(LabError) -> Tpm2AttestationSettings

    // The workload vCenter's side (a served workload vCenter, `vtash serve --vcenter`): its own principal and its
    // registrations of Trust Authority services.
    func trustedPrincipal() throws(LabError) -> TrustedPrincipal
    func serviceRegistrations(_ kind: TrustAuthorityService.Kind) throws(LabError) -> [ServiceRegistration]
    /// All or none, as `importTpm2EndorsementKeys`.
    func addServiceRegistrations(_ services: [TrustAuthorityService]) throws(LabError) -> [ServiceRegistration]
    func removeServiceRegistration(_ id: String) throws(LabError)

    // Step 6 on the Trust Authority vCenter: the services of an enabled cluster's hosts and the services information file.
    func trustAuthorityServices(of clusterId: String, kind: TrustAuthorityService.Kind) throws(LabError) -> [TrustAuthorityService]
    func servicesInfo(of clusterId: String) throws(LabError) -> ServicesInfo
    /// Both halves of `Get-TrustAuthorityServicesStatus` (`attestation.service_status`, `kms.service_status`), for a
    /// disabled cluster too.
    func servicesStatus(of clusterId: String) throws(LabError) -> TrustAuthorityServicesStatus
}

/// What an endpoint that does not answer an operation says (a stand-in endpoint of a test implements only some).
extension LabEndpoint {
    public func trustAuthorityServices(of clusterId: String, kind: TrustAuthorityService.Kind) throws(LabError) -> [TrustAuthorityService] {
        throw .notServed(endpoint: address)
    }

    public func servicesInfo(of clusterId: String) throws(LabError) -> ServicesInfo {
        throw .notServed(endpoint: address)
    }

    public func servicesStatus(of clusterId: String) throws(LabError) -> TrustAuthorityServicesStatus {
        throw .notServed(endpoint: address)
    }

    public func providerNames() throws(LabError) -> [String] {
        try providers().map(\.name)
    }

    public func providerServerNames() throws(LabError) -> [String] {
        try providers().flatMap { $0.servers.map(\.name) }
    }
}
