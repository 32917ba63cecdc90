import TestSupport
import Testing

/// `Get-TrustAuthorityKeyProviderClientCertificateCSR -KeyProvider <TrustAuthorityKeyProvider[]>` (reference §3,
/// output System.String; seed step 4, "read with Get-...CSR").
@Suite struct GetTrustAuthorityKeyProviderClientCertificateCSRTests {
    static let fullyQualifiedClass = "VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.GetTrustAuthorityKeyProviderClientCertificateCSR"

    static func withRequest() throws -> PowerCLITestShell {
        let session = try PowerCLITestShell.withProvider()
        session.run("$made = New-TrustAuthorityKeyProviderClientCertificateCSR -KeyProvider $kp")
        return session
    }

    @Test func itReturnsThePendingRequestAsAString() throws {
        let session = try Self.withRequest()
        let result = session.run("$csr = Get-TrustAuthorityKeyProviderClientCertificateCSR -KeyProvider $kp; $csr.GetType().FullName; $csr -eq $made")
        #expect(result.errors == [])
        #expect(result.output == ["System.String", "True"])
    }

    @Test func theProviderBindsInPosition0ByNameAsAListAndFromThePipeline() throws {
        let session = try Self.withRequest()
        session.run("New-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -PrimaryKeyId 1 -Name kp2 -KmipServerAddress 192.168.110.91 | Out-Null; New-TrustAuthorityKeyProviderClientCertificateCSR kp2 | Out-Null")
        let result = session.run("""
        (Get-TrustAuthorityKeyProviderClientCertificateCSR clkp) -eq $made
        ($kp | Get-TrustAuthorityKeyProviderClientCertificateCSR) -eq $made
        @(Get-TrustAuthorityKeyProviderClientCertificateCSR -KeyProvider clkp, kp2).Count
        """)
        #expect(result.errors == [])
        #expect(result.output == ["True", "True", "2"])
    }

    @Test func aProviderWithoutARequestIsANonTerminatingErrorAndTheNextIsRead() throws {
        let session = try Self.withRequest()
        session.run("New-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -PrimaryKeyId 1 -Name bare -KmipServerAddress 192.168.110.91 | Out-Null")
        let result = session.run("@(Get-TrustAuthorityKeyProviderClientCertificateCSR -KeyProvider bare, clkp).Count")
        #expect(result.output == ["1"])
        #expect(result.errors.first == "Get-TrustAuthorityKeyProviderClientCertificateCSR : The key provider 'bare' has no certificate signing request. Create one with New-TrustAuthorityKeyProviderClientCertificateCSR.")
        #expect(session.lastError() == ["Client20_TrustedInfrastructure_NotFound," + Self.fullyQualifiedClass, "ObjectNotFound", "ViError"])
    }

    @Test func aProviderThatDoesNotExistIsAnObjectByNameFailure() throws {
        let session = try PowerCLITestShell.connected()
        #expect(session.errorMessages("Get-TrustAuthorityKeyProviderClientCertificateCSR nope") ==
            ["Get-TrustAuthorityKeyProviderClientCertificateCSR : Could not find TrustAuthorityKeyProvider with name 'nope'."])
    }

    @Test func itRefusesWhenNotConnectedOrNotATrustedAdmin() throws {
        let session = try Self.withRequest()
        session.run("Disconnect-VIServer * -Confirm:$false")
        #expect(session.errorMessages("Get-TrustAuthorityKeyProviderClientCertificateCSR clkp") ==
            ["Get-TrustAuthorityKeyProviderClientCertificateCSR : " + PowerCLITestShell.notConnected])
        session.run(PowerCLITestShell.connectAsAdministrator)
        #expect(session.errorMessages("Get-TrustAuthorityKeyProviderClientCertificateCSR clkp") ==
            ["Get-TrustAuthorityKeyProviderClientCertificateCSR : " + PowerCLITestShell.notTrustedAdmin])
    }
}
