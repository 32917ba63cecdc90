import TestSupport
import Testing

/// `Add-LabKeyServerClientCertificate [-KeyServer] <String> [-FilePath] <String>`: the KMS administrator uploads the
/// provider's client certificate (seed step 4, "Client certificate upload": "the operator uploads that file to the KMS").
@Suite struct AddLabKeyServerClientCertificateTests {
    static let fullyQualifiedClass = "Vtash.Lab.AddLabKeyServerClientCertificate"

    /// `clkp` with a self-signed client certificate exported to clientcert.pem in `scratch`.
    static func withExportedCertificate(_ scratch: ScratchDirectory) throws -> PowerCLITestShell {
        let session = try PowerCLITestShell.withProvider()
        try session.shell.setLocation(scratch.path)
        session.run("""
        New-TrustAuthorityKeyProviderClientCertificate -KeyProvider $kp
        Export-TrustAuthorityKeyProviderClientCertificate -KeyProvider $kp -FilePath clientcert.pem
        """)
        return session
    }

    func trusted(_ session: PowerCLITestShell) -> [String] {
        session.lab.keyServers.first { $0.address == "192.168.110.91" }?.trustedClientCertificates.map(\.pem) ?? []
    }

    @Test func theKeyServerTrustsTheUploadedCertificateAndTheProviderTurnsHealthy() throws {
        let scratch = try ScratchDirectory()
        let session = try Self.withExportedCertificate(scratch)
        let result = session.run("Add-LabKeyServerClientCertificate -KeyServer 192.168.110.91 -FilePath clientcert.pem")
        #expect(result.output == [])
        #expect(result.errors == [])
        #expect(trusted(session) == [scratch.text("clientcert.pem")])
        // Seed step 6: with the key server's certificate trusted too, the provider's status is Ok.
        let status = session.run("""
        Add-TrustAuthorityKeyProviderServerCertificate -ServerCertificate (Get-TrustAuthorityKeyProviderServerCertificate -KeyProviderServer $kp.KeyProviderServers) | Out-Null
        $kp = Get-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -Name clkp
        $kp.Status.Health; $kp.Status.ServerStatus.ServerTrustClient
        """)
        #expect(status.output == ["Ok", "True"])
    }

    @Test func bothParametersBindPositionallyAndAnUploadTwiceIsKeptOnce() throws {
        let scratch = try ScratchDirectory()
        let session = try Self.withExportedCertificate(scratch)
        #expect(session.run("Add-LabKeyServerClientCertificate 192.168.110.91 clientcert.pem; Add-LabKeyServerClientCertificate 192.168.110.91 clientcert.pem").errors == [])
        #expect(trusted(session).count == 1)
    }

    @Test func aFileWithoutACertificateIsRefused() throws {
        let scratch = try ScratchDirectory()
        let session = try Self.withExportedCertificate(scratch)
        try scratch.write("not a certificate", to: "bad.pem")
        #expect(session.errorMessages("Add-LabKeyServerClientCertificate 192.168.110.91 bad.pem") ==
            ["Add-LabKeyServerClientCertificate : The file 'bad.pem' does not contain a PEM certificate."])
        #expect(session.lastError() == ["LabInvalidCertificate," + Self.fullyQualifiedClass, "InvalidData", "LabException"])
        #expect(session.errorMessages("Add-LabKeyServerClientCertificate 192.168.110.91 missing.pem") ==
            ["Add-LabKeyServerClientCertificate : Could not find file '\(scratch.file("missing.pem"))'."])
        #expect(trusted(session) == [])
    }

    @Test func aServerTheLabDoesNotHaveOrALiveServerIsRefused() throws {
        let scratch = try ScratchDirectory()
        let session = try Self.withExportedCertificate(scratch)
        #expect(session.errorMessages("Add-LabKeyServerClientCertificate 10.9.9.9 clientcert.pem") ==
            ["Add-LabKeyServerClientCertificate : The lab has no key server at '10.9.9.9'. Get-LabKeyServer lists the key servers."])
        #expect(session.lastError() == ["LabKeyServerNotFound," + Self.fullyQualifiedClass, "ObjectNotFound", "LabException"])
        session.run("New-LabKeyServer 127.0.0.1 -Port 5696 -Live | Out-Null")
        session.run("Add-LabKeyServerClientCertificate 127.0.0.1 clientcert.pem")
        #expect(session.lastError() == ["LabKeyServerIsLive," + Self.fullyQualifiedClass, "InvalidOperation", "LabException"])
    }

    @Test func bothParametersAreMandatory() throws {
        let session = try PowerCLITestShell()
        #expect(session.errorMessages("Add-LabKeyServerClientCertificate 192.168.110.91") ==
            ["Add-LabKeyServerClientCertificate : Cannot process command because of one or more missing mandatory parameters: FilePath."])
    }
}
