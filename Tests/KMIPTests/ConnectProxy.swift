import NIOCore
import NIOPosix

/// A minimal HTTP CONNECT proxy on 127.0.0.1 for the proxy tests. It tunnels only to 127.0.0.1 and answers
/// 403 to everything else, or to everything when `refuseAll` is set.
final class ConnectProxy: Sendable {
    let channel: any Channel
    var port: Int { channel.localAddress?.port ?? 0 }

    private init(channel: any Channel) {
        self.channel = channel
    }

    static func start(refuseAll: Bool = false) async throws -> ConnectProxy {
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .childChannelInitializer { child in
                child.eventLoop.makeCompletedFuture {
                    try child.pipeline.syncOperations.addHandler(ConnectRequestHandler(refuseAll: refuseAll), name: "connect")
                }
            }
            .bind(host: "127.0.0.1", port: 0).get()
        return ConnectProxy(channel: channel)
    }

    func stop() async {
        try? await channel.close()
    }
}

/// Reads the CONNECT request, dials the target, then splices the two connections.
private final class ConnectRequestHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer

    private let refuseAll: Bool
    private var received: [UInt8] = []
    private var connecting = false

    init(refuseAll: Bool) {
        self.refuseAll = refuseAll
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard !connecting else { return }
        received += unwrapInboundIn(data).readableBytesView
        let text = String(decoding: received, as: UTF8.self)
        guard text.contains("\r\n\r\n") else { return }
        connecting = true
        let target = text.split(separator: " ").dropFirst().first.map(String.init) ?? ""
        let parts = target.split(separator: ":")
        guard !refuseAll, parts.count == 2, parts[0] == "127.0.0.1", let port = Int(parts[1]) else {
            context.writeAndFlush(NIOAny(ByteBuffer(string: "HTTP/1.1 403 Forbidden\r\n\r\n")), promise: nil)
            context.close(promise: nil)
            return
        }
        let client = context.channel
        let loop = context.eventLoop
        ClientBootstrap(group: loop).connect(host: "127.0.0.1", port: port).whenComplete { result in
            switch result {
            case .success(let upstream):
                // Both channels live on `loop`, where this callback runs.
                do {
                    try upstream.pipeline.syncOperations.addHandler(SpliceHandler(partner: client))
                    try client.pipeline.syncOperations.addHandler(SpliceHandler(partner: upstream))
                    client.pipeline.syncOperations.removeHandler(name: "connect", promise: nil)
                    client.writeAndFlush(ByteBuffer(string: "HTTP/1.1 200 Connection established\r\n\r\n"), promise: nil)
                } catch {
                    client.close(promise: nil)
                    upstream.close(promise: nil)
                }
            case .failure:
                client.writeAndFlush(ByteBuffer(string: "HTTP/1.1 502 Bad Gateway\r\n\r\n"), promise: nil)
                client.close(promise: nil)
            }
        }
    }

    func handlerAdded(context: ChannelHandlerContext) {}
}

/// Copies everything read on one connection to its partner, and closes the partner when this one closes.
private final class SpliceHandler: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer

    private let partner: any Channel

    init(partner: any Channel) {
        self.partner = partner
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        partner.writeAndFlush(unwrapInboundIn(data), promise: nil)
    }

    func channelInactive(context: ChannelHandlerContext) {
        partner.close(promise: nil)
        context.fireChannelInactive()
    }
}
