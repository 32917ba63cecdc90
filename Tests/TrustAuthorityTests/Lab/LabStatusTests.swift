import Foundation
import KMIP
import Testing
@testable import TrustAuthority

/// `$kp.Status` of a simulated key server: trust decided by certificate verification, the rest asked
/// over KMIP (DiscoverVersions, GetAttributes State) through the in-process transport.
@Suite struct LabStatusTests {
    private func server(_ status: ProviderStatus) throws -> ProviderStatus.ServerStatus {
        try #require(status.servers.count == 1 ? status.servers.first : nil)
    }

    @Test func nothingTrustedIsAnErrorOnBothSides() async throws {
        let fixture = try LabFixture()
        let status = try await fixture.status()
        let server = try server(status)
        #expect(status.health == .error)
        #expect(!server.clientTrustServer && !server.serverTrustClient)
        #expect(server.details == [HealthDetail.serverNotTrusted(LabFixture.kmsAddress), HealthDetail.noClientCertificate])
    }

    /// A key server the provider does not trust is not shown the client certificate (as over real TLS 1.2,
    /// where the client refuses the server before sending its certificate), so whether it trusts the
    /// client is unknown: False, and a detail that says it was not checked.
    @Test func onlyTheClientTrustedLeavesTheServersTrustOfItUnknown() async throws {
        let fixture = try LabFixture()
        try fixture.uploadClientCertificate()
        let server = try server(try await fixture.status())
        #expect(!server.clientTrustServer)
        #expect(!server.serverTrustClient)
        #expect(server.details == [HealthDetail.serverNotTrusted(LabFixture.kmsAddress), HealthDetail.clientTrustNotChecked(LabFixture.kmsAddress)])
        #expect(server.details[0].contains("Add-TrustAuthorityKeyProviderServerCertificate"))
        #expect(server.details[1] == "Whether key server 192.168.110.91 trusts the client certificate of the key provider is unknown: the client certificate is not sent to a key server the key provider does not trust.")
    }

    @Test func onlyTheServerTrustedReportsTheMissingClientCertificate() async throws {
        let fixture = try LabFixture()
        try fixture.trustServerCertificate()
        let server = try server(try await fixture.status())
        #expect(server.clientTrustServer && !server.serverTrustClient)
        #expect(server.details == [HealthDetail.noClientCertificate])
    }

    @Test func aClientCertificateTheServerNeverSawIsRejectedAsAuthenticationNotSuccessful() async throws {
        let fixture = try LabFixture()
        try fixture.lab.createSelfSignedClientCertificate(provider: "clkp")
        try fixture.trustServerCertificate()
        let server = try server(try await fixture.status())
        #expect(server.clientTrustServer && !server.serverTrustClient)
        #expect(server.details == [HealthDetail.clientNotTrusted(LabFixture.kmsAddress)])
    }

    @Test func bothTrustedAndAnActivePrimaryKeyIsOk() async throws {
        let fixture = try LabFixture()
        try fixture.uploadClientCertificate()
        try fixture.trustServerCertificate()
        let status = try await fixture.status()
        #expect(status.health == .ok)
        #expect(status.details.isEmpty)
        #expect(try server(status).clientTrustServer && server(status).serverTrustClient)
    }

    @Test func aCertificateIssuedByTheServersCAIsAccepted() async throws {
        let fixture = try LabFixture()
        let issued = try fixture.lab.issueClientCertificate(keyServer: LabFixture.kmsAddress, commonName: "vsphere-trust-authority")
        try fixture.lab.setClientCertificate(provider: "clkp", certificate: issued.certificate, key: issued.key)
        try fixture.trustServerCertificate()
        #expect(try await fixture.status().health == .ok)
    }

    @Test func aPreActivePrimaryKeyIsAWarning() async throws {
        let fixture = try LabFixture()
        try fixture.uploadClientCertificate()
        try fixture.trustServerCertificate()
        try fixture.kms.engine.setState(.preActive, ofKey: "8")
        let status = try await fixture.status()
        #expect(status.health == .warning)
        #expect(status.details == ["The primary key '8' on key server 192.168.110.91 is not active."])
    }

    @Test func aMissingPrimaryKeyIsItemNotFound() async throws {
        let fixture = try LabFixture(primaryKeyId: "42")
        try fixture.uploadClientCertificate()
        try fixture.trustServerCertificate()
        let status = try await fixture.status()
        #expect(status.health == .error)
        #expect(status.details == ["The primary key '42' was not found on key server 192.168.110.91."])
        #expect(try server(status).serverTrustClient)
    }

