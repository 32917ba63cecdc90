import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import NIOSSL

/// A TLS 1.2 server on 127.0.0.1 (a free port) that asks every client for a certificate, accepts any or
/// none, and records the leaf each client presented. It speaks no KMIP: it is there to see what a client
/// sends during the handshake.
final class RecordingTLSServer: Sendable {
    let port: Int
    private let channel: any Channel
    private let presented: NIOLockedValueBox<[[UInt8]]>
    private let connections: NIOLockedValueBox<[EventLoopFuture<Void>]>

    struct StartError: Error, CustomStringConvertible {
        var description: String
    }

    init(certificatePEM: String, keyPEM: String) throws {
        var tls = TLSConfiguration.makeServerConfiguration(
            certificateChain: try NIOSSLCertificate.fromPEMBytes(Array(certificatePEM.utf8)).map { .certificate($0) },
            privateKey: .privateKey(try NIOSSLPrivateKey(bytes: Array(keyPEM.utf8), format: .pem)))
        tls.minimumTLSVersion = .tlsv12
        tls.maximumTLSVersion = .tlsv12
        // Sends a CertificateRequest; a client may answer with a certificate or without one.
        tls.certificateVerification = .optionalVerification
        let context = try NIOSSLContext(configuration: tls)
        let presented = NIOLockedValueBox<[[UInt8]]>([])
        let connections = NIOLockedValueBox<[EventLoopFuture<Void>]>([])
        let bootstrap = ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { child in
                connections.withLockedValue { $0.append(child.closeFuture) }
                // Called only when the client sent a certificate.
                let handler = NIOSSLServerHandler(context: context, customVerificationCallback: { certificates, promise in
                    let leaf = (try? certificates.first?.toDERBytes()) ?? []
                    presented.withLockedValue { $0.append(leaf) }
                    promise.succeed(.certificateVerified)
                })
                return child.eventLoop.makeCompletedFuture { try child.pipeline.syncOperations.addHandler(handler) }
            }
        channel = try bootstrap.bind(host: "127.0.0.1", port: 0).wait()
        guard let port = channel.localAddress?.port else { throw StartError(description: "the server has no port") }
        self.port = port
        self.presented = presented
        self.connections = connections
    }

    /// Waits until every connection accepted so far has closed (the client hung up or the handshake
    /// failed), so that everything the clients sent has been read.
    func settle() throws {
        for connection in connections.withLockedValue({ $0 }) { try connection.wait() }
    }

    /// How many connections were accepted.
    var acceptedConnections: Int { connections.withLockedValue { $0.count } }

    /// The client certificates (leaf, DER) presented so far, one per handshake that carried one.
    var presentedClientCertificates: [[UInt8]] { presented.withLockedValue { $0 } }

    func stop() {
        try? channel.close().wait()
    }
}
