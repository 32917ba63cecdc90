import NIOConcurrencyHelpers
import NIOCore

/// Frames TTLV messages over the decrypted stream: reads 8 bytes, then the declared length, and hands each
/// complete response to the oldest waiting request (KMIP answers in order on one connection).
final class TTLVFramingHandler: ChannelDuplexHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundIn = KMIPExchange
    typealias OutboundOut = ByteBuffer

    /// Larger responses are treated as a protocol error rather than buffered without bound.
    static let maximumMessageSize = 16 * 1024 * 1024

    private var received: [UInt8] = []
    private var waiting: [EventLoopPromise<[UInt8]>] = []
    /// The first error the pipeline reported, classified; shared with the connection.
    private let firstFailure: NIOLockedValueBox<TLSFailure?>
    private let classify: @Sendable (any Error) -> TLSFailure

    init(firstFailure: NIOLockedValueBox<TLSFailure?>, classify: @escaping @Sendable (any Error) -> TLSFailure) {
        self.firstFailure = firstFailure
        self.classify = classify
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        let exchange = unwrapOutboundIn(data)
        if let response = exchange.response { waiting.append(response) }
        context.write(wrapOutboundOut(ByteBuffer(bytes: exchange.request)), promise: promise)
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        received += unwrapInboundIn(data).readableBytesView
        while let total = TTLVDecoder.messageLength(header: received) {
            guard total <= Self.maximumMessageSize else {
                fail(.protocolError("the server announced a \(total)-byte message"), context: context)
                return
            }
            guard received.count >= total else { return }
            let message = Array(received[0..<total])
            received.removeFirst(total)
            if !waiting.isEmpty { waiting.removeFirst().succeed(message) }
        }
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        fail(classify(error), context: context)
    }

    func channelInactive(context: ChannelHandlerContext) {
        let failure = firstFailure.withLockedValue { $0 } ?? .protocolError("the server closed the connection before a full response")
        failWaiting(failure)
        context.fireChannelInactive()
    }

    private func fail(_ failure: TLSFailure, context: ChannelHandlerContext) {
        firstFailure.withLockedValue { if $0 == nil { $0 = failure } }
        failWaiting(failure)
        context.close(promise: nil)
    }

    private func failWaiting(_ failure: TLSFailure) {
        let promises = waiting
        waiting = []
        for promise in promises { promise.fail(failure) }
    }
}
