import Foundation
import KMIP

/// One key server's part of `$kp.Status`, checked the way the Key Provider Service does: does the provider
/// trust the server's certificate, does the server accept the provider's client certificate (mutual TLS,
/// then KMIP DiscoverVersions), and is the primary key there and Active (KMIP GetAttributes State).
/// Planned from the lab's state on the caller's thread; run (synchronously, on any thread) against the
/// simulated server's KMIP engine in process, or over mutual TLS 1.2 to a live server.
struct KeyServerHealthCheck: Sendable {
    enum Target: Sendable {
        case simulated(SimulatedKeyServer)
        case live(LiveKeyServer)
        /// The lab has no key server at the entry's address and port.
        case missing
    }

    let entry: KeyProviderServer
    let target: Target
    let provider: KeyProvider
    let date: Date

    /// Runs the check on the calling thread. A simulated server answers in process; a live one is
    /// contacted with NIO, waiting on its event loop, never on Swift concurrency's pool (see
    /// `KMIPBlockingTransport`), so it may be called from any thread but a NIO event loop's.
    func run() -> ProviderStatus.ServerStatus {
        switch target {
        case .missing:
            return status(.error, [HealthDetail.noConnection(entry.address, entry.port, reason: "no connection could be made")],
                          clientTrustsServer: false, serverTrustsClient: false)
        case .simulated(let server):
            return simulated(server)
        case .live(let server):
            return live(server)
        }
    }

    // MARK: - Simulated: trust by certificate verification, then KMIP through the in-process transport

    private func simulated(_ server: SimulatedKeyServer) -> ProviderStatus.ServerStatus {
        var details: [String] = []
        let clientTrustsServer = judge(server.serverCertificate.certificate, details: &details)
        details += credentialDetails
        // As over real TLS (see `live`): an untrusted server is not shown the client certificate, so what it
        // would think of it is not known.
        guard clientTrustsServer else { return untrustedServer(details: details, clientTrustsServer: false) }
        // The simulated TLS layer: the server learns the client's identity only if it accepts the certificate.
        let identity = credentials.flatMap { server.clientIdentity(for: $0.certificate, at: date) }
        let client = BlockingKMIPClient(transport: InProcessTransport(engine: server.engine, clientIdentity: identity))
        return converse(client, clientTrustsServer: clientTrustsServer, details: details)
    }

    // MARK: - Live: a real mutual TLS 1.2 handshake, then the same KMIP conversation

    private func live(_ server: LiveKeyServer) -> ProviderStatus.ServerStatus {
        var details = credentialDetails
        let configuration: TLSClientConfiguration
        switch tlsConfiguration(server, trusting: provider.trustedServerCertificates.map(\.pem)) {
        case .success(let made): configuration = made
        case .failure(let refusal):
            return status(.error, details + [refusal.message], clientTrustsServer: false, serverTrustsClient: false)
        }
        // One handshake decides both sides when the provider trusts the server: the TLS layer accepts a
        // pinned leaf as well as a chain to a trusted CA.
        do {
            let connection = try KMIPConnection.openWaiting(configuration)
            defer { connection.closeWithoutWaiting() }
            return converse(BlockingKMIPClient(transport: connection), clientTrustsServer: true, details: details)
        } catch {
            switch error.failure {
            case .serverRejectedClient:
                // In TLS 1.2 the client checks the server's certificate before it sends its own, so a rejection
                // means this side trusted the server.
                if credentials != nil { details.append(HealthDetail.clientNotTrusted(entry.address)) }
                return status(.error, details, clientTrustsServer: true, serverTrustsClient: false)
            case .clientDistrustsServer:
                return distrusted(failure: error.failure, presentedChain: error.presentedChain, details: details)
            case .noConnection(let reason):
                details.append(HealthDetail.noConnection(entry.address, entry.port, reason: reason))
                return status(.error, details, clientTrustsServer: false, serverTrustsClient: false)
            case .protocolError, .invalidConfiguration:
                details.append(HealthDetail.tlsFailure(entry.address, entry.port, error.failure))
                return status(.error, details, clientTrustsServer: false, serverTrustsClient: false)
            }
        }
    }

