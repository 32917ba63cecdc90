import Foundation
import NIOPosix
import Testing
import TestSupport
@testable import KMIP

/// The TLS transport and client against a real PyKMIP server on 127.0.0.1 (started by Scripts/kmip-test-server
/// from the pinned PyKMIP in .venv). Never skipped: without PyKMIP every test fails and says why.
@Suite(.serialized, .livePyKMIPServer)
struct TLSTransportLiveTests {
    private func server() throws -> PyKMIPServer {
        try #require(LivePyKMIPServerTrait.current, "no live server in scope")
    }

    private func configuration(
        clientCertificate: String = "client_cert", clientKey: String = "client_key", trust: String = "ca"
    ) throws -> TLSClientConfiguration {
        let server = try server()
        return TLSClientConfiguration(
            host: "127.0.0.1", port: server.port,
            clientCertificateChainPEM: try server.pem(clientCertificate), clientPrivateKeyPEM: try server.pem(clientKey),
            trustedCertificatesPEM: [try server.pem(trust)], connectTimeout: 5, responseTimeout: 15
        )
    }

    private static func der(fromPEM pem: String) -> [UInt8] {
        let body = pem.split(separator: "\n").filter { !$0.hasPrefix("-----") }.joined()
        return Data(base64Encoded: body).map { Array($0) } ?? []
    }

    @Test func discoverVersionsOverMutualTLSIncludesOnePointOne() async throws {
        let connection = try await KMIPConnection.open(try configuration())
        let versions = try await KMIPClient(transport: connection).discoverVersions()
        await connection.close()
        #expect(versions == [.v2_0, .v1_4, .v1_3, .v1_2, .v1_1, .v1_0])
        #expect(connection.presentedChain.count == 2)
        #expect(connection.presentedChain.first == Self.der(fromPEM: try server().pem("server_cert")))
    }

    @Test func createGetAttributesAndActivateOnTheRealServer() async throws {
        let client = KMIPClient(transport: TLSTransport(configuration: try configuration()))
        let identifier = try await client.createSymmetricKey()
        #expect(Int(identifier) != nil)
        #expect(try await client.getAttributes(uniqueIdentifier: identifier, names: [AttributeName.state]).state == .preActive)
        #expect(try await client.activate(uniqueIdentifier: identifier) == identifier)
        let attributes = try await client.getAttributes(uniqueIdentifier: identifier, names: [AttributeName.state])
        #expect(attributes.state == .active)
        let key = try await client.get(uniqueIdentifier: identifier)
        #expect(key.object.keyBlock?.keyMaterial.count == 32)
    }

    @Test func aHealthCheckRunsTwoOperationsOnOneConnection() async throws {
        let identifier = try server().createKey(named: "health-check-key")
        let connection = try await KMIPConnection.open(try configuration())
        let client = KMIPClient(transport: connection)
        #expect(try await client.discoverVersions([.v1_1]) == [.v1_1])
        let attributes = try await client.getAttributes(uniqueIdentifier: identifier, names: [AttributeName.state])
        await connection.close()
        #expect(attributes.state == .preActive)
    }

