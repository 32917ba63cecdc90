import TestSupport
import Testing

/// `New-TrustAuthorityKeyProviderClientCertificateCSR -KeyProvider <TrustAuthorityKeyProvider>` (reference §3: creates
/// the CSR, [INFER] returns it as a string; seed step 4, "New CSR").
@Suite struct NewTrustAuthorityKeyProviderClientCertificateCSRTests {
    static let fullyQualifiedClass = "VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.NewTrustAuthorityKeyProviderClientCertificateCSR"

    @Test func itReturnsTheNewRequestAsAPemString() throws {
        let session = try PowerCLITestShell.withProvider()
        let result = session.run("$csr = New-TrustAuthorityKeyProviderClientCertificateCSR -KeyProvider $kp; $csr.GetType().FullName; $csr.Split(\"`n\")[0]")
        #expect(result.errors == [])
        #expect(result.output == ["System.String", "-----BEGIN CERTIFICATE REQUEST-----"])
        let stored = try #require(session.lab.provider(named: "clkp")?.signingRequest)
        #expect(session.run("$csr -eq '\(stored.pem)'").output == ["True"])
    }

    @Test func theProviderBindsInPosition0ByNameAndFromThePipeline() throws {
        let session = try PowerCLITestShell.withProvider()
        #expect(session.run("New-TrustAuthorityKeyProviderClientCertificateCSR clkp | Out-Null").errors == [])
        let first = try #require(session.lab.provider(named: "clkp")?.signingRequest)
        #expect(session.run("$kp | New-TrustAuthorityKeyProviderClientCertificateCSR | Out-Null").errors == [])
        // A new request each time: a new key, so a new public key.
        let second = try #require(session.lab.provider(named: "clkp")?.signingRequest)
        #expect(second.pem != first.pem)
    }

    @Test func aProviderThatDoesNotExistIsAnObjectByNameFailure() throws {
        let session = try PowerCLITestShell.connected()
        #expect(session.errorMessages("New-TrustAuthorityKeyProviderClientCertificateCSR nope") ==
            ["New-TrustAuthorityKeyProviderClientCertificateCSR : Could not find TrustAuthorityKeyProvider with name 'nope'."])
        #expect(session.lastError() == ["Core_ObnSelector_SelectObjectByNameCore_ObjectNotFound," + Self.fullyQualifiedClass, "ObjectNotFound", "VimException"])
    }

    @Test func itRefusesWhenNotConnectedOrNotATrustedAdmin() throws {
        let session = try PowerCLITestShell.withProvider()
        session.run("Disconnect-VIServer * -Confirm:$false")
        #expect(session.errorMessages("New-TrustAuthorityKeyProviderClientCertificateCSR clkp") ==
            ["New-TrustAuthorityKeyProviderClientCertificateCSR : " + PowerCLITestShell.notConnected])
        session.run(PowerCLITestShell.connectAsAdministrator)
        #expect(session.errorMessages("New-TrustAuthorityKeyProviderClientCertificateCSR clkp") ==
            ["New-TrustAuthorityKeyProviderClientCertificateCSR : " + PowerCLITestShell.notTrustedAdmin])
        #expect(session.lab.provider(named: "clkp")?.signingRequest == nil)
    }
}
