import Foundation
import Testing
import TestSupport

/// The tables and certificate text the seed prints, compared line by line.
@Suite struct SeedOutputShapeTests {
    func run(_ script: String) throws -> [String] {
        let (result, _) = try VtashProcess.runScript(script)
        #expect(result.errors.isEmpty, "\(result.errors)")
        return result.outputLines
    }

    @Test func keyProviderTableMatchesTheSeedColumnForColumn() throws {
        let lines = try run("""
        Connect-VIServer -server 192.168.210.22 -User trustedadmin@vsphere.local -Password 'VMware1!' | Out-Null
        $vTA = Get-TrustAuthorityCluster 'vTA Cluster'
        New-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -PrimaryKeyId 8 -Name clkp -KmipServerAddress 192.168.110.91
        """)
        #expect(Array(lines.prefix(5)) == [
            "",
            "Name                 PrimaryKeyId         Type       TrustAuthorityClusterId",
            "----                 ------------         ----       -----------------------",
            "clkp                 8                    KMIP       TrustAuthorityCluster-domain-c8",
            "",
        ])
    }

    @Test func viServerTableShowsTheDomainQualifiedUser() throws {
        let lines = try run("""
        Connect-VIServer -server 192.168.210.22 -User trustedadmin@vsphere.local -Password 'VMware1!' | Out-Null
        $global:defaultviservers
        """)
        #expect(Array(lines.prefix(4)) == [
            "",
            "Name                           Port  User",
            "----                           ----  ----",
            "192.168.210.22                 443   VSPHERE.LOCAL\\trustedadmin",
        ])
    }

    @Test func serverCertificateTableUsesWidths40And10And25() throws {
        let lines = try run(ProcedureScripts.connect + """
        Get-TrustAuthorityKeyProviderServerCertificate -KeyProviderServer $kp.KeyProviderServers
        $cert = Get-TrustAuthorityKeyProviderServerCertificate -KeyProviderServer $kp.KeyProviderServers
        Add-TrustAuthorityKeyProviderServerCertificate -ServerCertificate $cert
        """)
        let header = "Certificate                              Trusted    KeyProviderServerId       KeyProviderId"
        let dashes = "-----------                              -------    -------------------       -------------"
        // In one script both outputs share one table, as in PowerShell (one Out-Default per script).
        #expect(lines.filter { $0 == header }.count == 1)
        #expect(lines.filter { $0 == dashes }.count == 1)
        #expect(lines.contains("[Subject]...                             False      domain-c8-clkp:192.168... domain-c8-clkp"))
        #expect(lines.contains("[Subject]...                             True                                 domain-c8-clkp"))
    }

    @Test func certificateToStringHasTheDotNetLayout() throws {
        let lines = try run(ProcedureScripts.connect + """
        $cert = Get-TrustAuthorityKeyProviderServerCertificate -KeyProviderServer $kp.KeyProviderServers
        $cert.Certificate.ToString()
        "Thumbprint=" + $cert.Certificate.Thumbprint
        """)
        let headers = lines.filter { $0.hasPrefix("[") }
        #expect(headers == ["[Subject]", "[Issuer]", "[Serial Number]", "[Not Before]", "[Not After]", "[Thumbprint]"])
        guard let subjectIndex = lines.firstIndex(of: "[Subject]"), subjectIndex + 4 < lines.count else {
            Issue.record("no [Subject] block")
            return
        }
        #expect(lines[subjectIndex + 1] == "  E=kms-admin@vsphere.local, CN=192.168.110.91, OU=VMware Engineering, O=VMware, L=Palo Alto, S=California, C=US")
        #expect(lines[subjectIndex + 2] == "")
        // The seed's issuer: `O=<host>.eng.vmware.com, C=US, DC=local, DC=vsphere, CN=CA`.
        #expect(lines[subjectIndex + 4] == "  O=kms-192-168-110-91.eng.vmware.com, C=US, DC=local, DC=vsphere, CN=CA")
        let dateLines = lines.enumerated().filter { $0.offset > 0 && (lines[$0.offset - 1] == "[Not Before]" || lines[$0.offset - 1] == "[Not After]") }.map(\.element)
        #expect(dateLines.count == 2)
        #expect(dateLines.allSatisfy { $0.range(of: #"^  \d{1,2}/\d{1,2}/\d{4} \d{1,2}:\d{2}:\d{2} (AM|PM)$"#, options: .regularExpression) != nil })
        guard let thumbIndex = lines.firstIndex(of: "[Thumbprint]"), let reported = lines.first(where: { $0.hasPrefix("Thumbprint=") }) else {
            Issue.record("no thumbprint")
            return
        }
        #expect(lines[thumbIndex + 1] == "  " + reported.dropFirst("Thumbprint=".count))
        #expect(lines[thumbIndex + 1].range(of: #"^  [0-9A-F]{40}$"#, options: .regularExpression) != nil)
    }

    @Test func statusTableOfAHealthyProviderMatchesTheSeedShape() throws {
        let lines = try run(ProcedureScripts.connect + ProcedureScripts.uploadRoute + ProcedureScripts.trustServer + """
        $kp = Get-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA
        $kp.Status
        """)
        #expect(Array(lines.suffix(6)) == [
            "",
            "KeyProviderId  Health HealthDetails ServerStatus",
            "-------------  ------ ------------- ------------",
            "domain-c8-clkp     Ok {}            {192.168.110.91}",
            "",
            "",
        ])
    }

    @Test func statusIsASnapshotUntilTheProviderIsReadAgain() throws {
        let lines = try run(ProcedureScripts.connect + ProcedureScripts.uploadRoute + ProcedureScripts.trustServer + """
        "Before=" + $kp.Status.Health
        $kp = Get-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA
        "After=" + $kp.Status.Health
        """)
        #expect(lines.contains("Before=Error"))
        #expect(lines.contains("After=Ok"))
    }
}
