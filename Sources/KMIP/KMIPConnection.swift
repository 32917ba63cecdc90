import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import NIOSSL

/// One mutual-TLS 1.2 connection to a KMIP server, after a completed handshake. Several requests may be
/// sent over it in turn (vCenter sends DiscoverVersions then GetAttributes on one connection).
///
/// Verification is NIOSSL's own (`.fullVerification` against exactly the configured roots, plus the IP SAN /
/// hostname check). The server's chain is read from the cleartext TLS 1.2 Certificate message as it passes,
/// so it is known even when verification fails.
public final class KMIPConnection: KMIPTransport, Sendable {
    private let channel: any Channel
    private let responseTimeout: TimeAmount
    private let firstFailure: NIOLockedValueBox<TLSFailure?>
    /// The certificates the server presented, DER, leaf first.
    public let presentedChain: [[UInt8]]

    private init(channel: any Channel, responseTimeout: TimeAmount, firstFailure: NIOLockedValueBox<TLSFailure?>, presentedChain: [[UInt8]]) {
        self.channel = channel
        self.responseTimeout = responseTimeout
        self.firstFailure = firstFailure
        self.presentedChain = presentedChain
    }

    /// Connects, completes the TLS handshake and verifies the server.
    public static func open(
        _ configuration: TLSClientConfiguration,
        group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton
    ) async throws(TLSConnectionError) -> KMIPConnection {
        let context: NIOSSLContext
        do {
            context = try makeContext(configuration, verifyServer: true)
        } catch {
            throw TLSConnectionError(failure: error, presentedChain: [])
        }
        let (channel, firstFailure, chain) = try await handshake(configuration, context: context, group: group)
        return KMIPConnection(
            channel: channel, responseTimeout: timeAmount(configuration.responseTimeout), firstFailure: firstFailure,
            presentedChain: chain.withLockedValue { $0 }
        )
    }

    /// Fetches the chain the server presents without trusting or checking it, and sends no request
    /// (for Get-TrustAuthorityKeyProviderServerCertificate). The chain is returned even if the server then
    /// refuses our client certificate.
    public static func fetchPresentedChain(
        _ configuration: TLSClientConfiguration,
        group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton
    ) async throws(TLSConnectionError) -> [[UInt8]] {
        let context: NIOSSLContext
        do {
            context = try makeContext(configuration, verifyServer: false)
        } catch {
            throw TLSConnectionError(failure: error, presentedChain: [])
        }
        do {
            let (channel, _, chain) = try await handshake(configuration, context: context, group: group)
            try? await channel.close()
            return chain.withLockedValue { $0 }
        } catch {
            guard !error.presentedChain.isEmpty else { throw error }
            return error.presentedChain
        }
    }

    public func roundTrip(_ request: [UInt8]) async throws(TLSFailure) -> [UInt8] {
        let promise = channel.eventLoop.makePromise(of: [UInt8].self)
        let timeout = channel.eventLoop.scheduleTask(in: responseTimeout) { [channel, responseTimeout] in
            promise.fail(TLSFailure.protocolError("no response within \(responseTimeout.nanoseconds / 1_000_000_000) s"))
            channel.close(promise: nil)
        }
        channel.writeAndFlush(KMIPExchange(request: request, response: promise)).whenFailure { error in
            promise.fail(error)
        }
        do {
            let response = try await promise.futureResult.get()
            timeout.cancel()
            return response
        } catch {
            timeout.cancel()
            if let failure = firstFailure.withLockedValue({ $0 }) { throw failure }
            throw (error as? TLSFailure) ?? .protocolError("\(error)")
        }
    }

    public func close() async {
        try? await channel.close()
    }

    // MARK: setup

    private static func timeAmount(_ seconds: Double) -> TimeAmount {
        .nanoseconds(Int64((max(0, min(seconds, 86_400)) * 1_000_000_000).rounded()))
    }