    /// TLS refused the server, before the client certificate was sent: in TLS 1.2 the client verifies the
    /// server's Certificate message (BoringSSL's `state_verify_server_certificate`, where NIOSSL's custom
    /// verification callback runs) before it sends its own Certificate (`state_send_client_certificate`),
    /// and a refusal ends the handshake there. Explain the refusal with the lab's own verification; whether
    /// the server trusts the client stays unknown, since finding out would mean presenting the client
    /// certificate and key to a server the provider does not trust.
    private func distrusted(failure: TLSFailure, presentedChain: [[UInt8]], details: [String]) -> ProviderStatus.ServerStatus {
        var details = details
        let chain = presentedChain.compactMap { try? CertificateInfo(der: $0, source: "the key server's certificate") }
        guard let leaf = chain.first else {
            details.insert(HealthDetail.serverNotTrusted(entry.address), at: 0)
            return untrustedServer(details: details, clientTrustsServer: false)
        }
        let pinned = TrustVerdict.verifyChain(leaf: leaf, trusted: provider.trustedServerCertificates, at: date) == .trusted(.trustedDirectly)
        if !pinned {
            var notTrusted: [String] = []
            if judge(leaf, details: &notTrusted) {
                // Issued by a trusted certificate, yet TLS refused it (e.g. the address is not in its SAN).
                notTrusted = [HealthDetail.serverNotTrusted(entry.address), HealthDetail.tlsFailure(entry.address, entry.port, failure)]
            }
            details.insert(contentsOf: notTrusted, at: 0)
        }
        return untrustedServer(details: details, clientTrustsServer: pinned)
    }

    /// The status of a server the client certificate was not presented to. PowerCLI's ServerTrustClient is a
    /// Boolean (as the REST `server_trust_client`), so "unknown" is False with a detail saying it was not
    /// checked, rather than a value PowerCLI never shows; the detail only when there is a certificate to send.
    private func untrustedServer(details: [String], clientTrustsServer: Bool) -> ProviderStatus.ServerStatus {
        var details = details
        if credentials != nil { details.append(HealthDetail.clientTrustNotChecked(entry.address)) }
        return status(.error, details, clientTrustsServer: clientTrustsServer, serverTrustsClient: false)
    }

    /// The chain a live server presents, fetched with one handshake that trusts and checks nothing
    /// (for `Get-TrustAuthorityKeyProviderServerCertificate`); waits on the calling thread like `run()`.
    func presentedChainWaiting(_ server: LiveKeyServer) -> Result<[CertificateInfo], LabError> {
        let endpoint = "\(server.address):\(server.port)"
        let configuration: TLSClientConfiguration
        switch tlsConfiguration(server, trusting: []) {
        case .success(let made): configuration = made
        case .failure(let refusal): return .failure(.keyServerUnreachable(endpoint: endpoint, reason: refusal.message))
        }
        let der: [[UInt8]]
        do {
            der = try KMIPConnection.fetchPresentedChainWaiting(configuration)
        } catch {
            return .failure(.keyServerUnreachable(endpoint: endpoint, reason: error.failure.description))
        }
        var chain: [CertificateInfo] = []
        for certificate in der {
            do {
                chain.append(try CertificateInfo(der: certificate, source: "the certificate of key server \(endpoint)"))
            } catch {
                return .failure(.certificate(error))
            }
        }
        guard !chain.isEmpty else {
            return .failure(.keyServerUnreachable(endpoint: endpoint, reason: "the server presented no certificate"))
        }
        return .success(chain)
    }

    func tlsConfiguration(_ server: LiveKeyServer, trusting roots: [String]) -> Result<TLSClientConfiguration, LabError> {
        var proxy: HTTPProxy?
        if let address = provider.proxyAddress, !address.isEmpty {
            guard Self.isLoopback(address) else { return .failure(.invalidKeyServer(HealthDetail.proxyRefused(address))) }
            proxy = HTTPProxy(host: address, port: provider.proxyPort ?? 80)
        }
        let seconds = Double(min(max(provider.connectionTimeoutSeconds, 1), 3600))
        return .success(TLSClientConfiguration(
            host: server.address, port: server.port,
            clientCertificateChainPEM: credentials?.certificate.pem, clientPrivateKeyPEM: credentials?.key.pem,
            trustedCertificatesPEM: roots, connectTimeout: seconds, responseTimeout: seconds, proxy: proxy))
    }

    static func isLoopback(_ host: String) -> Bool {
        let lowered = host.lowercased()
        return lowered == "localhost" || lowered == "::1" || lowered == "[::1]" || lowered.hasPrefix("127.")
    }

    // MARK: - Shared

    /// The client certificate and key the provider presents; nil when it has no usable pair.
    private var credentials: (certificate: CertificateInfo, key: PrivateKeyMaterial)? {
        guard let certificate = provider.clientCertificate, let key = provider.clientKey else { return nil }
        return (certificate, key)
    }

    private var credentialDetails: [String] {
        if provider.clientCertificate == nil { return [HealthDetail.noClientCertificate] }
        if provider.clientKey == nil { return [HealthDetail.noClientKey] }
        return []
    }

