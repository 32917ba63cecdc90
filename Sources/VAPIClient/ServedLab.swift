import TrustAuthority

/// A `RemoteLab` as the core's `LabEndpoint`: what a shell's `Lab` forwards its key-provider operations to
/// while it is connected to a served vCenter. The endpoint's refusals become the lab's own errors again, so a
/// cmdlet prints the same words whether its lab is local or served.
public final class ServedLab: LabEndpoint {
    public let remote: RemoteLab

    public init(_ remote: RemoteLab) {
        self.remote = remote
    }

    public var address: String { remote.connection.address }

    public func trustAuthorityClusters() throws(LabError) -> [ClusterRecord] {
        try relay { () throws(RemoteLabError) in try remote.trustAuthorityClusters() }
    }

    public func setTrustAuthorityClusterState(_ clusterId: String, enabled: Bool) throws(LabError) -> ClusterRecord {
        let clusters = try trustAuthorityClusters()
        guard let cluster = clusters.first(where: { Self.names($0, clusterId) }) else {
            throw .trustAuthorityClusterNotFound(cluster: clusterId, vCenter: address)
        }
        try relay { () throws(RemoteLabError) in try remote.setTrustAuthorityClusterState(vCenter: address, cluster: cluster.id, enabled: enabled) }
        var changed = cluster
        changed.enabled = enabled
        return changed
    }

    public func providers() throws(LabError) -> [KeyProvider] {
        try relay { () throws(RemoteLabError) in try remote.providers() }
    }

    public func providerNames() throws(LabError) -> [String] {
        try relay { () throws(RemoteLabError) in try remote.providerNames() }
    }

    public func providerServerNames() throws(LabError) -> [String] {
        try relay { () throws(RemoteLabError) in try remote.providerServerNames() }
    }

    public func findProvider(named name: String) throws(LabError) -> KeyProvider? {
        try relay { () throws(RemoteLabError) in try remote.findProvider(named: name) }
    }

    public func addProvider(_ provider: KeyProvider) throws(LabError) {
        try relay { () throws(RemoteLabError) in try remote.addProvider(provider) }
    }

    public func removeProvider(named name: String) throws(LabError) {
        try relay { () throws(RemoteLabError) in try remote.removeProvider(named: name) }
    }

    public func updateProviderSettings(named name: String, _ settings: KeyProviderSettings) throws(LabError) {
        try relay { () throws(RemoteLabError) in try remote.updateProviderSettings(named: name, settings) }
    }

    public func setKMIPPassword(provider name: String, _ password: String) throws(LabError) {
        try relay { () throws(RemoteLabError) in try remote.setKMIPPassword(provider: name, password) }
    }

    public func createSelfSignedClientCertificate(provider name: String) throws(LabError) -> CertificateInfo {
        try relay { () throws(RemoteLabError) in try remote.createSelfSignedClientCertificate(provider: name) }
    }

    public func createSigningRequest(provider name: String) throws(LabError) -> CertificateRequest {
        try relay { () throws(RemoteLabError) in try remote.createSigningRequest(provider: name) }
    }

    public func setClientCertificate(provider name: String, certificate: CertificateInfo, key: PrivateKeyMaterial?) throws(LabError) {
        try relay { () throws(RemoteLabError) in try remote.setClientCertificate(provider: name, certificate: certificate, key: key) }
    }

    public func trustServerCertificates(provider name: String, _ certificates: [CertificateInfo]) throws(LabError) {
        try relay { () throws(RemoteLabError) in try remote.trustServerCertificates(provider: name, certificates) }
    }

    public func replaceTrustedServerCertificates(provider name: String, _ certificates: [CertificateInfo]) throws(LabError) {
        try relay { () throws(RemoteLabError) in try remote.replaceTrustedServerCertificates(provider: name, certificates) }
    }

    public func status(of provider: KeyProvider) throws(LabError) -> ProviderStatus {
        try relay { () throws(RemoteLabError) in try remote.status(of: provider) }
    }

    public func presentedCertificates(of provider: KeyProvider) throws(LabError) -> [PresentedCertificate] {
        try relay { () throws(RemoteLabError) in try remote.presentedCertificates(of: provider) }
    }

    /// Ends the session on the served lab (`Disconnect-VIServer`).
    public func signOut() {
        remote.signOut()
    }

    // MARK: - Errors

    func relay<Value>(_ body: () throws(RemoteLabError) -> Value) throws(LabError) -> Value {
        do {
            return try body()
        } catch {
            throw labError(error)
        }
    }

    /// The lab's error for a refusal of the endpoint: the same case the served lab raised where there is one.
    func labError(_ error: RemoteLabError) -> LabError {
        switch error {
        case .lab(let lab): lab
        case .lookup(.providerNotFound(let name)): .providerNotFound(name)
        case .lookup(.noSigningRequest(let name)): .noSigningRequest(name)
        case .lookup(.clusterNotFound(let id)): .trustAuthorityClusterNotFound(cluster: id, vCenter: address)
        case .access(.notTrustedAdmin(let user)): .notTrustedAdmin(user: user, vCenter: address)
        case .access(let access): .endpoint(access.message)
        case .endpoint(let text): .endpoint(text)
        }
    }

    static func names(_ cluster: ClusterRecord, _ text: String) -> Bool {
        [cluster.id, cluster.trustAuthorityClusterId, cluster.name].contains { $0.caseInsensitiveCompare(text) == .orderedSame }
    }
}
