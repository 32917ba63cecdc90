import TestSupport
import Testing
import TrustAuthority

/// `Get-TrustedCluster` (reference §1: "retrieves the trusted clusters from the connected workload vCenter Server
/// system"; §2 TrustedCluster: AttestationServiceInfo, Id, KeyProviderServiceInfo, Name, State TrustedState, Uid;
/// called positionally by VMware's code, `Get-TrustedCluster $TrustedCluster.Name`).
@Suite struct GetTrustedClusterTests {
    static let fullyQualifiedClass = "VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.GetTrustedCluster"

    /// The seed's vCenter with two workload clusters.
    static let workload = LabDefinition(
        vCenters: [VCenter(address: "192.168.210.22", ssoDomain: "vsphere.local",
                           users: [SSOUser(name: "trustedadmin", password: "VMware1!", groups: ["TrustedAdmins"]),
                                   SSOUser(name: "administrator", password: "VMware1!", groups: ["Administrators"])],
                           trustAuthorityClusters: [ClusterRecord(id: "domain-c8", name: "vTA Cluster", enabled: true)],
                           clusters: [ClusterRecord(id: "domain-c10", name: "Workload Cluster", enabled: true),
                                      ClusterRecord(id: "domain-c11", name: "Test Cluster", enabled: false)])],
        keyServers: [])

    @Test func theNameBindsPositionallyAndTakesWildcards() throws {
        let session = try PowerCLITestShell.connected(definition: Self.workload)
        let result = session.run("""
        (Get-TrustedCluster 'Workload Cluster').Id
        (Get-TrustedCluster -Name '*Cluster').Name -join ','
        (Get-TrustedCluster).Count
        """)
        #expect(result.errors == [])
        #expect(result.output == ["TrustedCluster-domain-c10", "Workload Cluster,Test Cluster", "2"])
    }

    @Test func theOutputIsATrustedClusterWithTheDocumentedProperties() throws {
        let session = try PowerCLITestShell.connected(definition: Self.workload)
        let result = session.run("""
        $tc = Get-TrustedCluster 'Test Cluster'
        $tc.PSObject.TypeNames[0]
        ($tc.PSObject.Properties | ForEach-Object { $_.Name } | Sort-Object) -join ','
        $tc.State; $tc.State.GetType().FullName
        """)
        #expect(result.output == ["VMware.VimAutomation.Security.Types.V1.TrustedInfrastructure.TrustedCluster",
                                  "AttestationServiceInfo,Id,KeyProviderServiceInfo,Name,State,Uid",
                                  "Disabled", "VMware.VimAutomation.Security.Types.V1.TrustedInfrastructure.TrustedState"])
    }

    @Test func itPrintsLikeGetTrustAuthorityCluster() throws {
        let session = try PowerCLITestShell.connected(definition: Self.workload)
        // Reference §2: "Get-TrustedCluster is printed the same way (TrustedCluster-domain-c8)".
        #expect(session.run("Get-TrustedCluster 'Workload Cluster'").output.filter { !$0.isEmpty } == [
            "Name                 State      Id",
            "----                 -----      --",
            "Workload Cluster     Enabled    TrustedCluster-domain-c10",
        ])
    }

    @Test func theIdSetMatchesExactlyAndReportsEachMissingId() throws {
        let session = try PowerCLITestShell.connected(definition: Self.workload)
        let result = session.run("(Get-TrustedCluster -Id TrustedCluster-domain-c11, TrustedCluster-domain-c99).Name")
        #expect(result.output == ["Test Cluster"])
        #expect(result.errors.first == "Get-TrustedCluster : Could not find TrustedCluster with Id 'TrustedCluster-domain-c99'.")
        #expect(session.lastError() == ["Core_OutputHelper_WriteNotFoundError," + Self.fullyQualifiedClass, "ObjectNotFound", "VimException"])
    }

    @Test func aNameThatMatchesNothingIsAnErrorButAWildcardIsNot() throws {
        let session = try PowerCLITestShell.connected(definition: Self.workload)
        #expect(session.errorMessages("Get-TrustedCluster nope") == ["Get-TrustedCluster : Could not find TrustedCluster with name 'nope'."])
        let wildcard = session.run("Get-TrustedCluster nope*")
        #expect(wildcard.output == [])
        #expect(wildcard.errors == [])
    }

    @Test func theIdAndNameSetsCannotBeMixed() throws {
        let session = try PowerCLITestShell.connected(definition: Self.workload)
        session.run("Get-TrustedCluster -Id TrustedCluster-domain-c10 -Name 'Workload Cluster'")
        #expect(session.lastError().first == "AmbiguousParameterSet," + Self.fullyQualifiedClass)
    }

    @Test func itRefusesWhenNotConnectedOrNotATrustedAdmin() throws {
        let session = try PowerCLITestShell(definition: Self.workload)
        #expect(session.errorMessages("Get-TrustedCluster") == ["Get-TrustedCluster : " + PowerCLITestShell.notConnected])
        session.run(PowerCLITestShell.connectAsAdministrator)
        #expect(session.errorMessages("Get-TrustedCluster") == ["Get-TrustedCluster : " + PowerCLITestShell.notTrustedAdmin])
    }
}
