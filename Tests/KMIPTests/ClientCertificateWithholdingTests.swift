import Foundation
import Testing
import TestSupport
@testable import KMIP

/// The client certificate (and the key that signs for it) goes only to a server the client trusts. In TLS
/// 1.2 the client reads and verifies the server's Certificate before it sends its own (BoringSSL's
/// handshake_client.cc: state_verify_server_certificate, where NIOSSL's custom verification callback runs,
/// comes before state_send_client_certificate); refusing the server there ends the handshake. A loopback
/// server that asks for a client certificate records what each client presented.
@Suite(.serialized) struct ClientCertificateWithholdingTests {
    /// Self-signed certificates made with openssl: the server's (IP SAN 127.0.0.1), the client's, and an
    /// unrelated one to trust instead of the server's.
    struct PKI {
        var serverCertificate: String
        var serverKey: String
        var clientCertificate: String
        var clientKey: String
        var unrelatedCertificate: String

        static func make() throws -> PKI {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vtash-withhold-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            func make(_ name: String, _ subject: String, _ extensions: [String]) throws -> (String, String) {
                let certificate = folder.appendingPathComponent("\(name).crt").path
                let key = folder.appendingPathComponent("\(name).key").path
                let made = try ExternalTool("openssl").run(["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                                                            "-days", "30", "-subj", subject, "-keyout", key, "-out", certificate]
                                                           + extensions.flatMap { ["-addext", $0] })
                guard made.status == 0 else { throw RecordingTLSServer.StartError(description: "openssl failed for \(name): \(made.errors)") }
                return (try String(contentsOfFile: certificate, encoding: .utf8), try String(contentsOfFile: key, encoding: .utf8))
            }
            let server = try make("server", "/CN=127.0.0.1", ["subjectAltName=IP:127.0.0.1", "extendedKeyUsage=serverAuth"])
            let client = try make("client", "/CN=vtash-test-client", ["extendedKeyUsage=clientAuth"])
            let unrelated = try make("unrelated", "/CN=some other server", ["subjectAltName=IP:127.0.0.1"])
            return PKI(serverCertificate: server.0, serverKey: server.1, clientCertificate: client.0, clientKey: client.1,
                       unrelatedCertificate: unrelated.0)
        }
    }

    private static func der(_ pem: String) -> [UInt8] {
        let body = pem.split(separator: "\n").filter { !$0.hasPrefix("-----") }.joined()
        return Data(base64Encoded: body).map { Array($0) } ?? []
    }

    private func configuration(_ pki: PKI, port: Int, trusting trusted: [String]) -> TLSClientConfiguration {
        TLSClientConfiguration(host: "127.0.0.1", port: port, clientCertificateChainPEM: pki.clientCertificate,
                               clientPrivateKeyPEM: pki.clientKey, trustedCertificatesPEM: trusted, connectTimeout: 5, responseTimeout: 10)
    }

    /// The control: the recorder sees a certificate when the client does send one.
    @Test func aTrustedServerReceivesTheClientCertificate() throws {
        let pki = try PKI.make()
        let server = try RecordingTLSServer(certificatePEM: pki.serverCertificate, keyPEM: pki.serverKey)
        defer { server.stop() }
        let connection = try KMIPConnection.openWaiting(configuration(pki, port: server.port, trusting: [pki.serverCertificate]))
        connection.closeWithoutWaiting()
        try server.settle()
        #expect(server.presentedClientCertificates == [Self.der(pki.clientCertificate)])
    }

    @Test func anUntrustedServerNeverReceivesTheClientCertificate() throws {
        let pki = try PKI.make()
        let server = try RecordingTLSServer(certificatePEM: pki.serverCertificate, keyPEM: pki.serverKey)
        defer { server.stop() }
        do {
            let connection = try KMIPConnection.openWaiting(configuration(pki, port: server.port, trusting: [pki.unrelatedCertificate]))
            connection.closeWithoutWaiting()
            Issue.record("the handshake with an untrusted server completed")
        } catch {
            guard case .clientDistrustsServer = error.failure else {
                Issue.record("expected the client to refuse the server, got \(error.failure)")
                return
            }
            // The refusal came after the server's Certificate message: its chain is known.
            #expect(error.presentedChain == [Self.der(pki.serverCertificate)])
        }
        try server.settle()
        #expect(server.acceptedConnections == 1)
        #expect(server.presentedClientCertificates.isEmpty, "the untrusted server received the client certificate")
    }

    @Test func aClientThatTrustsNothingSendsNoCertificate() throws {
        let pki = try PKI.make()
        let server = try RecordingTLSServer(certificatePEM: pki.serverCertificate, keyPEM: pki.serverKey)
        defer { server.stop() }
        do {
            let connection = try KMIPConnection.openWaiting(configuration(pki, port: server.port, trusting: []))
            connection.closeWithoutWaiting()
            Issue.record("the handshake completed although the client trusts nothing")
        } catch {
            #expect(error.failure == .clientDistrustsServer(reason: "the client trusts no certificate, so not the one of 127.0.0.1:\(server.port)"))
        }
        try server.settle()
        #expect(server.acceptedConnections == 1)
        #expect(server.presentedClientCertificates.isEmpty)
    }

    /// Get-TrustAuthorityKeyProviderServerCertificate reads the chain of a server not trusted yet: the
    /// client's certificate is not part of that handshake even when the configuration holds one.
    @Test func fetchingThePresentedChainSendsNoClientCertificate() throws {
        let pki = try PKI.make()
        let server = try RecordingTLSServer(certificatePEM: pki.serverCertificate, keyPEM: pki.serverKey)
        defer { server.stop() }
        let chain = try KMIPConnection.fetchPresentedChainWaiting(configuration(pki, port: server.port, trusting: [pki.serverCertificate]))
        #expect(chain == [Self.der(pki.serverCertificate)])
        try server.settle()
        #expect(server.acceptedConnections == 1)
        #expect(server.presentedClientCertificates.isEmpty, "the chain fetch sent the client certificate")
    }
}
