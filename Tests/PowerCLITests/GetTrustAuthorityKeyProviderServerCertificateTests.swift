import TestSupport
import Testing

/// `Get-TrustAuthorityKeyProviderServerCertificate` (reference §3: set "from server" `-KeyProviderServer
/// <TrustAuthorityKeyProviderServer[]>`, the certificate each KMIP server presents; set "trusted" `-KeyProvider
/// <TrustAuthorityKeyProvider[]>`, the certificates the provider trusts; output
/// TrustAuthorityKeyProviderServerCertificate, §2; seed step 5.2-5.3).
@Suite struct GetTrustAuthorityKeyProviderServerCertificateTests {
    static let fullyQualifiedClass = "VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.GetTrustAuthorityKeyProviderServerCertificate"

    @Test func eachServerShowsTheCertificateItPresentsNotYetTrusted() throws {
        let session = try PowerCLITestShell.withProvider()
        let presented = try #require(session.lab.keyServers.first { $0.address == "192.168.110.91" }?.serverCertificate.certificate)
        let result = session.run("""
        $cert = Get-TrustAuthorityKeyProviderServerCertificate -KeyProviderServer $kp.KeyProviderServers
        $cert.PSObject.TypeNames[0]
        ($cert.PSObject.Properties | ForEach-Object { $_.Name } | Sort-Object) -join ','
        $cert.Trusted; $cert.KeyProviderServerId; $cert.KeyProviderId; $cert.TrustAuthorityClusterId
        $cert.Certificate.GetType().FullName; $cert.Certificate.Thumbprint
        """)
        #expect(result.errors == [])
        // §2's properties; the seed's row: Trusted False, KeyProviderServerId domain-c8-clkp:192.16..., KeyProviderId domain-c8-clkp.
        #expect(result.output == ["VMware.VimAutomation.Security.Types.V1.TrustedInfrastructure.TrustAuthorityKeyProviderServerCertificate",
                                  "Certificate,CertificateRawData,KeyProviderId,KeyProviderServerId,TrustAuthorityClusterId,Trusted,Uid",
                                  "False", "domain-c8-clkp:192.168.110.91", "domain-c8-clkp", "TrustAuthorityCluster-domain-c8",
                                  "System.Security.Cryptography.X509Certificates.X509Certificate2", presented.thumbprint])
    }

    @Test func itPrintsInTheSeedsTable() throws {
        let session = try PowerCLITestShell.withProvider()
        // Seed: widths 40/10/25; the multi-line certificate text shows its first line and "...", and a value wider than
        // its column is cut to width - 3 characters and "..." (Windows PowerShell 5.1).
        #expect(session.run("Get-TrustAuthorityKeyProviderServerCertificate -KeyProviderServer $kp.KeyProviderServers").output.filter { !$0.isEmpty } == [
            "Certificate                              Trusted    KeyProviderServerId       KeyProviderId",
            "-----------                              -------    -------------------       -------------",
            "[Subject]...                             False      domain-c8-clkp:192.168... domain-c8-clkp",
        ])
    }

    @Test func serversBindFromThePipelineAndTheProviderSetListsWhatTheProviderTrusts() throws {
        let session = try PowerCLITestShell.withProvider()
        let result = session.run("""
        ($kp.KeyProviderServers | Get-TrustAuthorityKeyProviderServerCertificate).Trusted
        @(Get-TrustAuthorityKeyProviderServerCertificate -KeyProvider $kp).Count
        Add-TrustAuthorityKeyProviderServerCertificate -ServerCertificate (Get-TrustAuthorityKeyProviderServerCertificate -KeyProviderServer $kp.KeyProviderServers) | Out-Null
        $trusted = Get-TrustAuthorityKeyProviderServerCertificate -KeyProvider clkp
        $trusted.Trusted; $trusted.KeyProviderServerId -eq $null
        ($kp | Get-TrustAuthorityKeyProviderServerCertificate).Trusted
        (Get-TrustAuthorityKeyProviderServerCertificate -KeyProviderServer $kp.KeyProviderServers).Trusted
        """)
        #expect(result.errors == [])
        #expect(result.output == ["False", "0", "True", "True", "True", "True"])
    }

    @Test func aServerIsAnObjectNotAName() throws {
        let session = try PowerCLITestShell.withProvider()
        let result = session.run("Get-TrustAuthorityKeyProviderServerCertificate -KeyProviderServer 192.168.110.91")
        #expect(result.output == [])
        #expect(result.errors.first == "Get-TrustAuthorityKeyProviderServerCertificate : Cannot bind parameter 'KeyProviderServer'. Cannot convert the \"192.168.110.91\" value of type \"System.String\" to type \"VMware.VimAutomation.Security.Types.V1.TrustedInfrastructure.TrustAuthorityKeyProviderServer\".")
    }

    @Test func aServerThatCannotBeReachedIsANonTerminatingErrorAndTheNextIsRead() throws {
        let session = try PowerCLITestShell.withProvider()
        session.run("Add-TrustAuthorityKeyProviderServer 10.0.0.1 -KeyProvider $kp | Out-Null; $kp = Get-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -Name clkp")
        let result = session.run("(Get-TrustAuthorityKeyProviderServerCertificate -KeyProviderServer $kp.KeyProviderServers[1], $kp.KeyProviderServers[0]).KeyProviderServerId")
        #expect(result.output == ["domain-c8-clkp:192.168.110.91"])
        #expect(result.errors.first == "Get-TrustAuthorityKeyProviderServerCertificate : Cannot retrieve the certificate of the key server 10.0.0.1:5696: no connection could be made.")
        #expect(session.lastError() == ["Client20_TrustedInfrastructure_ServerUnreachable," + Self.fullyQualifiedClass, "ConnectionError", "ViError"])
    }

    @Test func oneOfTheTwoSetsIsNeeded() throws {
        let session = try PowerCLITestShell.withProvider()
        session.run("Get-TrustAuthorityKeyProviderServerCertificate")
        #expect(session.lastError().first == "MissingMandatoryParameter," + Self.fullyQualifiedClass)
        session.run("Get-TrustAuthorityKeyProviderServerCertificate -KeyProvider $kp -KeyProviderServer $kp.KeyProviderServers")
        #expect(session.lastError().first == "AmbiguousParameterSet," + Self.fullyQualifiedClass)
    }

    @Test func itRefusesWhenNotConnectedOrNotATrustedAdmin() throws {
        let session = try PowerCLITestShell.withProvider()
        session.run("Disconnect-VIServer * -Confirm:$false")
        #expect(session.errorMessages("Get-TrustAuthorityKeyProviderServerCertificate -KeyProviderServer $kp.KeyProviderServers") ==
            ["Get-TrustAuthorityKeyProviderServerCertificate : " + PowerCLITestShell.notConnected])
        session.run(PowerCLITestShell.connectAsAdministrator)
        #expect(session.errorMessages("Get-TrustAuthorityKeyProviderServerCertificate -KeyProvider clkp") ==
            ["Get-TrustAuthorityKeyProviderServerCertificate : " + PowerCLITestShell.notTrustedAdmin])
    }
}
