import Foundation
import TrustAuthority
import VAPIWire

/// A lab served by `vtash serve`, seen from another process: the same operations as a local `Lab` (same
/// names and arguments), each one or more vAPI calls, `$task` operations polled through `cis.tasks`.
/// Calls block the calling thread (as the cmdlets' lab calls do); one at a time per `RemoteLab`.
public final class RemoteLab: Sendable {
    public let connection: VAPIConnection
    /// Who is logged in. The groups are not known to a client: the endpoint applies the TrustedAdmins rule.
    public let user: SignedInUser
    public let sessionId: String

    init(connection: VAPIConnection, user: SignedInUser, sessionId: String) {
        self.connection = connection
        self.user = user
        self.sessionId = sessionId
    }

    /// Logs in to the lab at `host:port` (`Connect-VIServer -Server host -Port port -User u -Password p`).
    public static func signIn(host: String, port: Int, trust: ServerTrust, user: String, password: String) throws(RemoteLabError) -> RemoteLab {
        let connection = VAPIConnection(host: host, port: port, trust: trust)
        let id: String
        switch try Self.waiting({ () throws(RemoteError) in
            try connection.invokeWaiting(ServiceName.session, "create", security: .userPassword(user: user, password: password))
        }) {
        case .success(.secret(let text)), .success(.string(let text)): id = text
        case .success(let other): throw .endpoint("The lab at \(connection.address) answered the login with \(other) instead of a session id.")
        case .failure(let error): throw failure(error)
        }
        let info = try value(Self.waiting({ () throws(RemoteError) in
            try connection.invokeWaiting(ServiceName.session, "get", security: .session(id))
        }))
        let qualified = (try? VAPIInput(info).string("user")) ?? user
        let parts = qualified.split(separator: "\\", maxSplits: 1).map(String.init)
        let signedIn = SignedInUser(vCenter: connection.host, ssoDomain: parts.count == 2 ? parts[0].lowercased() : "",
                                    user: SSOUser(name: parts.last ?? qualified, password: "", groups: []))
        return RemoteLab(connection: connection, user: signedIn, sessionId: id)
    }

    /// Ends the session (`Disconnect-VIServer`).
    public func signOut() {
        _ = try? connection.invokeWaiting(ServiceName.session, "delete", security: .session(sessionId))
        connection.close()
    }

    // MARK: - Clusters

    /// The Trust Authority clusters of the served vCenter, with their names (`com.vmware.vcenter.cluster`).
    public func trustAuthorityClusters() throws(RemoteLabError) -> [ClusterRecord] {
        let summaries = try list(call(ServiceName.trustAuthorityClusters, "list"))
        let named = try list(call(ServiceName.cluster, "list"))
        var names: [String: String] = [:]
        for summary in named {
            let (id, name) = try decode { () throws(VAPIDecodingError) in try ClusterBinding.summary(summary) }
            names[id] = name
        }
        return try summaries.map { (summary: VAPIValue) throws(RemoteLabError) -> ClusterRecord in
            let (id, enabled) = try decode { () throws(VAPIDecodingError) in try TrustAuthorityClusterBinding.cluster(summary) }
            return ClusterRecord(id: id, name: names[id] ?? id, enabled: enabled)
        }
    }

    /// As `Lab.trustAuthorityClusters(at:)`: the endpoint is one vCenter, so `address` only names it; empty when unreachable.
    public func trustAuthorityClusters(at address: String) -> [ClusterRecord] {
        (try? trustAuthorityClusters()) ?? []
    }

    public func setTrustAuthorityClusterState(vCenter address: String, cluster id: String, enabled: Bool) throws(RemoteLabError) {
        _ = try task(ServiceName.trustAuthorityClusters, "update", [("cluster", .string(id)), ("spec", TrustAuthorityClusterBinding.updateSpec(enabled: enabled))])
    }

    /// `Get-TrustAuthorityServicesStatus`: `attestation.service_status` then `kms.service_status` of the cluster `cluster` (its MoID).
    public func servicesStatus(of cluster: ClusterRecord) throws(RemoteLabError) -> TrustAuthorityServicesStatus {
        let attestation = try task(ServiceName.attestationServiceStatus, "get", [("cluster", .string(cluster.id))])
        let keyProvider = try task(ServiceName.serviceStatus, "get", [("cluster", .string(cluster.id))])
        return try decode { () throws(VAPIDecodingError) in
            TrustAuthorityServicesStatus(clusterId: cluster.id, clusterName: cluster.name,
                                         attestation: try ServiceStatusBinding.health(attestation), keyProvider: try ServiceStatusBinding.health(keyProvider))
        }
    }

