import NIOCore

/// Opens a tunnel through an HTTP proxy: sends CONNECT host:port and waits for a 2xx status line.
final class HTTPConnectHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer

    private let target: String
    private let established: EventLoopPromise<Void>
    private var received: [UInt8] = []

    init(host: String, port: Int, established: EventLoopPromise<Void>) {
        // IPv6 literals need brackets in an authority.
        self.target = host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
        self.established = established
    }

    func channelActive(context: ChannelHandlerContext) {
        sendConnect(context: context)
        context.fireChannelActive()
    }

    func handlerAdded(context: ChannelHandlerContext) {
        if context.channel.isActive { sendConnect(context: context) }
    }

    private var sent = false

    private func sendConnect(context: ChannelHandlerContext) {
        guard !sent else { return }
        sent = true
        let request = "CONNECT \(target) HTTP/1.1\r\nHost: \(target)\r\n\r\n"
        context.writeAndFlush(NIOAny(ByteBuffer(string: request)), promise: nil)
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        received += unwrapInboundIn(data).readableBytesView
        guard received.count <= 16 * 1024 else {
            established.fail(TLSFailure.noConnection(reason: "the proxy sent an oversized reply"))
            return
        }
        let terminator: [UInt8] = [13, 10, 13, 10]
        guard let end = received.indices.first(where: { received[$0...].starts(with: terminator) }) else { return }
        let head = String(decoding: received[0..<end], as: UTF8.self)
        let statusLine = head.split(separator: "\r\n").first.map(String.init) ?? ""
        let parts = statusLine.split(separator: " ")
        if parts.count >= 2, parts[0].hasPrefix("HTTP/1."), parts[1].hasPrefix("2") {
            established.succeed()
        } else {
            established.fail(TLSFailure.noConnection(reason: "the proxy refused CONNECT \(target): \(statusLine)"))
        }
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        established.fail(TLSFailure.noConnection(reason: "proxy connection failed: \(error)"))
        context.close(promise: nil)
    }

    func channelInactive(context: ChannelHandlerContext) {
        established.fail(TLSFailure.noConnection(reason: "the proxy closed the connection"))
        context.fireChannelInactive()
    }
}
