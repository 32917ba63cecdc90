import TestSupport
import Testing

/// `Get-TrustAuthorityKeyProviderClientCertificate -KeyProvider <TrustAuthorityKeyProvider[]>` (reference §3;
/// output an X509Certificate2, §2 "Client certificate / CSR": VMware's code calls `.GetRawCertData()` on it).
@Suite struct GetTrustAuthorityKeyProviderClientCertificateTests {
    static let fullyQualifiedClass = "VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.GetTrustAuthorityKeyProviderClientCertificate"

    static func withCertificate() throws -> PowerCLITestShell {
        let session = try PowerCLITestShell.withProvider()
        session.run("New-TrustAuthorityKeyProviderClientCertificate -KeyProvider $kp")
        return session
    }

    @Test func theOutputIsAnX509Certificate2OfTheProvidersCertificate() throws {
        let session = try Self.withCertificate()
        let stored = try #require(session.lab.provider(named: "clkp")?.clientCertificate)
        let result = session.run("""
        $c = Get-TrustAuthorityKeyProviderClientCertificate -KeyProvider $kp
        $c.GetType().FullName; $c.Thumbprint; $c.HasPrivateKey; $c.GetRawCertData().Count
        """)
        #expect(result.errors == [])
        #expect(result.output == ["System.Security.Cryptography.X509Certificates.X509Certificate2", stored.thumbprint, "False", String(stored.rawData.count)])
    }

    @Test func theProviderBindsInPosition0ByNameAsAListAndFromThePipeline() throws {
        let session = try Self.withCertificate()
        session.run("New-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -PrimaryKeyId 1 -Name kp2 -KmipServerAddress 192.168.110.91 | Out-Null; New-TrustAuthorityKeyProviderClientCertificate kp2")
        let result = session.run("""
        (Get-TrustAuthorityKeyProviderClientCertificate clkp).Subject
        (Get-TrustAuthorityKeyProviderClientCertificate -KeyProvider clkp, kp2).Count
        ($kp | Get-TrustAuthorityKeyProviderClientCertificate).Subject -eq (Get-TrustAuthorityKeyProviderClientCertificate clkp).Subject
        """)
        let stored = try #require(session.lab.provider(named: "clkp")?.clientCertificate)
        #expect(result.errors == [])
        #expect(result.output == [stored.subject, "2", "True"])
    }

    @Test func aProviderWithoutACertificateIsANonTerminatingErrorAndTheNextIsRead() throws {
        let session = try Self.withCertificate()
        session.run("New-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -PrimaryKeyId 1 -Name bare -KmipServerAddress 192.168.110.91 | Out-Null")
        let result = session.run("(Get-TrustAuthorityKeyProviderClientCertificate -KeyProvider bare, clkp).Count")
        #expect(result.output == ["1"])
        #expect(result.errors.first == "Get-TrustAuthorityKeyProviderClientCertificate : The key provider 'bare' has no client certificate. Create one with New-TrustAuthorityKeyProviderClientCertificate or upload one with Set-TrustAuthorityKeyProviderClientCertificate.")
        #expect(session.lastError() == ["Client20_TrustedInfrastructure_NotFound," + Self.fullyQualifiedClass, "ObjectNotFound", "ViError"])
    }

    @Test func aProviderThatDoesNotExistIsAnObjectByNameFailure() throws {
        let session = try PowerCLITestShell.connected()
        #expect(session.errorMessages("Get-TrustAuthorityKeyProviderClientCertificate nope") ==
            ["Get-TrustAuthorityKeyProviderClientCertificate : Could not find TrustAuthorityKeyProvider with name 'nope'."])
    }

    @Test func itRefusesWhenNotConnectedOrNotATrustedAdmin() throws {
        let session = try Self.withCertificate()
        session.run("Disconnect-VIServer * -Confirm:$false")
        #expect(session.errorMessages("Get-TrustAuthorityKeyProviderClientCertificate clkp") ==
            ["Get-TrustAuthorityKeyProviderClientCertificate : " + PowerCLITestShell.notConnected])
        session.run(PowerCLITestShell.connectAsAdministrator)
        #expect(session.errorMessages("Get-TrustAuthorityKeyProviderClientCertificate clkp") ==
            ["Get-TrustAuthorityKeyProviderClientCertificate : " + PowerCLITestShell.notTrustedAdmin])
    }
}