    // MARK: - Key providers

    /// Every provider of every Trust Authority cluster, with its certificates (several calls each).
    public func providers() throws(RemoteLabError) -> [KeyProvider] {
        var providers: [KeyProvider] = []
        for cluster in try trustAuthorityClusters() {
            for summary in try list(task(ServiceName.providers, "list", [("cluster", .string(cluster.id))])) {
                let name = try decode { () throws(VAPIDecodingError) in try KeyProviderBinding.summary(summary).name }
                if let provider = try fetchProvider(named: name, cluster: cluster.id) { providers.append(provider) }
            }
        }
        return providers
    }

    /// The providers' names: `trust_authority_clusters.list`, then one `providers.list$task` per cluster (Tab completion
    /// asks this on every press; the providers themselves take five calls each).
    public func providerNames() throws(RemoteLabError) -> [String] {
        var names: [String] = []
        for summary in try list(call(ServiceName.trustAuthorityClusters, "list")) {
            let (cluster, _) = try decode { () throws(VAPIDecodingError) in try TrustAuthorityClusterBinding.cluster(summary) }
            for provider in try list(task(ServiceName.providers, "list", [("cluster", .string(cluster))])) {
                names.append(try decode { () throws(VAPIDecodingError) in try KeyProviderBinding.summary(provider).name })
            }
        }
        return names
    }

    /// The providers' key server names (Tab): the names, then one `providers.get$task` each, not the four calls a whole
    /// provider takes.
    public func providerServerNames() throws(RemoteLabError) -> [String] {
        var names: [String] = []
        for summary in try list(call(ServiceName.trustAuthorityClusters, "list")) {
            let (cluster, _) = try decode { () throws(VAPIDecodingError) in try TrustAuthorityClusterBinding.cluster(summary) }
            for provider in try list(task(ServiceName.providers, "list", [("cluster", .string(cluster))])) {
                let name = try decode { () throws(VAPIDecodingError) in try KeyProviderBinding.summary(provider).name }
                let info = try task(ServiceName.providers, "get", [("cluster", .string(cluster)), ("provider", .string(name))])
                names += try decode { () throws(VAPIDecodingError) in try KeyProviderBinding.provider(info: info, name: name, cluster: cluster) }.servers.map(\.name)
            }
        }
        return names
    }

    public func findProvider(named name: String) throws(RemoteLabError) -> KeyProvider? {
        for cluster in try trustAuthorityClusters() {
            if let provider = try fetchProvider(named: name, cluster: cluster.id) { return provider }
        }
        return nil
    }

    public func provider(named name: String) -> KeyProvider? {
        (try? findProvider(named: name)) ?? nil
    }

    /// The provider with its client certificate, pending CSR and trusted server certificates; nil when not found.
    func fetchProvider(named name: String, cluster: String) throws(RemoteLabError) -> KeyProvider? {
        let scope: [(String, VAPIValue)] = [("cluster", .string(cluster)), ("provider", .string(name))]
        let info: VAPIValue
        do throws(RemoteLabError) {
            info = try task(ServiceName.providers, "get", scope)
        } catch .lookup(.providerNotFound) {
            return nil
        }
        var provider = try decode { () throws(VAPIDecodingError) in try KeyProviderBinding.provider(info: info, name: name, cluster: cluster) }
        do throws(RemoteLabError) {
            let certificate = try task(ServiceName.clientCertificate, "get", scope)
            provider.clientCertificate = try certificateInfo(try decode { () throws(VAPIDecodingError) in try VAPIInput(certificate).string("certificate") })
        } catch .lab(.noClientCertificate) {
            provider.clientCertificate = nil
        }
        do throws(RemoteLabError) {
            let request = try task(ServiceName.signingRequest, "get", scope)
            let pem = try decode { () throws(VAPIDecodingError) in try VAPIInput(request).string("csr") }
            do throws(CertificateError) {
                provider.signingRequest = try CertificateRequest(pem: pem, source: "the lab's answer")
            } catch {
                throw .lab(.certificate(error))
            }
        } catch .lookup(.noSigningRequest) {
            provider.signingRequest = nil
        }
        let trusted = try task(ServiceName.trustedPeerCertificates, "get", scope)
        let texts = try decode { () throws(VAPIDecodingError) in try CertificateBinding.certificates(try VAPIInput(trusted)) ?? [] }
        provider.trustedServerCertificates = try texts.map { (pem: String) throws(RemoteLabError) in try certificateInfo(pem) }
        return provider
    }