    /// Whether the provider trusts the presented certificate; adds the details when it does not.
    private func judge(_ presented: CertificateInfo, details: inout [String]) -> Bool {
        let trusted = provider.trustedServerCertificates
        let verdict = TrustVerdict.verifyChain(leaf: presented, trusted: trusted, at: date)
        guard !verdict.isTrusted else { return true }
        details.append(HealthDetail.serverNotTrusted(entry.address))
        if !trusted.isEmpty {
            let sameSubject = trusted.first { $0.subject == presented.subject && $0 != presented }
            details.append(HealthDetail.notTheTrustedCertificate(entry.address, presented: presented, verdict: verdict, sameSubject: sameSubject))
        }
        return false
    }

    /// The KMIP part, on an established (or simulated) connection: DiscoverVersions must include 1.1, and,
    /// only when the provider trusts the server, GetAttributes(primary key, State) must find an active key.
    private func converse(_ client: BlockingKMIPClient, clientTrustsServer: Bool, details: [String]) -> ProviderStatus.ServerStatus {
        var details = details
        let address = entry.address
        let id = provider.primaryKeyId
        // When the provider trusts the server, the key is asked for in the same message as the versions (two
        // batch items, one round trip); otherwise the versions alone tell whether the server accepts the client.
        let versionsResult: Result<[ProtocolVersion], KMIPError>
        var attributesResult: Result<GetAttributesResponsePayload, KMIPError>?
        do {
            if clientTrustsServer {
                let results = try client.perform(DiscoverVersionsRequestPayload(versions: []),
                                                 GetAttributesRequestPayload(uniqueIdentifier: id, attributeNames: [AttributeName.state]))
                versionsResult = results.first.map(\.versions)
                attributesResult = results.second
            } else {
                versionsResult = .success(try client.discoverVersions())
            }
        } catch {
            versionsResult = .failure(error)
        }
        switch versionsResult {
        case .failure(let error):
            return failed(error, operation: "DiscoverVersions", clientTrustsServer: clientTrustsServer, details: details)
        case .success(let versions) where !versions.contains(.v1_1):
            details.append(HealthDetail.noKMIP11(address, offered: versions))
            return status(.error, details, clientTrustsServer: clientTrustsServer, serverTrustsClient: true)
        case .success:
            break
        }
        guard let attributesResult else {
            return status(.error, details, clientTrustsServer: false, serverTrustsClient: true)
        }
        switch attributesResult {
        case .success(let attributes):
            switch attributes.state {
            case .active:
                return status(.ok, details, clientTrustsServer: true, serverTrustsClient: true)
            case .preActive:
                details.append(HealthDetail.keyNotActive(id, address))
                return status(.warning, details, clientTrustsServer: true, serverTrustsClient: true)
            case .some(let state):
                details.append(HealthDetail.keyUnusable(id, address, state: state.description))
            case .none:
                details.append(HealthDetail.keyUnusable(id, address, state: "in an unknown state"))
            }
            return status(.error, details, clientTrustsServer: true, serverTrustsClient: true)
        case .failure(let error):
            if error.resultReason == .itemNotFound || error.resultReason == .permissionDenied {
                details.append(HealthDetail.keyNotFound(id, address))
                return status(.error, details, clientTrustsServer: true, serverTrustsClient: true)
            }
            return failed(error, operation: "GetAttributes", clientTrustsServer: true, details: details)
        }
    }

    private func failed(_ error: KMIPError, operation: String, clientTrustsServer: Bool, details: [String]) -> ProviderStatus.ServerStatus {
        var details = details
        if error.resultReason == .authenticationNotSuccessful {
            // The server took the TLS handshake but not the certificate (PyKMIP: no EKU clientAuth, or no certificate).
            if credentials != nil { details.append(HealthDetail.clientNotTrusted(entry.address)) }
            return status(.error, details, clientTrustsServer: clientTrustsServer, serverTrustsClient: false)
        }
        if case .transport(let failure) = error {
            details.append(HealthDetail.tlsFailure(entry.address, entry.port, failure))
            return status(.error, details, clientTrustsServer: clientTrustsServer, serverTrustsClient: false)
        }
        details.append(HealthDetail.kmipFailure(entry.address, operation, error))
        return status(.error, details, clientTrustsServer: clientTrustsServer, serverTrustsClient: true)
    }

    private func status(_ health: ProviderStatus.Health, _ details: [String], clientTrustsServer: Bool,
                        serverTrustsClient: Bool) -> ProviderStatus.ServerStatus {
        ProviderStatus.ServerStatus(name: entry.name, health: health, details: details,
                                    clientTrustServer: clientTrustsServer, serverTrustClient: serverTrustsClient)
    }
}