    @Test func aKeyAnotherIdentityOwnsUnderTheDefaultPolicyIsPermissionDeniedAndNotFound() async throws {
        let fixture = try LabFixture(primaryKeyId: "20")
        try fixture.kms.engine.createKey(uniqueIdentifier: "20", owner: "someone-else", operationPolicyName: "default")
        try fixture.uploadClientCertificate()
        try fixture.trustServerCertificate()
        let status = try await fixture.status()
        #expect(status.details == ["The primary key '20' was not found on key server 192.168.110.91."])
    }

    @Test func aDeactivatedPrimaryKeyCannotBeUsed() async throws {
        let fixture = try LabFixture()
        try fixture.uploadClientCertificate()
        try fixture.trustServerCertificate()
        try fixture.kms.engine.setState(.deactivated, ofKey: "8")
        let status = try await fixture.status()
        #expect(status.health == .error)
        #expect(status.details.first?.contains("is Deactivated and cannot be used") == true)
    }

    @Test func aServerCertificateThatChangedAfterItWasTrustedIsNotTrusted() async throws {
        let fixture = try LabFixture()
        try fixture.uploadClientCertificate()
        try fixture.trustServerCertificate()
        let before = try fixture.kms.serverCertificate.certificate
        try fixture.lab.updateKeyServer(address: LabFixture.kmsAddress) { (server: inout SimulatedKeyServer) throws(LabError) in
            do throws(CertificateError) {
                server.serverCertificate = try server.certificateAuthority.issueServerCertificate(
                    subject: CertificateSubject(commonName: server.address, organizationalUnit: "VMware Engineering", organization: "VMware",
                                                locality: "Palo Alto", state: "California", country: "US", email: "kms-admin@vsphere.local"),
                    alternativeNames: [AlternativeName.forAddress(server.address)], algorithm: .p256)
            } catch {
                throw .certificate(error)
            }
        }
        let status = try await fixture.status()
        let server = try server(status)
        #expect(status.health == .error)
        #expect(!server.clientTrustServer && !server.serverTrustClient)
        #expect(server.details.contains { $0.contains("is not the trusted one") && $0.contains("changed after it was trusted") && $0.contains(before.thumbprint) })
        #expect(server.details.last == HealthDetail.clientTrustNotChecked(LabFixture.kmsAddress))
    }

    @Test func trustingTheServersCAKeepsTrustWhenTheServerCertificateIsReissued() async throws {
        let fixture = try LabFixture()
        try fixture.uploadClientCertificate()
        let chain = try fixture.lab.presentedChain(provider: try fixture.provider, server: try fixture.provider.servers[0])
        try fixture.lab.trustServerCertificates(provider: "clkp", [try #require(chain.last)])
        #expect(try await fixture.status().health == .ok)
    }

    @Test func aKeyServerTheLabDoesNotHaveCannotBeConnected() async throws {
        let fixture = try LabFixture()
        try fixture.lab.addServer(provider: "clkp", KeyProviderServer(name: "kms2", address: "192.168.110.99", port: 5696))
        let status = try await fixture.status()
        #expect(status.servers.map(\.name) == [LabFixture.kmsAddress, "kms2"])
        #expect(status.servers.last?.details == ["Cannot connect to the key server 192.168.110.99:5696: no connection could be made."])
        #expect(status.health == .error)
    }

    @Test func oneHealthyServerOfTwoIsAWarningOverall() async throws {
        let fixture = try LabFixture()
        try fixture.uploadClientCertificate()
        try fixture.trustServerCertificate()
        try fixture.lab.addServer(provider: "clkp", KeyProviderServer(name: "kms2", address: "192.168.110.99", port: 5696))
        let status = try await fixture.status()
        #expect(status.servers.map(\.health) == [.ok, .error])
        #expect(status.health == .warning)
    }

    @Test func theSynchronousStatusFromAPlainThreadMatchesTheAsyncOne() async throws {
        let fixture = try LabFixture()
        try fixture.uploadClientCertificate()
        try fixture.trustServerCertificate()
        let synchronous = try await fixture.statusFromAPlainThread()
        #expect(synchronous.health == .ok)
        #expect(synchronous.servers.map(\.name) == (try await fixture.status()).servers.map(\.name))
    }
}