    @Test func aMissingKeyIsItemNotFound() async throws {
        let client = KMIPClient(transport: TLSTransport(configuration: try configuration()))
        let error = await #expect(throws: KMIPError.self) {
            try await client.getAttributes(uniqueIdentifier: "999999", names: [AttributeName.state])
        }
        #expect(error == .operationFailed(
            operation: .getAttributes, status: .operationFailed, reason: .itemNotFound, message: "Could not locate object: 999999"))
    }

    @Test func aClientCertificateFromAnotherCAIsRejectedByTheServer() async throws {
        let untrusted = try configuration(clientCertificate: "untrusted_client_cert", clientKey: "untrusted_client_key")
        let error = await #expect(throws: TLSConnectionError.self) { try await KMIPConnection.open(untrusted) }
        guard case .serverRejectedClient(let alert) = error?.failure else {
            Issue.record("expected serverRejectedClient, got \(String(describing: error))")
            return
        }
        #expect(alert.contains("UNKNOWN_CA"))
        #expect(error?.presentedChain.count == 2)
    }

    @Test func aWrongTrustRootMeansTheClientDistrustsTheServerAndKeepsItsChain() async throws {
        let distrusting = try configuration(trust: "untrusted_ca")
        let error = await #expect(throws: TLSConnectionError.self) { try await KMIPConnection.open(distrusting) }
        guard case .clientDistrustsServer = error?.failure else {
            Issue.record("expected clientDistrustsServer, got \(String(describing: error))")
            return
        }
        #expect(error?.presentedChain.count == 2)
        #expect(error?.presentedChain.first == Self.der(fromPEM: try server().pem("server_cert")))
        #expect(error?.presentedChain.last == Self.der(fromPEM: try server().pem("ca")))
    }

    @Test func theServerChainCanBeFetchedWithoutTrustingIt() async throws {
        let chain = try await KMIPConnection.fetchPresentedChain(try configuration(trust: "untrusted_ca"))
        #expect(chain.count == 2)
        #expect(chain.first == Self.der(fromPEM: try server().pem("server_cert")))
    }

    @Test func aServerThatIsDownIsNoConnection() async throws {
        var down = try configuration()
        down.port = try Self.unusedPort()
        let error = await #expect(throws: TLSConnectionError.self) { try await KMIPConnection.open(down) }
        guard case .noConnection = error?.failure else {
            Issue.record("expected noConnection, got \(String(describing: error))")
            return
        }
        #expect(error?.presentedChain.isEmpty == true)
    }

    @Test func anUnusablePrivateKeyIsAnInvalidConfiguration() async throws {
        var broken = try configuration()
        broken.clientPrivateKeyPEM = "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n"
        let error = await #expect(throws: TLSConnectionError.self) { try await KMIPConnection.open(broken) }
        guard case .invalidConfiguration = error?.failure else {
            Issue.record("expected invalidConfiguration, got \(String(describing: error))")
            return
        }
    }

    @Test func aConnectProxyTunnelsTheConnection() async throws {
        let proxy = try await ConnectProxy.start()
        var proxied = try configuration()
        proxied.proxy = HTTPProxy(host: "127.0.0.1", port: proxy.port)
        let versions = try await KMIPClient(transport: TLSTransport(configuration: proxied)).discoverVersions([.v1_1])
        await proxy.stop()
        #expect(versions == [.v1_1])
    }

    @Test func aProxyThatRefusesIsNoConnection() async throws {
        let proxy = try await ConnectProxy.start(refuseAll: true)
        var proxied = try configuration()
        proxied.proxy = HTTPProxy(host: "127.0.0.1", port: proxy.port)
        let error = await #expect(throws: TLSConnectionError.self) { try await KMIPConnection.open(proxied) }
        await proxy.stop()
        #expect(error?.failure == .noConnection(reason: "the proxy refused CONNECT 127.0.0.1:\(proxied.port): HTTP/1.1 403 Forbidden"))
    }

    @Test func aPinnedServerLeafIsTrustedInOneHandshake() async throws {
        // BoringSSL alone refuses a non-CA certificate as a root; the handshake's own check accepts it.
        let connection = try await KMIPConnection.open(try configuration(trust: "server_cert"))
        let versions = try await KMIPClient(transport: connection).discoverVersions([.v1_1])
        await connection.close()
        #expect(versions == [.v1_1])
        #expect(connection.presentedChain.first == Self.der(fromPEM: try server().pem("server_cert")))
    }

    @Test func aPinnedLeafOfAnotherServerIsNotTrusted() async throws {
        let distrusting = try configuration(trust: "untrusted_client_cert")
        let error = await #expect(throws: TLSConnectionError.self) { try await KMIPConnection.open(distrusting) }
        #expect(error?.failure == .clientDistrustsServer(
            reason: "the certificate chain of 127.0.0.1:\(try server().port) does not lead to a trusted certificate"))
        #expect(error?.presentedChain.count == 2)
    }

    @Test func theChainCheckTellsAnUntrustedIssuerFromAnotherName() async throws {
        let chain = [Self.der(fromPEM: try server().pem("server_cert")), Self.der(fromPEM: try server().pem("ca"))]
        let trusted = try ServerCertificateCheck(trustedPEM: [try server().pem("ca")])
        let right = ServerCertificateCheck.Identity(hostname: nil, address: "127.0.0.1")
        #expect(await ServerCertificateCheck.verifyChain(chain, roots: trusted.roots, identity: right, endpoint: "kms") == nil)
        let wrong = ServerCertificateCheck.Identity(hostname: nil, address: "10.1.2.3")
        #expect(await ServerCertificateCheck.verifyChain(chain, roots: trusted.roots, identity: wrong, endpoint: "kms")
            == .clientDistrustsServer(reason: "the server certificate is not valid for 10.1.2.3"))
        let other = try ServerCertificateCheck(trustedPEM: [try server().pem("untrusted_ca")])
        #expect(await ServerCertificateCheck.verifyChain(chain, roots: other.roots, identity: right, endpoint: "kms")
            == .clientDistrustsServer(reason: "the certificate chain of kms does not lead to a trusted certificate"))
    }

    @Test func theWaitingAPIRunsAHealthCheckFromAPlainThread() async throws {
        let configuration = try configuration()
        let versions = await withCheckedContinuation { (continuation: CheckedContinuation<[ProtocolVersion]?, Never>) in
            Thread {
                let connection = try? KMIPConnection.openWaiting(configuration)
                let versions = connection.flatMap { try? BlockingKMIPClient(transport: $0).discoverVersions([.v1_1]) }
                connection?.closeWithoutWaiting()
                continuation.resume(returning: versions)
            }.start()
        }
        #expect(versions == [.v1_1])
    }

    /// Synchronous callers blocking every thread of the shared pool at once still complete their handshakes:
    /// the chain check in the handshake runs on NIO's event loop, never on the pool they block.
    @Test(.timeLimit(.minutes(1))) func waitingHandshakesFromEveryPoolThreadAllComplete() async throws {
        let configuration = try configuration()
        let answers = await withTaskGroup(of: [ProtocolVersion]?.self) { group in
            for _ in 0..<6 {
                group.addTask {
                    let connection = try? KMIPConnection.openWaiting(configuration)
                    defer { connection?.closeWithoutWaiting() }
                    return connection.flatMap { try? BlockingKMIPClient(transport: $0).discoverVersions([.v1_1]) }
                }
            }
            var answers: [[ProtocolVersion]?] = []
            for await answer in group { answers.append(answer) }
            return answers
        }
        #expect(answers == Array(repeating: [.v1_1], count: 6))
    }

    @Test func theWaitingAPIKeepsTheFailureKinds() throws {
        let rejected = #expect(throws: TLSConnectionError.self) {
            try KMIPConnection.openWaiting(try configuration(clientCertificate: "untrusted_client_cert", clientKey: "untrusted_client_key"))
        }
        guard case .serverRejectedClient = rejected?.failure else {
            Issue.record("expected serverRejectedClient, got \(String(describing: rejected))")
            return
        }
        let distrusted = #expect(throws: TLSConnectionError.self) { try KMIPConnection.openWaiting(try configuration(trust: "untrusted_ca")) }
        guard case .clientDistrustsServer = distrusted?.failure else {
            Issue.record("expected clientDistrustsServer, got \(String(describing: distrusted))")
            return
        }
        var down = try configuration()
        down.port = try Self.unusedPort()
        let refused = #expect(throws: TLSConnectionError.self) { try KMIPConnection.openWaiting(down) }
        guard case .noConnection = refused?.failure else {
            Issue.record("expected noConnection, got \(String(describing: refused))")
            return
        }
        let chain = try KMIPConnection.fetchPresentedChainWaiting(try configuration(trust: "untrusted_ca"))
        #expect(chain.first == Self.der(fromPEM: try server().pem("server_cert")))
    }

    /// A port on 127.0.0.1 that nothing listens on: bind, read the port, close.
    private static func unusedPort() throws -> Int {
        let channel = try ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .bind(host: "127.0.0.1", port: 0).wait()
        let port = channel.localAddress?.port ?? 1
        try channel.close().wait()
        return port
    }
}
