import Foundation
import KMIP
import Testing
@testable import TrustAuthority

/// The lab's key servers: the simulated one's KMIP engine, `New-LabKeyServer`, and live servers, which the
/// lab only contacts at their own address and never administers.
@Suite struct LabKeyServerTests {
    @Test func theDefaultServerHoldsKeysOneAndEightActiveUnderTheSharedPolicy() throws {
        let kms = try LabFixture().kms
        #expect(kms.keyIdentifiers == ["1", "8"])
        let key = try #require(kms.engine.key(withIdentifier: "8"))
        #expect(key.state == .active)
        #expect(key.operationPolicyName == "shared")
    }

    @Test func theDefaultServerAnswersKMIPThroughTheCodec() async throws {
        let kms = try LabFixture().kms
        let client = KMIPClient(transport: InProcessTransport(engine: kms.engine, clientIdentity: "clkp"))
        #expect(try await client.discoverVersions().contains(.v1_1))
        #expect(try await client.getAttributes(uniqueIdentifier: "1", names: [AttributeName.state]).state == .active)
    }

    @Test func aNewKeyIsCreatedThroughTheEngineWithTheNextId() throws {
        let fixture = try LabFixture()
        #expect(try fixture.lab.createKey(keyServer: LabFixture.kmsAddress) == "9")
        #expect(try fixture.kms.keyState("9") == "Active")
        #expect(try fixture.lab.createKey(keyServer: "192.168.110.91:5696") == "10")
    }

    @Test func aNewSimulatedServerHasItsOwnCAAndCertificateAndNoKeys() async throws {
        let fixture = try LabFixture()
        let server = try fixture.lab.addSimulatedKeyServer(address: "192.168.110.92", port: 5697, username: "kmipadmin")
        #expect(server.keyIdentifiers.isEmpty)
        #expect(server.serverCertificate.certificate.subjectCommonName == "192.168.110.92")
        #expect(server.serverCertificate.certificate.subjectAlternativeNames.contains { $0.contains("192.168.110.92") })
        #expect(try fixture.kms.certificateAuthority.certificate != server.certificateAuthority.certificate)
        #expect(TrustVerdict.verifyChain(leaf: server.serverCertificate.certificate, trusted: [server.certificateAuthority.certificate], at: Date()).isTrusted)
    }

