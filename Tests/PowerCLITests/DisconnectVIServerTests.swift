import TestSupport
import Testing

/// `Disconnect-VIServer [-Force] [-Server <VIServer[]>]` (reference §3: -Server takes the pipeline and wildcards, hence
/// `-Server *`; supports -Confirm, as the seed's `Disconnect-VIServer -server * -Confirm:$false`; output none).
/// Asking for confirmation and -WhatIf are in PowerCLICmdletTests.
@Suite struct DisconnectVIServerTests {
    static let fullyQualifiedClass = "VMware.VimAutomation.ViCore.Cmdlets.Commands.DisconnectVIServer"

    @Test func theServerBindsPositionallyByNameAndPrintsNothing() throws {
        let session = try PowerCLITestShell.connected()
        let result = session.run("Disconnect-VIServer 192.168.210.22 -Confirm:$false")
        #expect(result.output == [])
        #expect(result.errors == [])
        #expect(session.run("$global:DefaultVIServers.Count; $global:DefaultVIServer -eq $null").output == ["0", "True"])
    }

    @Test func theServerBindsAsAVIServerObjectAndFromThePipeline() throws {
        let session = try PowerCLITestShell()
        let result = session.run("""
        $s = Connect-VIServer 192.168.210.22 -User trustedadmin@vsphere.local -Password 'VMware1!'
        Disconnect-VIServer -Server $s -Confirm:$false; $global:DefaultVIServers.Count
        Connect-VIServer 192.168.210.22 -User trustedadmin@vsphere.local -Password 'VMware1!' | Out-Null
        $global:DefaultVIServers | Disconnect-VIServer -Confirm:$false; $global:DefaultVIServers.Count
        """)
        #expect(result.errors == [])
        #expect(result.output == ["0", "0"])
    }

    @Test func withoutAServerTheCurrentConnectionCloses() throws {
        let session = try PowerCLITestShell.connected()
        #expect(session.run("Disconnect-VIServer -Confirm:$false; $global:DefaultVIServers.Count").output == ["0"])
        #expect(session.errorMessages("Get-TrustAuthorityCluster") == ["Get-TrustAuthorityCluster : " + PowerCLITestShell.notConnected])
    }

    @Test func aPatternThatMatchesNoConnectionClosesNothing() throws {
        let session = try PowerCLITestShell.connected()
        #expect(session.run("Disconnect-VIServer 10.* -Confirm:$false; $global:DefaultVIServers.Count").output == ["1"])
    }

    @Test func aValueThatIsNeitherAServerNorANameIsABindingError() throws {
        let session = try PowerCLITestShell.connected()
        let result = session.run("Disconnect-VIServer -Server 5 -Confirm:$false")
        #expect(result.errors.first == "Disconnect-VIServer : Cannot bind parameter 'Server'. Cannot convert the \"5\" value of type \"System.Int32\" to type \"VMware.VimAutomation.ViCore.Types.V1.VIServer\".")
        #expect(session.lastError().first == "CannotConvertArgument," + Self.fullyQualifiedClass)
        #expect(session.run("$global:DefaultVIServers.Count").output == ["1"])
    }
}
