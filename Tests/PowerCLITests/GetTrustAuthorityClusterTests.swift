import TestSupport
import Testing
import TrustAuthority

/// `Get-TrustAuthorityCluster` (reference/powercli-cmdlets.md §3: sets ById `-Id <String[]>` and ByName
/// `[-Name] <String[]> [-State <TrustAuthorityState>]`; output TrustAuthorityCluster, §2).
@Suite struct GetTrustAuthorityClusterTests {
    /// The seed's vCenter with a second, disabled Trust Authority cluster.
    static let twoClusters = LabDefinition(
        vCenters: [VCenter(address: "192.168.210.22", ssoDomain: "vsphere.local",
                           users: [SSOUser(name: "trustedadmin", password: "VMware1!", groups: ["TrustedAdmins"])],
                           trustAuthorityClusters: [ClusterRecord(id: "domain-c8", name: "vTA Cluster", enabled: true),
                                                    ClusterRecord(id: "domain-c20", name: "Staging TA", enabled: false)])],
        keyServers: [])

    @Test func theNameBindsPositionallyAndByName() throws {
        let session = try PowerCLITestShell.connected()
        let result = session.run("(Get-TrustAuthorityCluster 'vTA Cluster').Id; (Get-TrustAuthorityCluster -Name 'vTA Cluster').Id")
        #expect(result.output == ["TrustAuthorityCluster-domain-c8", "TrustAuthorityCluster-domain-c8"])
    }

    @Test func theOutputIsATrustAuthorityClusterWithTheDocumentedProperties() throws {
        let session = try PowerCLITestShell.connected()
        let result = session.run("""
        $vTA.PSObject.TypeNames[0]
        ($vTA.PSObject.Properties | ForEach-Object { $_.Name } | Sort-Object) -join ','
        $vTA.Name; $vTA.State; $vTA.Id
        """)
        // §2: Id, Name, ServerGuid, State (TrustAuthorityState), Uid; the seed's cluster and the id form of §2's views.
        #expect(result.output == ["VMware.VimAutomation.Security.Types.V1.TrustedInfrastructure.TrustAuthorityCluster",
                                  "Id,Name,ServerGuid,State,Uid",
                                  "vTA Cluster", "Enabled", "TrustAuthorityCluster-domain-c8"])
    }

    @Test func itPrintsInTheNameStateIdTable() throws {
        let session = try PowerCLITestShell.connected()
        // §2 "Default table views": Name, State, Id (the vSphere 7 "Enable the Trust Authority State" page).
        #expect(session.run("Get-TrustAuthorityCluster").output.filter { !$0.isEmpty } == [
            "Name                 State      Id",
            "----                 -----      --",
            "vTA Cluster          Enabled    TrustAuthorityCluster-domain-c8",
        ])
    }

    @Test func withoutANameEveryClusterOfTheConnectedVCenterIsListed() throws {
        let session = try PowerCLITestShell.connected(definition: Self.twoClusters)
        #expect(session.run("(Get-TrustAuthorityCluster).Name").output == ["vTA Cluster", "Staging TA"])
        #expect(session.run("(Get-TrustAuthorityCluster -Name '*TA*').Name").output == ["vTA Cluster", "Staging TA"])
    }

    @Test func theStateFiltersByTheEnumAndIsCaseInsensitive() throws {
        let session = try PowerCLITestShell.connected(definition: Self.twoClusters)
        #expect(session.run("(Get-TrustAuthorityCluster -State Disabled).Name").output == ["Staging TA"])
        #expect(session.run("(Get-TrustAuthorityCluster -State enabled).Name").output == ["vTA Cluster"])
        #expect(session.run("(Get-TrustAuthorityCluster 'Staging TA').State.GetType().FullName").output
            == ["VMware.VimAutomation.Security.Types.V1.TrustedInfrastructure.TrustAuthorityState"])
    }

    @Test func aStateOutsideTheEnumIsABindingError() throws {
        let session = try PowerCLITestShell.connected()
        let result = session.run("Get-TrustAuthorityCluster -State Bogus")
        #expect(result.output == [])
        #expect(result.errors.first == "Get-TrustAuthorityCluster : Cannot bind parameter 'State'. Cannot convert value \"Bogus\" to type \"VMware.VimAutomation.Security.Types.V1.TrustedInfrastructure.TrustAuthorityState\". Error: \"Unable to match the identifier name Bogus to a valid enumerator name. Specify one of the following enumerator names and try again:")
        #expect(session.lastError().first == "CannotConvertArgumentNoMessage,VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.GetTrustAuthorityCluster")
    }

    @Test func theIdSetMatchesIdsExactlyAndReportsEachMissingOne() throws {
        let session = try PowerCLITestShell.connected(definition: Self.twoClusters)
        let result = session.run("(Get-TrustAuthorityCluster -Id TrustAuthorityCluster-domain-c20, TrustAuthorityCluster-domain-c99, TrustAuthorityCluster-domain-*).Name")
        #expect(result.output == ["Staging TA"])
        #expect(session.errorMessages("Get-TrustAuthorityCluster -Id TrustAuthorityCluster-domain-c99") == [
            "Get-TrustAuthorityCluster : Could not find TrustAuthorityCluster with Id 'TrustAuthorityCluster-domain-c99'.",
        ])
        #expect(session.lastError() == ["Core_OutputHelper_WriteNotFoundError,VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.GetTrustAuthorityCluster",
                                        "ObjectNotFound", "VimException"])
    }

    @Test func theIdAndNameSetsCannotBeMixed() throws {
        let session = try PowerCLITestShell.connected()
        let result = session.run("Get-TrustAuthorityCluster -Id TrustAuthorityCluster-domain-c8 -Name 'vTA Cluster'")
        #expect(result.output == [])
        #expect(session.lastError().first == "AmbiguousParameterSet,VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.GetTrustAuthorityCluster")
    }

    @Test func aNameThatMatchesNothingIsAnErrorButAWildcardIsNot() throws {
        let session = try PowerCLITestShell.connected()
        #expect(session.errorMessages("Get-TrustAuthorityCluster nope") == ["Get-TrustAuthorityCluster : Could not find TrustAuthorityCluster with name 'nope'."])
        #expect(session.lastError() == ["Core_OutputHelper_WriteNotFoundError,VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.GetTrustAuthorityCluster",
                                        "ObjectNotFound", "VimException"])
        let wildcard = session.run("Get-TrustAuthorityCluster nope*")
        #expect(wildcard.output == [])
        #expect(wildcard.errors == [])
    }

    @Test func itRefusesWhenNotConnected() throws {
        let session = try PowerCLITestShell()
        #expect(session.errorMessages("Get-TrustAuthorityCluster") == ["Get-TrustAuthorityCluster : " + PowerCLITestShell.notConnected])
        #expect(session.lastError() == ["Core_BaseCmdlet_NotConnectedError,VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.GetTrustAuthorityCluster",
                                        "ResourceUnavailable", "ViServerConnectionException"])
    }

    @Test func itRefusesAUserWhoIsNotATrustedAdmin() throws {
        let session = try PowerCLITestShell()
        session.run(PowerCLITestShell.connectAsAdministrator)
        #expect(session.errorMessages("Get-TrustAuthorityCluster") == ["Get-TrustAuthorityCluster : " + PowerCLITestShell.notTrustedAdmin])
        #expect(session.lastError() == ["Client20_TrustedInfrastructure_NoPermission,VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.GetTrustAuthorityCluster",
                                        "PermissionDenied", "ViSecurityNegotiationException"])
    }
}