    static func makeContext(_ configuration: TLSClientConfiguration, verifyServer: Bool) throws(TLSFailure) -> NIOSSLContext {
        var tls = TLSConfiguration.makeClientConfiguration()
        // PyKMIP (and the vSphere KMS profile) speak TLS 1.2; pinning it also keeps the server's
        // Certificate message in cleartext for the chain capture.
        tls.minimumTLSVersion = .tlsv12
        tls.maximumTLSVersion = .tlsv12
        tls.certificateVerification = verifyServer ? .fullVerification : .none
        do {
            var roots: [NIOSSLCertificate] = []
            for pem in configuration.trustedCertificatesPEM {
                roots += try NIOSSLCertificate.fromPEMBytes(Array(pem.utf8))
            }
            tls.trustRoots = .certificates(roots)
        } catch {
            throw .invalidConfiguration("a trusted certificate is not valid PEM: \(error)")
        }
        if let chainPEM = configuration.clientCertificateChainPEM {
            do {
                let chain = try NIOSSLCertificate.fromPEMBytes(Array(chainPEM.utf8))
                guard !chain.isEmpty else { throw TLSFailure.invalidConfiguration("the client certificate PEM holds no certificate") }
                tls.certificateChain = chain.map { .certificate($0) }
            } catch let failure as TLSFailure {
                throw failure
            } catch {
                throw .invalidConfiguration("the client certificate is not valid PEM: \(error)")
            }
            guard let keyPEM = configuration.clientPrivateKeyPEM else {
                throw .invalidConfiguration("a client certificate needs its private key")
            }
            do {
                tls.privateKey = .privateKey(try NIOSSLPrivateKey(bytes: Array(keyPEM.utf8), format: .pem))
            } catch {
                throw .invalidConfiguration("the client private key is not valid PEM: \(error)")
            }
        }
        do {
            return try NIOSSLContext(configuration: tls)
        } catch {
            throw .invalidConfiguration("cannot build the TLS context: \(error)")
        }
    }

    private static func handshake(
        _ configuration: TLSClientConfiguration, context: NIOSSLContext, group: any EventLoopGroup
    ) async throws(TLSConnectionError) -> (any Channel, NIOLockedValueBox<TLSFailure?>, NIOLockedValueBox<[[UInt8]]>) {
        let endpoint = "\(configuration.host):\(configuration.port)"
        let classifier = TLSFailureClassifier(endpoint: endpoint, connectTimeout: configuration.connectTimeout)
        let firstFailure = NIOLockedValueBox<TLSFailure?>(nil)
        let chain = NIOLockedValueBox<[[UInt8]]>([])
        let eventLoop = group.next()
        let tunnel = eventLoop.makePromise(of: Void.self)
        let proxy = configuration.proxy

        let channel: any Channel
        do {
            let bootstrap = ClientBootstrap(group: eventLoop)
                .channelOption(.socketOption(.tcp_nodelay), value: 1)
                .connectTimeout(timeAmount(configuration.connectTimeout))
                .channelInitializer { channel in
                    guard proxy != nil else { return channel.eventLoop.makeSucceededVoidFuture() }
                    return channel.eventLoop.makeCompletedFuture {
                        try channel.pipeline.syncOperations.addHandler(
                            HTTPConnectHandler(host: configuration.host, port: configuration.port, established: tunnel))
                    }
                }
            channel = try await bootstrap.connect(host: proxy?.host ?? configuration.host, port: proxy?.port ?? configuration.port).get()
        } catch {
            tunnel.fail(classifier.classify(error))
            throw TLSConnectionError(failure: classifier.classify(error), presentedChain: [])
        }
        if proxy == nil { tunnel.succeed() }

        let limit = timeAmount(configuration.responseTimeout)
        let timeout = channel.eventLoop.scheduleTask(in: limit) {
            firstFailure.withLockedValue {
                if $0 == nil {
                    $0 = .noConnection(reason: "no TLS handshake with \(endpoint) within \(TLSFailureClassifier.seconds(configuration.responseTimeout))")
                }
            }
            tunnel.fail(TLSFailure.noConnection(reason: "no answer from \(endpoint)"))
            channel.close(promise: nil)
        }
        defer { timeout.cancel() }
        do {
            try await tunnel.futureResult.get()
            let serverHostname = configuration.serverHostname
            try await channel.eventLoop.submit {
                let operations = channel.pipeline.syncOperations
                if let connect = try? operations.handler(type: HTTPConnectHandler.self) {
                    operations.removeHandler(connect, promise: nil)
                }
                try operations.addHandlers([
                    ServerCertificateSniffer(captured: chain),
                    try NIOSSLClientHandler(context: context, serverHostname: serverHostname),
                    TTLVFramingHandler(firstFailure: firstFailure, classify: classifier.classify),
                ])
            }.get()
            // An empty write completes only once NIOSSL has finished the handshake and flushed it.
            try await channel.writeAndFlush(KMIPExchange(request: [], response: nil)).get()
        } catch {
            try? await channel.close()
            let failure = firstFailure.withLockedValue { $0 } ?? classifier.classify(error)
            throw TLSConnectionError(failure: failure, presentedChain: chain.withLockedValue { $0 })
        }
        return (channel, firstFailure, chain)
    }
}
