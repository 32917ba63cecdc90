import NIOCore
import NIOPosix
import NIOSSL
import TrustAuthority

/// Reads the certificate chain an endpoint presents, trusting nothing and sending nothing: what
/// `Connect-VIServer` checks against its trusted CAs before it decides, as InvalidCertificateAction says,
/// whether to log in.
public enum ServerCertificateProbe {
    /// The presented chain, leaf first; `RemoteError` when no TLS handshake could be made.
    public static func presentedChain(host: String, port: Int, group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton,
                                      timeout: TimeAmount = .seconds(10)) throws(RemoteError) -> [CertificateInfo] {
        let address = "https://\(host.contains(":") ? "[\(host)]" : host):\(port)"
        let context: NIOSSLContext
        do {
            var configuration = TLSConfiguration.makeClientConfiguration()
            // Not .none: NIOSSL calls the verification callback (which records the chain) only when it verifies.
            configuration.certificateVerification = .noHostnameVerification
            context = try NIOSSLContext(configuration: configuration)
        } catch {
            throw RemoteError("TLS cannot be set up: \(error)")
        }
        let presented = group.next().makePromise(of: [CertificateInfo].self)
        let serverName = AlternativeNameProbe.isAddress(host) ? nil : host
        let bootstrap = ClientBootstrap(group: group)
            .connectTimeout(timeout)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    let tls = try NIOSSLClientHandler(context: context, serverHostname: serverName) { chain, verdict in
                        let certificates = chain.compactMap { certificate in
                            (try? certificate.toDERBytes()).flatMap { try? CertificateInfo(der: $0, source: "the certificate of \(address)") }
                        }
                        presented.succeed(certificates)
                        // The handshake is refused here: the chain is all the probe wanted.
                        verdict.succeed(NIOSSLVerificationResult.failed)
                    }
                    try channel.pipeline.syncOperations.addHandler(tls)
                }
            }
        do {
            let channel = try bootstrap.connect(host: host, port: port).wait()
            channel.closeFuture.whenComplete { _ in presented.fail(RemoteError("\(address) closed the connection before it presented a certificate.")) }
            // An endpoint that accepts the connection but never answers the handshake is not waited for forever.
            let limit = channel.eventLoop.scheduleTask(in: timeout) {
                presented.fail(RemoteError("\(address) did not present a certificate within \(timeout.nanoseconds / 1_000_000_000) s."))
                channel.close(promise: Optional<EventLoopPromise<Void>>.none)
            }
            presented.futureResult.whenComplete { _ in limit.cancel() }
            let chain = try presented.futureResult.wait()
            channel.close(promise: Optional<EventLoopPromise<Void>>.none)
            return chain
        } catch let error as RemoteError {
            throw error
        } catch {
            presented.fail(error)
            throw RemoteError("Cannot reach the lab at \(address): \(error)")
        }
    }
}
