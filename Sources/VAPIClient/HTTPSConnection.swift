import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1
import NIOPosix
import NIOSSL
import TrustAuthority

/// One keep-alive HTTPS connection to the endpoint, one request at a time (callers take turns).
final class HTTPSConnection: Sendable {
    private let channel: any Channel
    private let replies: ReplyHandler
    let host: String

    private init(channel: any Channel, replies: ReplyHandler, host: String) {
        self.channel = channel
        self.replies = replies
        self.host = host
    }

    static func connect(host: String, port: Int, trust: ServerTrust, group: any EventLoopGroup, timeout: TimeAmount = .seconds(10)) -> EventLoopFuture<HTTPSConnection> {
        let context: NIOSSLContext
        var pinnedLeaf: [UInt8]?
        do {
            var configuration = TLSConfiguration.makeClientConfiguration()
            switch trust {
            case .authorities(let certificates):
                configuration.trustRoots = .certificates(try certificates.map { try NIOSSLCertificate(bytes: $0.rawData, format: .der) })
            case .pinned(let certificate):
                // Not .none: NIOSSL calls the verification callback (which compares the leaf) only when it verifies.
                configuration.certificateVerification = .noHostnameVerification
                pinnedLeaf = certificate.rawData
            case .unverified:
                configuration.certificateVerification = .none
            }
            context = try NIOSSLContext(configuration: configuration)
        } catch {
            return group.next().makeFailedFuture(RemoteError("TLS cannot be set up: \(error)"))
        }
        let pinned = pinnedLeaf
        let replies = ReplyHandler()
        let serverName = (AlternativeNameProbe.isAddress(host) ? nil : host)
        let bootstrap = ClientBootstrap(group: group)
            .connectTimeout(timeout)
            .channelOption(ChannelOptions.socketOption(.tcp_nodelay), value: 1)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    let tls: NIOSSLClientHandler
                    if let pinned {
                        tls = try NIOSSLClientHandler(context: context, serverHostname: serverName) { chain, promise in
                            let leaf = chain.first.flatMap { try? $0.toDERBytes() }
                            promise.succeed(leaf == pinned ? .certificateVerified : .failed)
                        }
                    } else {
                        tls = try NIOSSLClientHandler(context: context, serverHostname: serverName)
                    }
                    try channel.pipeline.syncOperations.addHandler(tls)
                    try channel.pipeline.syncOperations.addHTTPClientHandlers()
                    try channel.pipeline.syncOperations.addHandler(replies)
                }
            }
        return bootstrap.connect(host: host, port: port).map { HTTPSConnection(channel: $0, replies: replies, host: host) }
    }

    func send(method: HTTPMethod, path: String, headers: [(String, String)], body: [UInt8]) -> EventLoopFuture<HTTPReply> {
        let promise = channel.eventLoop.makePromise(of: HTTPReply.self)
        var head = HTTPRequestHead(version: .http1_1, method: method, uri: path)
        head.headers.add(name: "Host", value: host)
        head.headers.add(name: "Content-Length", value: String(body.count))
        for (name, value) in headers { head.headers.add(name: name, value: value) }
        let request = head
        let channel = self.channel
        let replies = self.replies
        channel.eventLoop.execute {
            replies.expect(promise)
            channel.write(HTTPClientRequestPart.head(request), promise: nil)
            if !body.isEmpty { channel.write(HTTPClientRequestPart.body(.byteBuffer(ByteBuffer(bytes: body))), promise: nil) }
            channel.writeAndFlush(HTTPClientRequestPart.end(nil)).whenFailure { error in replies.fail(error) }
        }
        return promise.futureResult
    }

    var isActive: Bool { channel.isActive }

    func close() {
        channel.close(promise: nil)
    }
}

/// Collects response parts into replies, answering the requests in the order they were sent.
private final class ReplyHandler: ChannelInboundHandler, @unchecked Sendable {
    typealias InboundIn = HTTPClientResponsePart

    // Touched only on the channel's event loop.
    private var waiting: [EventLoopPromise<HTTPReply>] = []
    private var head: HTTPResponseHead?
    private var body: [UInt8] = []
    /// Why the connection ended (a TLS handshake refused, say), told to requests that come after.
    private var ended: RemoteError?

    func expect(_ promise: EventLoopPromise<HTTPReply>) {
        if let ended {
            promise.fail(ended)
            return
        }
        waiting.append(promise)
    }

    func fail(_ error: any Error) {
        let reason = ended ?? (error as? RemoteError) ?? RemoteError("The connection failed: \(error)")
        let failed = waiting
        waiting = []
        for promise in failed { promise.fail(reason) }
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let received):
            head = received
            body = []
        case .body(var buffer):
            body += buffer.readBytes(length: buffer.readableBytes) ?? []
        case .end:
            guard let head, !waiting.isEmpty else { return }
            let promise = waiting.removeFirst()
            promise.succeed(HTTPReply(status: Int(head.status.code), headers: head.headers.map { ($0.name, $0.value) }, body: body))
            self.head = nil
            body = []
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        if ended == nil { ended = RemoteError("The endpoint closed the connection.") }
        fail(RemoteError("The endpoint closed the connection."))
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        if ended == nil { ended = RemoteError("The connection failed: \(error)") }
        fail(RemoteError("The connection failed: \(error)"))
        context.close(promise: nil)
    }
}

/// Whether a host is an IP address (no SNI for those).
enum AlternativeNameProbe {
    static func isAddress(_ host: String) -> Bool {
        var v4 = in_addr()
        var v6 = in6_addr()
        return inet_pton(AF_INET, host, &v4) == 1 || inet_pton(AF_INET6, host, &v6) == 1
    }
}