    public func addProvider(_ provider: KeyProvider) throws(RemoteLabError) {
        _ = try task(ServiceName.providers, "create", [("cluster", .string(provider.clusterId)), ("spec", KeyProviderBinding.createSpec(provider))])
        if let password = provider.kmipServerPassword { try setKMIPPassword(provider: provider.name, password) }
    }

    public func removeProvider(named name: String) throws(RemoteLabError) {
        _ = try task(ServiceName.providers, "delete", try scope(name))
    }

    public func updateProviderSettings(named name: String, _ settings: KeyProviderSettings) throws(RemoteLabError) {
        _ = try task(ServiceName.providers, "update", try scope(name) + [("spec", KeyProviderBinding.updateSpec(settings))])
    }

    /// `Add-TrustAuthorityKeyProviderServer`: the provider's server list with one more (the endpoint refuses a repeated name).
    public func addServer(provider name: String, _ server: KeyProviderServer) throws(RemoteLabError) {
        guard let provider = try findProvider(named: name) else { throw .lab(.providerNotFound(name)) }
        if provider.servers.contains(where: { $0.name.caseInsensitiveCompare(server.name) == .orderedSame }) { throw .lab(.serverExists(server.name)) }
        try updateProviderSettings(named: name, KeyProviderSettings(servers: provider.servers + [server]))
    }

    public func setKMIPPassword(provider name: String, _ password: String) throws(RemoteLabError) {
        _ = try task(ServiceName.credential, "set", try scope(name) + [("credential", .secret(password))])
    }

    @discardableResult
    public func createSelfSignedClientCertificate(provider name: String) throws(RemoteLabError) -> CertificateInfo {
        let scope = try scope(name)
        _ = try task(ServiceName.clientCertificate, "create", scope)
        let info = try task(ServiceName.clientCertificate, "get", scope)
        return try certificateInfo(try decode { () throws(VAPIDecodingError) in try VAPIInput(info).string("certificate") })
    }

    @discardableResult
    public func createSigningRequest(provider name: String) throws(RemoteLabError) -> CertificateRequest {
        let info = try task(ServiceName.signingRequest, "create", try scope(name))
        let pem = try decode { () throws(VAPIDecodingError) in try VAPIInput(info).string("csr") }
        do throws(CertificateError) {
            return try CertificateRequest(pem: pem, source: "the lab's answer")
        } catch {
            throw .lab(.certificate(error))
        }
    }

    public func setClientCertificate(provider name: String, certificate: CertificateInfo, key: PrivateKeyMaterial?) throws(RemoteLabError) {
        _ = try task(ServiceName.clientCertificate, "update",
                     try scope(name) + [("spec", CertificateBinding.clientCertificateUpdateSpec(certificate: certificate, key: key))])
    }

    /// `Add-TrustAuthorityKeyProviderServerCertificate`: the trusted list with these added.
    public func trustServerCertificates(provider name: String, _ certificates: [CertificateInfo]) throws(RemoteLabError) {
        let scope = try scope(name)
        let trusted = try task(ServiceName.trustedPeerCertificates, "get", scope)
        let texts = try decode { () throws(VAPIDecodingError) in try CertificateBinding.certificates(try VAPIInput(trusted)) ?? [] }
        var list = try texts.map { (pem: String) throws(RemoteLabError) in try certificateInfo(pem) }
        for certificate in certificates where !list.contains(certificate) { list.append(certificate) }
        _ = try task(ServiceName.trustedPeerCertificates, "update", scope + [("spec", CertificateBinding.trustedPeerUpdateSpec(list))])
    }

    public func replaceTrustedServerCertificates(provider name: String, _ certificates: [CertificateInfo]) throws(RemoteLabError) {
        _ = try task(ServiceName.trustedPeerCertificates, "update", try scope(name) + [("spec", CertificateBinding.trustedPeerUpdateSpec(certificates))])
    }

    /// `$kp.Status`, as the served lab computes it now.
    public func status(of provider: KeyProvider) throws(RemoteLabError) -> ProviderStatus {
        let info = try task(ServiceName.providers, "get", [("cluster", .string(provider.clusterId)), ("provider", .string(provider.name))])
        return try decode { () throws(VAPIDecodingError) in try KeyProviderBinding.status(info: info, providerId: provider.id) }
    }

    public func statuses(of providers: [KeyProvider]) throws(RemoteLabError) -> [ProviderStatus] {
        try providers.map { (provider: KeyProvider) throws(RemoteLabError) in try status(of: provider) }
    }

