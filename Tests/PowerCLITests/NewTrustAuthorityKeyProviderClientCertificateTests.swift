import TestSupport
import Testing

/// `New-TrustAuthorityKeyProviderClientCertificate -KeyProvider <TrustAuthorityKeyProvider>` (reference §3: creates a
/// self-signed client certificate; seed step 4, "Client certificate upload").
@Suite struct NewTrustAuthorityKeyProviderClientCertificateTests {
    static let fullyQualifiedClass = "VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.NewTrustAuthorityKeyProviderClientCertificate"

    @Test func itMakesASelfSignedCertificateAndPrintsNothing() throws {
        let session = try PowerCLITestShell.withProvider()
        let result = session.run("New-TrustAuthorityKeyProviderClientCertificate -KeyProvider $kp")
        #expect(result.output == [])
        #expect(result.errors == [])
        let certificate = try #require(session.lab.provider(named: "clkp")?.clientCertificate)
        #expect(certificate.subject == certificate.issuer)
    }

    @Test func theProviderBindsInPosition0ByNameAndFromThePipeline() throws {
        let session = try PowerCLITestShell.withProvider()
        session.run("New-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -PrimaryKeyId 1 -Name kp2 -KmipServerAddress 192.168.110.91 | Out-Null")
        session.run("New-TrustAuthorityKeyProviderClientCertificate clkp")
        #expect(session.lab.provider(named: "clkp")?.clientCertificate != nil)
        let result = session.run("Get-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -Name kp2 | New-TrustAuthorityKeyProviderClientCertificate")
        #expect(result.errors == [])
        let second = try #require(session.lab.provider(named: "kp2")?.clientCertificate)
        #expect(second.subject == second.issuer)
    }

    @Test func aProviderThatDoesNotExistIsAnObjectByNameFailure() throws {
        let session = try PowerCLITestShell.connected()
        #expect(session.errorMessages("New-TrustAuthorityKeyProviderClientCertificate nope") ==
            ["New-TrustAuthorityKeyProviderClientCertificate : Could not find TrustAuthorityKeyProvider with name 'nope'."])
        #expect(session.lastError() == ["Core_ObnSelector_SelectObjectByNameCore_ObjectNotFound," + Self.fullyQualifiedClass, "ObjectNotFound", "VimException"])
    }

    @Test func theProviderIsMandatory() throws {
        let session = try PowerCLITestShell.withProvider()
        session.run("New-TrustAuthorityKeyProviderClientCertificate")
        #expect(session.lastError().first == "MissingMandatoryParameter," + Self.fullyQualifiedClass)
        #expect(session.lab.provider(named: "clkp")?.clientCertificate == nil)
    }

    @Test func itRefusesWhenNotConnectedOrNotATrustedAdmin() throws {
        let session = try PowerCLITestShell.withProvider()
        session.run("Disconnect-VIServer * -Confirm:$false")
        #expect(session.errorMessages("New-TrustAuthorityKeyProviderClientCertificate clkp") ==
            ["New-TrustAuthorityKeyProviderClientCertificate : " + PowerCLITestShell.notConnected])
        session.run(PowerCLITestShell.connectAsAdministrator)
        #expect(session.errorMessages("New-TrustAuthorityKeyProviderClientCertificate clkp") ==
            ["New-TrustAuthorityKeyProviderClientCertificate : " + PowerCLITestShell.notTrustedAdmin])
        #expect(session.lab.provider(named: "clkp")?.clientCertificate == nil)
    }
}
