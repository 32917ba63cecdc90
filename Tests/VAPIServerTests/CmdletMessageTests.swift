import Testing
import TestSupport
import TrustAuthority

/// The endpoint's messages come from TrustAuthority (AccessError, LookupError, LabError); the cmdlets must say
/// the same for the same failure, or a script and an SDK client would disagree. These run the cmdlets.
@Suite struct CmdletMessageTests {
    static func errors(_ script: String) throws -> String {
        let shell = try PowerCLITestShell()
        let (_, errors) = shell.run(script)
        return errors.joined(separator: " ")
    }

    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test func notTrustedAdmin() throws {
        let shown = try Self.errors("Connect-VIServer -Server 192.168.210.22 -User administrator@vsphere.local -Password 'VMware1!' | Out-Null; Get-TrustAuthorityCluster")
        #expect(Self.collapsed(shown).contains(AccessError.notTrustedAdmin("VSPHERE.LOCAL\\administrator").message))
    }

    @Test func incorrectCredentials() throws {
        let shown = try Self.errors("Connect-VIServer -Server 192.168.210.22 -User trustedadmin@vsphere.local -Password 'nope'")
        #expect(Self.collapsed(shown).contains(AccessError.incorrectCredentials.message))
    }

    @Test func providerNotFound() throws {
        let shown = try Self.errors(PowerCLITestShell.connect + "; Get-TrustAuthorityKeyProviderClientCertificate -KeyProvider nope")
        #expect(Self.collapsed(shown).contains(LookupError.providerNotFound("nope").message))
    }

    @Test func clusterNotFound() throws {
        let shown = try Self.errors(PowerCLITestShell.connect + "; Get-TrustAuthorityCluster -Id 'TrustAuthorityCluster-domain-c99'")
        #expect(Self.collapsed(shown).contains(LookupError.clusterNotFound("TrustAuthorityCluster-domain-c99").message))
    }

    @Test func noSigningRequest() throws {
        let shown = try Self.errors(PowerCLITestShell.connect + """
        ; New-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -PrimaryKeyId 1 -Name kp -KmipServerAddress 192.168.110.91 | Out-Null
        Get-TrustAuthorityKeyProviderClientCertificateCSR -KeyProvider kp
        """)
        #expect(Self.collapsed(shown).contains(LookupError.noSigningRequest("kp").message))
    }

    @Test func badKMIPPort() throws {
        let shown = try Self.errors(PowerCLITestShell.connect + "; New-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -PrimaryKeyId 1 -Name kp -KmipServerAddress 192.168.110.91 -KmipServerPort 70000")
        var refused: String?
        do {
            try Lab.checkKMIPServerPort(70000)
        } catch {
            refused = error.message
        }
        #expect(refused.map { Self.collapsed(shown).contains($0) } == true)
    }
}
