import TestSupport
import Testing

/// `Add-TrustAuthorityKeyProviderServerCertificate` (reference §3: set 1 `-Certificate <X509Certificate2[]> -KeyProvider`,
/// set 2 `-FilePath <String> -KeyProvider`, set 3 `-ServerCertificate <TrustAuthorityKeyProviderServerCertificate[]>`,
/// the procedure's; seed step 5.4: "the certificate is printed again with Trusted True").
@Suite struct AddTrustAuthorityKeyProviderServerCertificateTests {
    static let fullyQualifiedClass = "VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.AddTrustAuthorityKeyProviderServerCertificate"

    /// Connected with `clkp` and `$cert`, the certificate its key server presents.
    static func withPresentedCertificate() throws -> PowerCLITestShell {
        let session = try PowerCLITestShell.withProvider()
        session.run("$cert = Get-TrustAuthorityKeyProviderServerCertificate -KeyProviderServer $kp.KeyProviderServers")
        return session
    }

    static let keyServer = "192.168.110.91"

    @Test func theServerCertificateSetTrustsItAndPrintsItAgainAsTrusted() throws {
        let session = try Self.withPresentedCertificate()
        let result = session.run("Add-TrustAuthorityKeyProviderServerCertificate -ServerCertificate $cert")
        #expect(result.errors == [])
        #expect(result.output.filter { !$0.isEmpty } == [
            "Certificate                              Trusted    KeyProviderServerId       KeyProviderId",
            "-----------                              -------    -------------------       -------------",
            "[Subject]...                             True                                 domain-c8-clkp",
        ])
        let expected = try #require(session.lab.keyServers.first { $0.address == Self.keyServer }?.serverCertificate.certificate)
        #expect(session.lab.provider(named: "clkp")?.trustedServerCertificates == [expected])
    }

    @Test func serverCertificatesBindFromThePipeline() throws {
        let session = try Self.withPresentedCertificate()
        let result = session.run("($cert | Add-TrustAuthorityKeyProviderServerCertificate).Trusted")
        #expect(result.output == ["True"])
        #expect(session.lab.provider(named: "clkp")?.trustedServerCertificates.count == 1)
    }

    @Test func theCertificateSetTrustsX509CertificatesForTheProviderGiven() throws {
        let session = try Self.withPresentedCertificate()
        let result = session.run("(Add-TrustAuthorityKeyProviderServerCertificate -KeyProvider clkp -Certificate $cert.Certificate).KeyProviderId")
        #expect(result.errors == [])
        #expect(result.output == ["domain-c8-clkp"])
        #expect(session.lab.provider(named: "clkp")?.trustedServerCertificates.count == 1)
    }

    @Test func theFileSetTrustsEveryCertificateInTheFileAndTakesTheProviderFromThePipeline() throws {
        let session = try Self.withPresentedCertificate()
        let scratch = try ScratchDirectory()
        let server = try #require(session.lab.keyServers.first { $0.address == Self.keyServer })
        // The server certificate and its CA, as a key server vendor hands them out.
        try scratch.write(server.serverCertificate.certificate.pem + server.certificateAuthority.certificate.pem, to: "kms-chain.pem")
        let result = session.run("@($kp | Add-TrustAuthorityKeyProviderServerCertificate -FilePath '\(scratch.file("kms-chain.pem"))').Count")
        #expect(result.errors == [])
        #expect(result.output == ["2"])
        #expect(session.lab.provider(named: "clkp")?.trustedServerCertificates == [server.serverCertificate.certificate, server.certificateAuthority.certificate])
    }

    @Test func afterTrustingTheProviderTrustsTheServer() throws {
        let session = try Self.withPresentedCertificate()
        // Seed step 6: read $kp again; ClientTrustServer says the provider trusts the key server's certificate.
        let result = session.run("""
        Add-TrustAuthorityKeyProviderServerCertificate -ServerCertificate $cert | Out-Null
        $kp = Get-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -Name clkp
        $kp.Status.ServerStatus.ClientTrustServer
        (Get-TrustAuthorityKeyProviderServerCertificate -KeyProviderServer $kp.KeyProviderServers).Trusted
        """)
        #expect(result.output == ["True", "True"])
    }

    @Test func aFileWithoutACertificateIsRefused() throws {
        let session = try Self.withPresentedCertificate()
        let scratch = try ScratchDirectory()
        try scratch.write("no certificate here", to: "empty.pem")
        let path = scratch.file("empty.pem")
        #expect(session.errorMessages("Add-TrustAuthorityKeyProviderServerCertificate -KeyProvider clkp -FilePath '\(path)'") ==
            ["Add-TrustAuthorityKeyProviderServerCertificate : The file '\(path)' does not contain a PEM certificate."])
        #expect(session.lastError() == ["Client20_TrustedInfrastructure_InvalidCertificate," + Self.fullyQualifiedClass, "InvalidData", "ViError"])
        #expect(session.lab.provider(named: "clkp")?.trustedServerCertificates == [])
    }

    @Test func aProviderThatDoesNotExistIsAnObjectByNameFailure() throws {
        let session = try Self.withPresentedCertificate()
        #expect(session.errorMessages("Add-TrustAuthorityKeyProviderServerCertificate -KeyProvider nope -Certificate $cert.Certificate") ==
            ["Add-TrustAuthorityKeyProviderServerCertificate : Could not find TrustAuthorityKeyProvider with name 'nope'."])
        #expect(session.lastError() == ["Core_ObnSelector_SelectObjectByNameCore_ObjectNotFound," + Self.fullyQualifiedClass, "ObjectNotFound", "VimException"])
    }

    @Test func theSetsCannotBeMixedAndTheCertificateSetNeedsAProvider() throws {
        let session = try Self.withPresentedCertificate()
        session.run("Add-TrustAuthorityKeyProviderServerCertificate -ServerCertificate $cert -FilePath x.pem -KeyProvider clkp")
        #expect(session.lastError().first == "AmbiguousParameterSet," + Self.fullyQualifiedClass)
        #expect(session.errorMessages("Add-TrustAuthorityKeyProviderServerCertificate -Certificate $cert.Certificate") ==
            ["Add-TrustAuthorityKeyProviderServerCertificate : Cannot process command because of one or more missing mandatory parameters: KeyProvider."])
        #expect(session.lab.provider(named: "clkp")?.trustedServerCertificates == [])
    }

    @Test func itRefusesWhenNotConnectedOrNotATrustedAdmin() throws {
        let session = try Self.withPresentedCertificate()
        session.run("Disconnect-VIServer * -Confirm:$false")
        #expect(session.errorMessages("Add-TrustAuthorityKeyProviderServerCertificate -ServerCertificate $cert") ==
            ["Add-TrustAuthorityKeyProviderServerCertificate : " + PowerCLITestShell.notConnected])
        session.run(PowerCLITestShell.connectAsAdministrator)
        #expect(session.errorMessages("Add-TrustAuthorityKeyProviderServerCertificate -ServerCertificate $cert") ==
            ["Add-TrustAuthorityKeyProviderServerCertificate : " + PowerCLITestShell.notTrustedAdmin])
        #expect(session.lab.provider(named: "clkp")?.trustedServerCertificates == [])
    }
}
