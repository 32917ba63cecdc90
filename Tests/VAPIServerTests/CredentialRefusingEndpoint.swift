import TrustAuthority
import VAPIClient

/// A served lab whose `credential.set` is refused (as a server refuses it: the lab's error), everything else the
/// real served lab's: what `Set-TrustAuthorityKeyProvider -KmipServerPassword` meets when its second call fails.
final class CredentialRefusingEndpoint: LabEndpoint {
    let served: ServedLab
    let refusal: LabError

    init(_ served: ServedLab, refusal: LabError) {
        self.served = served
        self.refusal = refusal
    }

    func setKMIPPassword(provider name: String, _ password: String) throws(LabError) { throw refusal }

    var address: String { served.address }
    func trustAuthorityClusters() throws(LabError) -> [ClusterRecord] { try served.trustAuthorityClusters() }
    func setTrustAuthorityClusterState(_ clusterId: String, enabled: Bool) throws(LabError) -> ClusterRecord {
        try served.setTrustAuthorityClusterState(clusterId, enabled: enabled)
    }
    func providers() throws(LabError) -> [KeyProvider] { try served.providers() }
    func findProvider(named name: String) throws(LabError) -> KeyProvider? { try served.findProvider(named: name) }
    func addProvider(_ provider: KeyProvider) throws(LabError) { try served.addProvider(provider) }
    func removeProvider(named name: String) throws(LabError) { try served.removeProvider(named: name) }
    func updateProviderSettings(named name: String, _ settings: KeyProviderSettings) throws(LabError) { try served.updateProviderSettings(named: name, settings) }
    func createSelfSignedClientCertificate(provider name: String) throws(LabError) -> CertificateInfo { try served.createSelfSignedClientCertificate(provider: name) }
    func createSigningRequest(provider name: String) throws(LabError) -> CertificateRequest { try served.createSigningRequest(provider: name) }
    func setClientCertificate(provider name: String, certificate: CertificateInfo, key: PrivateKeyMaterial?) throws(LabError) {
        try served.setClientCertificate(provider: name, certificate: certificate, key: key)
    }
    func trustServerCertificates(provider name: String, _ certificates: [CertificateInfo]) throws(LabError) { try served.trustServerCertificates(provider: name, certificates) }
    func replaceTrustedServerCertificates(provider name: String, _ certificates: [CertificateInfo]) throws(LabError) {
        try served.replaceTrustedServerCertificates(provider: name, certificates)
    }
    func status(of provider: KeyProvider) throws(LabError) -> ProviderStatus { try served.status(of: provider) }
    func presentedCertificates(of provider: KeyProvider) throws(LabError) -> [PresentedCertificate] { try served.presentedCertificates(of: provider) }
    func principals(of clusterId: String) throws(LabError) -> [TrustedPrincipal] { try served.principals(of: clusterId) }
    func importPrincipal(_ principal: TrustedPrincipal, into clusterId: String) throws(LabError) { try served.importPrincipal(principal, into: clusterId) }
    func removePrincipal(_ principal: String, from clusterId: String) throws(LabError) { try served.removePrincipal(principal, from: clusterId) }
    func tpm2CACertificates(of clusterId: String) throws(LabError) -> [Tpm2CACertificate] { try served.tpm2CACertificates(of: clusterId) }
    func importTpm2CACertificate(_ certificate: Tpm2CACertificate, into clusterId: String) throws(LabError) {
        try served.importTpm2CACertificate(certificate, into: clusterId)
    }
    func removeTpm2CACertificate(_ name: String, from clusterId: String) throws(LabError) { try served.removeTpm2CACertificate(name, from: clusterId) }
    func tpm2EndorsementKeys(of clusterId: String) throws(LabError) -> [Tpm2EndorsementKey] { try served.tpm2EndorsementKeys(of: clusterId) }
    func importTpm2EndorsementKeys(_ keys: [Tpm2EndorsementKey], into clusterId: String) throws(LabError) { try served.importTpm2EndorsementKeys(keys, into: clusterId) }
    func removeTpm2EndorsementKey(_ name: String, from clusterId: String) throws(LabError) { try served.removeTpm2EndorsementKey(name, from: clusterId) }
    func baseImages(of clusterId: String) throws(LabError) -> [VMHostBaseImage] { try served.baseImages(of: clusterId) }
    func importBaseImage(_ database: BaseImageDatabase, into clusterId: String) throws(LabError) -> VMHostBaseImage {
        try served.importBaseImage(database, into: clusterId)
    }
    func removeBaseImage(_ image: String, from clusterId: String) throws(LabError) { try served.removeBaseImage(image, from: clusterId) }
    func tpm2AttestationSettings(of clusterId: String) throws(LabError) -> Tpm2AttestationSettings { try served.tpm2AttestationSettings(of: clusterId) }
    func setTpm2AttestationSettings(of clusterId: String, requireEndorsementKey: Bool?, requireCertificateValidation: Bool?) throws(LabError) -> Tpm2AttestationSettings {
        try served.setTpm2AttestationSettings(of: clusterId, requireEndorsementKey: requireEndorsementKey, requireCertificateValidation: requireCertificateValidation)
    }
    func trustedPrincipal() throws(LabError) -> TrustedPrincipal { try served.trustedPrincipal() }
    func serviceRegistrations(_ kind: TrustAuthorityService.Kind) throws(LabError) -> [ServiceRegistration] { try served.serviceRegistrations(kind) }
    func addServiceRegistrations(_ services: [TrustAuthorityService]) throws(LabError) -> [ServiceRegistration] { try served.addServiceRegistrations(services) }
    func removeServiceRegistration(_ id: String) throws(LabError) { try served.removeServiceRegistration(id) }
}