    /// What each key server of the provider presents, and whether the provider trusts it.
    public func presentedCertificates(of provider: KeyProvider) throws(RemoteLabError) -> [PresentedCertificate] {
        let summaries = try list(task(ServiceName.currentPeerCertificates, "list",
                                      [("cluster", .string(provider.clusterId)), ("provider", .string(provider.name)), ("spec", .unset)]))
        return try summaries.map { (summary: VAPIValue) throws(RemoteLabError) -> PresentedCertificate in
            let read = try decode { () throws(VAPIDecodingError) in try CertificateBinding.presented(summary: summary) }
            return PresentedCertificate(serverName: read.serverName, certificate: try read.certificate.map { (pem: String) throws(RemoteLabError) in try certificateInfo(pem) },
                                        failure: read.failure, trusted: read.trusted)
        }
    }

    /// As `Lab.withSteadyView`: a remote lab has no topology cache to hold steady.
    public func withSteadyView<Value>(_ body: () throws -> Value) rethrows -> Value {
        try body()
    }

    // MARK: - Calls

    /// `cluster` and `provider` of the provider `name` (its cluster looked up first).
    func scope(_ name: String) throws(RemoteLabError) -> [(String, VAPIValue)] {
        for cluster in try trustAuthorityClusters() {
            for summary in try list(task(ServiceName.providers, "list", [("cluster", .string(cluster.id))])) {
                let found = try decode { () throws(VAPIDecodingError) in try KeyProviderBinding.summary(summary).name }
                if found.caseInsensitiveCompare(name) == .orderedSame { return [("cluster", .string(cluster.id)), ("provider", .string(found))] }
            }
        }
        throw .lab(.providerNotFound(name))
    }

    func call(_ service: String, _ operation: String, _ fields: [(String, VAPIValue)] = []) throws(RemoteLabError) -> VAPIValue {
        try Self.value(Self.waiting { () throws(RemoteError) in try connection.invokeWaiting(service, operation, fields, security: .session(sessionId)) })
    }

    /// A `$task` operation and its result, polled through `com.vmware.cis.tasks.get` until it ends.
    func task(_ service: String, _ operation: String, _ fields: [(String, VAPIValue)] = []) throws(RemoteLabError) -> VAPIValue {
        guard case .string(let id) = try call(service, operation + "$task", fields) else {
            throw .endpoint("The lab at \(connection.address) did not answer \(service).\(operation)$task with a task id.")
        }
        for attempt in 0..<600 {
            let answer = try call(ServiceName.tasks, "get", [("task", .string(id)), ("spec", .unset)])
            let info = try decode { () throws(VAPIDecodingError) in try TaskInfo(answer) }
            switch info.status {
            case .succeeded: return info.result ?? .void
            case .failed: throw info.error.map(Self.failure) ?? .endpoint("The task \(id) failed without saying why.")
            case .pending, .running, .blocked: usleep(useconds_t(min(100, 5 * (attempt + 1)) * 1000))
            }
        }
        throw .endpoint("The task \(id) of the lab at \(connection.address) did not end.")
    }

    static func waiting(_ body: () throws(RemoteError) -> Result<VAPIValue, VAPIError>) throws(RemoteLabError) -> Result<VAPIValue, VAPIError> {
        do {
            return try body()
        } catch {
            throw .endpoint(error.message)
        }
    }

    static func value(_ result: Result<VAPIValue, VAPIError>) throws(RemoteLabError) -> VAPIValue {
        switch result {
        case .success(let value): return value
        case .failure(let error): throw failure(error)
        }
    }

    /// The lab's own error when the endpoint sent it along; otherwise the endpoint's message.
    static func failure(_ error: VAPIError) -> RemoteLabError {
        switch ErrorDataBinding.failure(error.data) {
        case .lab(let lab)?: .lab(lab)
        case .access(let access)?: .access(access)
        case .lookup(let lookup)?: .lookup(lookup)
        case nil: .endpoint(error.message)
        }
    }

    func list(_ value: VAPIValue) throws(RemoteLabError) -> [VAPIValue] {
        guard case .list(let elements) = value else { throw .endpoint("The lab at \(connection.address) answered with \(value) where a list was expected.") }
        return elements
    }

    func decode<Value>(_ body: () throws(VAPIDecodingError) -> Value) throws(RemoteLabError) -> Value {
        do {
            return try body()
        } catch {
            throw .endpoint("The lab at \(connection.address) answered with an unexpected value: \(error.message)")
        }
    }

    func certificateInfo(_ pem: String) throws(RemoteLabError) -> CertificateInfo {
        do throws(CertificateError) {
            return try CertificateInfo(pem: pem, source: "the lab's answer")
        } catch {
            throw .lab(.certificate(error))
        }
    }
}
