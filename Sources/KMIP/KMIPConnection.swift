import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import NIOSSL

/// One mutual-TLS 1.2 connection to a KMIP server, after a completed handshake. Several requests may be
/// sent over it in turn (vCenter sends DiscoverVersions then GetAttributes on one connection).
///
/// The server is verified inside the handshake by `ServerCertificateCheck` (a pinned leaf, or a chain to a
/// trusted certificate that names the server). The server's chain is read from the cleartext TLS 1.2
/// Certificate message as it passes, so it is known even when verification fails.
///
/// Every operation exists twice: `async` for async callers, and `…Waiting` for synchronous ones, which
/// block the calling thread on NIO's event loop (never on Swift concurrency's pool). Do not call the
/// waiting ones on an event loop thread.
public final class KMIPConnection: KMIPTransport, KMIPBlockingTransport, Sendable {
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
        do {
            return try await establish(configuration, group: group).get()
        } catch {
            throw connectionError(error)
        }
    }

    /// `open`, waiting on the calling thread.
    public static func openWaiting(
        _ configuration: TLSClientConfiguration,
        group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton
    ) throws(TLSConnectionError) -> KMIPConnection {
        do {
            return try establish(configuration, group: group).wait()
        } catch {
            throw connectionError(error)
        }
    }

    /// Fetches the chain the server presents, and sends nothing of the client's (for
    /// Get-TrustAuthorityKeyProviderServerCertificate, which runs before the server is trusted): the
    /// handshake carries no client certificate and trusts no server, so it ends with our refusal right after
    /// the server's Certificate message, which the sniffer has read by then. No request is sent.
    public static func fetchPresentedChain(
        _ configuration: TLSClientConfiguration,
        group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton
    ) async throws(TLSConnectionError) -> [[UInt8]] {
        do {
            return try await fetchChain(configuration, group: group).get()
        } catch {
            throw connectionError(error)
        }
    }

    /// `fetchPresentedChain`, waiting on the calling thread.
    public static func fetchPresentedChainWaiting(
        _ configuration: TLSClientConfiguration,
        group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton
    ) throws(TLSConnectionError) -> [[UInt8]] {
        do {
            return try fetchChain(configuration, group: group).wait()
        } catch {
            throw connectionError(error)
        }
    }

    public func roundTrip(_ request: [UInt8]) async throws(TLSFailure) -> [UInt8] {
        do {
            return try await send(request).get()
        } catch {
            throw failure(error)
        }
    }

    public func exchange(_ request: [UInt8]) throws(TLSFailure) -> [UInt8] {
        do {
            return try send(request).wait()
        } catch {
            throw failure(error)
        }
    }

    /// Closes the connection and waits until it is closed.
    public func close() async {
        try? await channel.close()
    }

    /// Starts closing the connection and returns at once: the TLS close_notify exchange finishes on the
    /// event loop, and the caller has nothing more to learn from it.
    public func closeWithoutWaiting() {
        channel.close(promise: nil)
    }

    // MARK: requests

    private func send(_ request: [UInt8]) -> EventLoopFuture<[UInt8]> {
        let promise = channel.eventLoop.makePromise(of: [UInt8].self)
        let timeout = channel.eventLoop.scheduleTask(in: responseTimeout) { [channel, responseTimeout] in
            promise.fail(TLSFailure.protocolError("no response within \(responseTimeout.nanoseconds / 1_000_000_000) s"))
            channel.close(promise: nil)
        }
        channel.writeAndFlush(KMIPExchange(request: request, response: promise)).whenFailure { error in
            promise.fail(error)
        }
        promise.futureResult.whenComplete { _ in timeout.cancel() }
        return promise.futureResult
    }

    private func failure(_ error: any Error) -> TLSFailure {
        if let failure = firstFailure.withLockedValue({ $0 }) { return failure }
        return (error as? TLSFailure) ?? .protocolError("\(error)")
    }

    private static func connectionError(_ error: any Error) -> TLSConnectionError {
        (error as? TLSConnectionError) ?? TLSConnectionError(failure: .protocolError("\(error)"), presentedChain: [])
    }

    // MARK: setup

    private static func timeAmount(_ seconds: Double) -> TimeAmount {
        .nanoseconds(Int64((max(0, min(seconds, 86_400)) * 1_000_000_000).rounded()))
    }

    private static func fetchChain(_ configuration: TLSClientConfiguration, group: any EventLoopGroup) -> EventLoopFuture<[[UInt8]]> {
        var probe = configuration
        probe.clientCertificateChainPEM = nil
        probe.clientPrivateKeyPEM = nil
        probe.trustedCertificatesPEM = []
        return establish(probe, group: group)
            .map { connection in
                connection.closeWithoutWaiting()
                return connection.presentedChain
            }
            .flatMapErrorThrowing { error in
                guard let failed = error as? TLSConnectionError, !failed.presentedChain.isEmpty else { throw error }
                return failed.presentedChain
            }
    }

    /// Connects (through the proxy when one is set), adds TLS and TTLV framing, and completes once the
    /// handshake is done. Fails with a `TLSConnectionError`.
    private static func establish(_ configuration: TLSClientConfiguration, group: any EventLoopGroup) -> EventLoopFuture<KMIPConnection> {
        let eventLoop = group.next()
        let prepared: PreparedTLSContext
        do {
            prepared = try PreparedTLSContext.prepared(for: configuration)
        } catch {
            return eventLoop.makeFailedFuture(TLSConnectionError(failure: error, presentedChain: []))
        }
        let endpoint = "\(configuration.host):\(configuration.port)"
        let classifier = TLSFailureClassifier(endpoint: endpoint, connectTimeout: configuration.connectTimeout)
        let firstFailure = NIOLockedValueBox<TLSFailure?>(nil)
        let chain = NIOLockedValueBox<[[UInt8]]>([])
        let tunnel = eventLoop.makePromise(of: Void.self)
        let proxy = configuration.proxy

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
        let host = proxy?.host ?? configuration.host
        let port = proxy?.port ?? configuration.port
        // An IP address needs no resolver (and no Happy Eyeballs); names go through NIO's.
        let connected: EventLoopFuture<any Channel>
        if let address = try? SocketAddress(ipAddress: bare(host), port: port) {
            connected = bootstrap.connect(to: address)
        } else {
            connected = bootstrap.connect(host: host, port: port)
        }
        return connected.flatMapError { error in
            let failure = classifier.classify(error)
            tunnel.fail(failure)
            return eventLoop.makeFailedFuture(TLSConnectionError(failure: failure, presentedChain: []))
        }.flatMap { channel in
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
            return tunnel.futureResult.flatMapThrowing {
                let operations = channel.pipeline.syncOperations
                if let connect = try? operations.handler(type: HTTPConnectHandler.self) {
                    operations.removeHandler(connect, promise: nil)
                }
                let tls = try tlsHandler(
                    configuration, prepared: prepared, channel: channel, endpoint: endpoint, firstFailure: firstFailure)
                try operations.addHandlers([
                    ServerCertificateSniffer(captured: chain),
                    tls,
                    TTLVFramingHandler(firstFailure: firstFailure, classify: classifier.classify),
                ])
            }.flatMap {
                // An empty write completes only once NIOSSL has finished the handshake and flushed it.
                channel.writeAndFlush(KMIPExchange(request: [], response: nil))
            }.map {
                timeout.cancel()
                return KMIPConnection(
                    channel: channel, responseTimeout: limit, firstFailure: firstFailure,
                    presentedChain: chain.withLockedValue { $0 })
            }.flatMapError { error in
                timeout.cancel()
                channel.close(promise: nil)
                let failure = firstFailure.withLockedValue { $0 } ?? classifier.classify(error)
                return channel.eventLoop.makeFailedFuture(
                    TLSConnectionError(failure: failure, presentedChain: chain.withLockedValue { $0 }))
            }
        }
    }

    /// NIOSSL's client handler, with `ServerCertificateCheck` as its verifier. BoringSSL runs it when the
    /// server's Certificate message has been read, before the client sends its own certificate (TLS 1.2:
    /// `state_verify_server_certificate` precedes `state_send_client_certificate` in handshake_client.cc),
    /// and a refusal aborts the handshake there: an untrusted server never sees the client certificate.
    private static func tlsHandler(
        _ configuration: TLSClientConfiguration, prepared: PreparedTLSContext, channel: any Channel, endpoint: String,
        firstFailure: NIOLockedValueBox<TLSFailure?>
    ) throws -> NIOSSLClientHandler {
        let check = prepared.check
        let identity = identity(configuration, channel: channel)
        let eventLoop = channel.eventLoop
        return try NIOSSLClientHandler(
            context: prepared.context, serverHostname: configuration.serverHostname,
            customVerificationCallback: { presented, promise in
                check.verify(presented, identity: identity, endpoint: endpoint, on: eventLoop, promise: promise) { refusal in
                    firstFailure.withLockedValue { if $0 == nil { $0 = refusal } }
                }
            })
    }

    /// An IPv6 address without the brackets of a URL authority.
    private static func bare(_ host: String) -> String {
        host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
    }

    /// The names the server's leaf must carry: the configured host (an address or a name) or the explicit
    /// server name, and, without a proxy, the address actually connected to.
    private static func identity(_ configuration: TLSClientConfiguration, channel: any Channel) -> ServerCertificateCheck.Identity {
        let host = bare(configuration.host)
        let hostIsAddress = (try? SocketAddress(ipAddress: host, port: 0)) != nil
        let connected = configuration.proxy == nil ? channel.remoteAddress?.ipAddress : nil
        return ServerCertificateCheck.Identity(
            hostname: configuration.serverHostname ?? (hostIsAddress ? nil : configuration.host),
            address: hostIsAddress ? host : connected)
    }
}
