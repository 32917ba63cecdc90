import TestSupport
import Testing
import TrustAuthority

/// Several connected vCenters (reference §3 Connect-VIServer: "In multiple-default-server mode each new connection is
/// stored in $DefaultVIServers … Cmdlets whose target cannot be determined run against all servers in that array";
/// every cmdlet's `-Server <VIServer[]>`: "If no value is provided or $null value is passed to this parameter, the
/// command runs on the default servers"; Uid `/VIServer=<domain>\<user>@<host>:443/...`, issue 12).
@Suite struct MultipleServersTests {
    static let workload = LabDefinition.workloadVCenterAddress
    static let connectBoth = """
    Connect-VIServer -Server 192.168.210.22 -User trustedadmin@vsphere.local -Password 'VMware1!' | Out-Null
    Connect-VIServer -Server \(workload) -User trustedadmin@vsphere.local -Password 'VMware1!' | Out-Null
    """

    @Test func twoConnectionsAreTwoDefaultServersAndTheLastIsTheDefaultServer() throws {
        let session = try PowerCLITestShell()
        session.run(Self.connectBoth)
        let result = session.run("""
        $global:DefaultVIServers.Count; $global:DefaultVIServer.Name
        ($global:DefaultVIServers | ForEach-Object { $_.Name }) -join ','
        """)
        #expect(result.errors == [])
        #expect(result.output == ["2", Self.workload, "192.168.210.22,\(Self.workload)"])
        // Reference §2: "$global:DefaultVIServers prints the same table, one row per connected server."
        #expect(session.run("$global:DefaultVIServers").output.filter { !$0.isEmpty } == [
            "Name                           Port  User",
            "----                           ----  ----",
            "192.168.210.22                 443   VSPHERE.LOCAL\\trustedadmin",
            "\(Self.workload)                 443   VSPHERE.LOCAL\\trustedadmin",
        ])
    }

    /// The Trust Authority cmdlets honour `-Server` too: asked of the workload vCenter, which has no Trust Authority
    /// cluster, they find none there (not the Trust Authority vCenter's, which the default servers would give).
    @Test func trustAuthorityCmdletsLookOnlyAtTheServerGiven() throws {
        let session = try PowerCLITestShell()
        session.run(Self.connectBoth)
        #expect(session.run("(Get-TrustAuthorityCluster).Name").output == ["vTA Cluster"])
        #expect(session.run("(Get-TrustAuthorityCluster -Server 192.168.210.22).Name").output == ["vTA Cluster"])
        #expect(session.run("@(Get-TrustAuthorityCluster -Server \(Self.workload)).Count").output == ["0"])
        let named = session.run("Get-TrustAuthorityPrincipal -TrustAuthorityCluster 'vTA Cluster' -Server \(Self.workload)")
        #expect(named.output.filter { !$0.isEmpty } == [])
        #expect(named.errors.contains { $0.contains("Could not find TrustAuthorityCluster with name 'vTA Cluster'.") }, "\(named.errors)")
    }

    @Test func aConnectionsUidNamesTheDomainTheUserTheServerAndThePort() throws {
        let session = try PowerCLITestShell()
        let result = session.run("(Connect-VIServer \(Self.workload) -User trustedadmin@vsphere.local -Password 'VMware1!').Uid")
        #expect(result.output == ["/VIServer=vsphere.local\\trustedadmin@\(Self.workload):443/"])
    }

    @Test func objectsCarryTheirServerInTheirUid() throws {
        let session = try PowerCLITestShell()
        session.run(Self.connectBoth)
        let result = session.run("""
        (Get-VMHost esxi-01.vsphere.local).Uid
        (Get-VMHost esxi-ta-01.vsphere.local).Uid
        (Get-TrustedCluster 'Workload Cluster').Uid
        """)
        #expect(result.errors == [])
        #expect(result.output == [
            "/VIServer=vsphere.local\\trustedadmin@\(Self.workload):443/VMHost=HostSystem-host-12/",
            "/VIServer=vsphere.local\\trustedadmin@192.168.210.22:443/VMHost=HostSystem-host-10/",
            "/VIServer=vsphere.local\\trustedadmin@\(Self.workload):443/TrustedCluster=TrustedCluster-domain-c10/",
        ])
    }

    @Test func withoutServerACmdletRunsOnEveryDefaultServer() throws {
        let session = try PowerCLITestShell()
        session.run(Self.connectBoth)
        #expect(session.run("(Get-VMHost | ForEach-Object { $_.Name }) -join ','").output ==
            ["esxi-ta-01.vsphere.local,esxi-01.vsphere.local,esxi-02.vsphere.local,esxi-03.vsphere.local"])
        #expect(session.run("(Get-Datacenter | ForEach-Object { $_.Name }) -join ','").output == ["TA Datacenter,Workload Datacenter"])
    }

    @Test func serverSelectsConnectionsByNameWildcardOrObject() throws {
        let session = try PowerCLITestShell()
        session.run(Self.connectBoth)
        let result = session.run("""
        (Get-VMHost -Server \(Self.workload)).Count
        (Get-VMHost -Server 192.168.210.2*).Count
        (Get-VMHost -Server $global:DefaultVIServers[0]).Name
        (Get-Cluster -Server $global:DefaultVIServers[1]).Name
        """)
        #expect(result.errors == [])
        #expect(result.output == ["3", "4", "esxi-ta-01.vsphere.local", "Workload Cluster"])
    }

    @Test func aServerThatIsNotConnectedIsAnError() throws {
        let session = try PowerCLITestShell()
        session.run("$ta = Connect-VIServer -Server 192.168.210.22 -User trustedadmin@vsphere.local -Password 'VMware1!'")
        let result = session.run("Get-VMHost -Server \(Self.workload)")
        #expect(result.output == [])
        #expect(session.errorMessages("Get-VMHost -Server \(Self.workload)") == ["Get-VMHost : Could not find any of the servers specified by name."])
        #expect(session.lastError() == ["Core_ObnSelector_SetNewParameterValue_ServerSpecifiedButNotFound,VMware.VimAutomation.ViCore.Cmdlets.Commands.GetVMHost",
                                        "ObjectNotFound", "VimException"])
        session.run("Disconnect-VIServer -Server $ta -Confirm:$false")
        session.run(PowerCLITestShell.connect)
        #expect(session.errorMessages("Get-VMHost -Server $ta") ==
            ["Get-VMHost : The VIServer '192.168.210.22' is not connected. Connect to it with Connect-VIServer, or pass a server of $global:DefaultVIServers."])
    }

    @Test func notConnectedIsTheConnectError() throws {
        let session = try PowerCLITestShell()
        for command in ["Get-VMHost", "Get-Cluster", "Get-Datacenter", "Get-VM", "Get-TrustedPrincipal", "Get-KeyProvider"] {
            #expect(session.errorMessages(command) == ["\(command) : " + PowerCLITestShell.notConnected])
        }
    }

    @Test func trustAuthorityCmdletsFindTheTrustAuthorityVCenterAmongTheDefaultServers() throws {
        let session = try PowerCLITestShell()
        session.run(Self.connectBoth)
        let result = session.run("(Get-TrustAuthorityCluster 'vTA Cluster').Id; (Get-TrustedCluster).Name")
        #expect(result.errors == [])
        #expect(result.output == ["TrustAuthorityCluster-domain-c8", "Workload Cluster"])
    }

    @Test func disconnectingOneServerLeavesTheOther() throws {
        let session = try PowerCLITestShell()
        session.run(Self.connectBoth)
        let result = session.run("""
        Disconnect-VIServer -Server 192.168.210.22 -Confirm:$false
        $global:DefaultVIServers.Count; $global:DefaultVIServer.Name; (Get-VMHost).Count
        """)
        #expect(result.errors == [])
        #expect(result.output == ["1", Self.workload, "3"])
    }

    @Test func aHostConnectsDirectlyAndSeesOnlyItself() throws {
        let session = try PowerCLITestShell()
        let result = session.run("""
        $h = Connect-VIServer esxi-02.vsphere.local -User trustedadmin@vsphere.local -Password 'VMware1!'
        $h.Name; $h.ProductLine; $h.User
        (Get-VMHost).Name; @(Get-Cluster).Count
        """)
        #expect(result.errors == [])
        #expect(result.output == ["esxi-02.vsphere.local", "embeddedEsx", "trustedadmin", "esxi-02.vsphere.local", "0"])
    }
}
