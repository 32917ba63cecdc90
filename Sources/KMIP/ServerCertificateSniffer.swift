import NIOConcurrencyHelpers
import NIOCore

/// Watches the cleartext TLS 1.2 handshake records the server sends and keeps the certificate chain of its
/// Certificate message (DER, leaf first). It forwards every byte unchanged, so NIOSSL verifies as usual and
/// the chain is known even when that verification fails. TLS 1.3 encrypts this message; the client pins 1.2.
final class ServerCertificateSniffer: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer

    /// Stop looking after this many bytes; real chains are a few kilobytes.
    private static let limit = 256 * 1024

    private let captured: NIOLockedValueBox<[[UInt8]]>
    private var records: [UInt8] = []
    private var handshake: [UInt8] = []
    private var done = false

    init(captured: NIOLockedValueBox<[[UInt8]]>) {
        self.captured = captured
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if !done {
            let buffer = unwrapInboundIn(data)
            records += buffer.readableBytesView
            scan()
        }
        context.fireChannelRead(data)
    }

    private func scan() {
        while !done, records.count >= 5 {
            let type = records[0]
            let length = Int(records[3]) << 8 | Int(records[4])
            guard records.count >= 5 + length else { break }
            // Only handshake records (22) before ChangeCipherSpec are cleartext.
            guard type == 22 else {
                done = true
                break
            }
            handshake += records[5..<(5 + length)]
            records.removeFirst(5 + length)
            parseHandshake()
        }
        if records.count + handshake.count > Self.limit { done = true }
        if done {
            records = []
            handshake = []
        }
    }

    private func parseHandshake() {
        while !done, handshake.count >= 4 {
            let type = handshake[0]
            let length = Int(handshake[1]) << 16 | Int(handshake[2]) << 8 | Int(handshake[3])
            guard handshake.count >= 4 + length else { return }
            let body = Array(handshake[4..<(4 + length)])
            handshake.removeFirst(4 + length)
            switch type {
            case 11:
                captured.withLockedValue { $0 = Self.certificates(in: body) }
                done = true
            case 14:
                // ServerHelloDone without a Certificate (anonymous suites): nothing to capture.
                done = true
            default:
                continue
            }
        }
    }

    /// Splits a Certificate message body: a 3-byte list length, then 3-byte-length-prefixed DER certificates.
    static func certificates(in body: [UInt8]) -> [[UInt8]] {
        guard body.count >= 3 else { return [] }
        let listLength = Int(body[0]) << 16 | Int(body[1]) << 8 | Int(body[2])
        var cursor = 3
        let end = min(body.count, 3 + listLength)
        var chain: [[UInt8]] = []
        while cursor + 3 <= end {
            let length = Int(body[cursor]) << 16 | Int(body[cursor + 1]) << 8 | Int(body[cursor + 2])
            cursor += 3
            guard cursor + length <= end else { break }
            chain.append(Array(body[cursor..<(cursor + length)]))
            cursor += length
        }
        return chain
    }
}