    @Test func aProviderOnANewSimulatedServerBecomesOk() async throws {
        let fixture = try LabFixture()
        try fixture.lab.addSimulatedKeyServer(address: "10.0.0.5", port: 5696, username: "kmipadmin")
        let id = try fixture.lab.createKey(keyServer: "10.0.0.5")
        try fixture.lab.addProvider(KeyProvider(name: "second", clusterId: "domain-c8", primaryKeyId: id,
                                                servers: [KeyProviderServer(name: "10.0.0.5", address: "10.0.0.5", port: 5696)]))
        let certificate = try fixture.lab.createSelfSignedClientCertificate(provider: "second")
        try fixture.lab.trustClientCertificate(keyServer: "10.0.0.5", certificate)
        let provider = try #require(fixture.lab.provider(named: "second"))
        let chain = try fixture.lab.presentedChain(provider: provider, server: provider.servers[0])
        try fixture.lab.trustServerCertificates(provider: "second", [try #require(chain.first)])
        let status = await fixture.lab.checkStatus(of: try #require(fixture.lab.provider(named: "second")))
        #expect(status.health == .ok)
    }

    @Test func aKeyServerCannotBeAddedTwiceOrWithABadPortOrAddress() throws {
        let lab = try LabFixture().lab
        #expect(throws: LabError.keyServerExists("192.168.110.91:5696")) {
            try lab.addLiveKeyServer(address: "192.168.110.91", port: 5696)
        }
        try lab.addLiveKeyServer(address: "127.0.0.1", port: 5696)
        #expect(throws: LabError.keyServerExists("127.0.0.1:5696")) {
            try lab.addSimulatedKeyServer(address: "127.0.0.1", port: 5696, username: "x")
        }
        #expect(throws: LabError.self) { try lab.addLiveKeyServer(address: "127.0.0.1", port: 70000) }
        #expect(throws: LabError.self) { try lab.addLiveKeyServer(address: "bad address", port: 5696) }
        #expect(lab.liveKeyServers == [LiveKeyServer(address: "127.0.0.1", port: 5696)])
    }

    @Test func theAdministratorActionsRefuseALiveServer() throws {
        let fixture = try LabFixture()
        try fixture.lab.addLiveKeyServer(address: "127.0.0.1", port: 15696)
        let certificate = try fixture.kms.serverCertificate.certificate
        #expect(throws: LabError.liveServer("127.0.0.1")) { try fixture.lab.createKey(keyServer: "127.0.0.1") }
        #expect(throws: LabError.liveServer("127.0.0.1:15696")) { try fixture.lab.trustClientCertificate(keyServer: "127.0.0.1:15696", certificate) }
        #expect(throws: LabError.liveServer("127.0.0.1")) { try fixture.lab.issueClientCertificate(keyServer: "127.0.0.1", commonName: "x") }
        let request = try CertificateRequest.create(key: try PrivateKeyMaterial.generate(.p256), subject: CertificateSubject(commonName: "clkp"))
        #expect(throws: LabError.liveServer("127.0.0.1")) { _ = try fixture.lab.signRequest(keyServer: "127.0.0.1", request) }
        #expect(throws: LabError.keyServerNotFound("10.9.9.9")) { try fixture.lab.createKey(keyServer: "10.9.9.9") }
        #expect(LabError.liveServer("127.0.0.1").message.contains("live"))
    }

    @Test func theSimulatedServerPresentsItsLeafThenItsCA() throws {
        let fixture = try LabFixture()
        let chain = try fixture.lab.presentedChain(provider: try fixture.provider, server: try fixture.provider.servers[0])
        #expect(chain == [try fixture.kms.serverCertificate.certificate, try fixture.kms.certificateAuthority.certificate])
    }

    @Test func aServerTheLabDoesNotHaveHasNoCertificateToShow() throws {
        let fixture = try LabFixture()
        let entry = KeyProviderServer(name: "x", address: "192.168.110.99", port: 5696)
        let error = #expect(throws: LabError.self) { try fixture.lab.presentedChain(provider: try fixture.provider, server: entry) }
        #expect(error?.message == "Cannot retrieve the certificate of the key server 192.168.110.99:5696: no connection could be made.")
    }

    @Test func aLiveServerThatIsDownIsNoConnectionOnBothSides() async throws {
        let fixture = try LabFixture()
        let port = UnusedPort.make()
        try fixture.lab.addLiveKeyServer(address: "127.0.0.1", port: port)
        try fixture.lab.addProvider(KeyProvider(name: "live", clusterId: "domain-c8", primaryKeyId: "1",
                                                servers: [KeyProviderServer(name: "127.0.0.1", address: "127.0.0.1", port: port)],
                                                connectionTimeoutSeconds: 2))
        let status = await fixture.lab.checkStatus(of: try #require(fixture.lab.provider(named: "live")))
        let server = try #require(status.servers.first)
        #expect(status.health == .error)
        #expect(!server.clientTrustServer && !server.serverTrustClient)
        #expect(server.details.contains { $0.hasPrefix("Cannot connect to the key server 127.0.0.1:\(port):") })
    }

    @Test func aProxyThatIsNotOnThisMachineIsNeverContacted() async throws {
        let fixture = try LabFixture()
        try fixture.lab.addLiveKeyServer(address: "127.0.0.1", port: 15697)
        var provider = KeyProvider(name: "proxied", clusterId: "domain-c8", primaryKeyId: "1",
                                   servers: [KeyProviderServer(name: "127.0.0.1", address: "127.0.0.1", port: 15697)])
        provider.proxyAddress = "10.20.30.40"
        provider.proxyPort = 3128
        try fixture.lab.addProvider(provider)
        let status = await fixture.lab.checkStatus(of: try #require(fixture.lab.provider(named: "proxied")))
        #expect(status.servers.first?.details.contains(HealthDetail.proxyRefused("10.20.30.40")) == true)
        #expect(KeyServerHealthCheck.isLoopback("127.0.0.1") && KeyServerHealthCheck.isLoopback("localhost"))
        #expect(!KeyServerHealthCheck.isLoopback("10.20.30.40"))
    }
}
