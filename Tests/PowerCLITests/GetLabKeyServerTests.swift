import TestSupport
import Testing

/// `Get-LabKeyServer [[-Address] <String[]>]`: the lab's key servers (docs/labs/default.yaml and the seed's table:
/// 192.168.110.91:5696, user vcqekmip, keys 1 and 8). Lab cmdlets play the KMS administrator: no vCenter connection.
@Suite struct GetLabKeyServerTests {
    @Test func theDefaultLabsKeyServerIsListedWithoutAConnection() throws {
        let session = try PowerCLITestShell()
        let result = session.run("""
        $ks = Get-LabKeyServer
        $ks.PSObject.TypeNames[0]; $ks.Address; $ks.Port; $ks.Mode; $ks.Username; $ks.Keys -join ','; $ks.TrustedClients.Count
        $ks.ServerCertificate.GetType().FullName
        """)
        #expect(result.errors == [])
        #expect(result.output == ["Vtash.Lab.KeyServer", "192.168.110.91", "5696", "Simulated", "vcqekmip", "1,8", "0",
                                  "System.Security.Cryptography.X509Certificates.X509Certificate2"])
        let server = try #require(session.lab.keyServers.first)
        #expect(session.run("$ks.CertificateAuthority; $ks.ServerCertificate.Thumbprint").output
            == [server.certificateAuthority.certificate.subject, server.serverCertificate.certificate.thumbprint])
    }

    @Test func theAddressBindsPositionallyAndTakesWildcards() throws {
        let session = try PowerCLITestShell()
        session.run("New-LabKeyServer 192.168.110.92 | Out-Null; New-LabKeyServer 127.0.0.1 -Port 5696 -Live | Out-Null")
        let result = session.run("""
        (Get-LabKeyServer 192.168.110.92).Address
        (Get-LabKeyServer -Address 192.168.110.*).Address -join ','
        (Get-LabKeyServer 127.0.0.1).Mode
        (Get-LabKeyServer).Count
        @(Get-LabKeyServer 10.*).Count
        """)
        #expect(result.errors == [])
        #expect(result.output == ["192.168.110.92", "192.168.110.91,192.168.110.92", "Live", "3", "0"])
    }

    @Test func aLiveServerIsOnlyNamed() throws {
        let session = try PowerCLITestShell()
        session.run("New-LabKeyServer 127.0.0.1 -Port 5696 -Live | Out-Null")
        let result = session.run("$live = Get-LabKeyServer 127.0.0.1; $live.Port; $live.Keys -eq $null; $live.ServerCertificate -eq $null")
        #expect(result.output == ["5696", "True", "True"])
    }

    @Test func uploadedClientCertificatesAreListedByCommonName() throws {
        let session = try PowerCLITestShell.withProvider()
        let scratch = try ScratchDirectory()
        try session.shell.setLocation(scratch.path)
        session.run("""
        New-TrustAuthorityKeyProviderClientCertificate -KeyProvider $kp
        Export-TrustAuthorityKeyProviderClientCertificate -KeyProvider $kp -FilePath clientcert.pem
        Add-LabKeyServerClientCertificate -KeyServer 192.168.110.91 -FilePath clientcert.pem
        """)
        let certificate = try #require(session.lab.provider(named: "clkp")?.clientCertificate)
        #expect(session.run("(Get-LabKeyServer 192.168.110.91).TrustedClients").output == [certificate.subjectCommonName ?? certificate.subject])
    }
}
