import TestSupport
import Testing

/// `Get-TrustAuthorityKeyProvider -TrustAuthorityCluster <TrustAuthorityCluster[]> [[-Name] <String[]>]`
/// (reference/powercli-cmdlets.md §3, "complete"; alias `-Cluster` from VMware's own helper module).
@Suite struct GetTrustAuthorityKeyProviderTests {
    static let provider = "VMware.VimAutomation.Security.Types.V1.TrustedInfrastructure.TrustAuthorityKeyProvider"
    static let fullyQualifiedClass = "VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.GetTrustAuthorityKeyProvider"

    static func twoProviders() throws -> PowerCLITestShell {
        let session = try PowerCLITestShell.withProvider()
        session.run("New-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -PrimaryKeyId 1 -Name kp2 -KmipServerAddress 192.168.110.91 | Out-Null")
        return session
    }

    @Test func theClusterBindsAsAnObjectByNameByItsAliasAndFromThePipeline() throws {
        let session = try Self.twoProviders()
        let result = session.run("""
        (Get-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA).Name -join ','
        (Get-TrustAuthorityKeyProvider -TrustAuthorityCluster 'vTA Cluster').Name -join ','
        (Get-TrustAuthorityKeyProvider -Cluster $vTA).Name -join ','
        ($vTA | Get-TrustAuthorityKeyProvider).Name -join ','
        """)
        #expect(result.errors == [])
        #expect(result.output == ["clkp,kp2", "clkp,kp2", "clkp,kp2", "clkp,kp2"])
    }

    @Test func theNameBindsInPosition0AndTakesWildcardsAndLists() throws {
        let session = try Self.twoProviders()
        let result = session.run("""
        (Get-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA kp2).PrimaryKeyId
        (Get-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -Name CLKP).Name
        (Get-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -Name kp*).Name
        (Get-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -Name kp2, clkp).Name -join ','
        """)
        #expect(result.errors == [])
        #expect(result.output == ["1", "clkp", "kp2", "kp2,clkp"])
    }

    @Test func theOutputIsATrustAuthorityKeyProviderAsTheSeedPrintsIt() throws {
        let session = try PowerCLITestShell.withProvider()
        let result = session.run("""
        $kp = Get-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA
        $kp.PSObject.TypeNames[0]
        $kp.Name; $kp.PrimaryKeyId; $kp.Type; $kp.TrustAuthorityClusterId; $kp.Id; $kp.KeyProviderServers.Address
        $kp.Status.PSObject.TypeNames[0]; $kp.Status.KeyProviderId
        """)
        // Seed: "domain-c8-clkp" is the provider id, TrustAuthorityCluster-domain-c8 its cluster, KMIP its type.
        #expect(result.output == [Self.provider, "clkp", "8", "KMIP", "TrustAuthorityCluster-domain-c8", "domain-c8-clkp", "192.168.110.91",
                                  "VMware.VimAutomation.Security.Types.V1.TrustedInfrastructure.TrustAuthorityKeyProviderStatus", "domain-c8-clkp"])
        // Reference §2: the properties VMware's code selects, plus KeyProviderServers, Status and the inferred ones.
        let names = Set(session.run("$kp.PSObject.Properties | ForEach-Object { $_.Name }").output)
        #expect(names.isSuperset(of: ["Name", "PrimaryKeyId", "Description", "ProxyAddress", "ProxyPort", "ConnectionTimeoutSeconds",
                                      "KmipServerUsername", "KeyProviderServers", "Status", "Id", "Uid", "TrustAuthorityClusterId", "Type"]))
    }

    @Test func itPrintsInTheSeedsTable() throws {
        let session = try PowerCLITestShell.withProvider()
        // Seed "What the example prints": the provider table with fixed widths 20/20/10.
        #expect(session.run("Get-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA").output.filter { !$0.isEmpty } == [
            "Name                 PrimaryKeyId         Type       TrustAuthorityClusterId",
            "----                 ------------         ----       -----------------------",
            "clkp                 8                    KMIP       TrustAuthorityCluster-domain-c8",
        ])
    }

    // Issue 14: "Get-TrustAuthorityKeyProvider -Name nope is silent where a missing name is an error, as it is
    // for Get-TrustAuthorityCluster". PowerCLI's Get- cmdlets write a non-terminating ObjectNotFound error
    // (VimException, Core_OutputHelper_WriteNotFoundError) per name that matches nothing and go on.
    @Test func aNameThatMatchesNoProviderIsANonTerminatingError() throws {
        let session = try PowerCLITestShell.withProvider()
        let result = session.run("(Get-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -Name nope, clkp).Name; 'after'")
        #expect(result.output == ["clkp", "after"])
        #expect(result.errors.first == "Get-TrustAuthorityKeyProvider : Could not find TrustAuthorityKeyProvider with name 'nope'.")
        #expect(session.lastError() == ["Core_OutputHelper_WriteNotFoundError," + Self.fullyQualifiedClass, "ObjectNotFound", "VimException"])
        #expect(session.run("$Error[0].CategoryInfo.TargetName").output == ["nope"])
    }

    @Test func aProviderOfAnotherClusterIsNotFoundInThisOne() throws {
        let session = try PowerCLITestShell.connected(definition: GetTrustAuthorityClusterTests.twoClusters)
        session.run("New-TrustAuthorityKeyProvider -TrustAuthorityCluster 'Staging TA' -PrimaryKeyId 1 -Name staging -KmipServerAddress 192.168.110.91 | Out-Null")
        #expect(session.errorMessages("Get-TrustAuthorityKeyProvider -TrustAuthorityCluster 'vTA Cluster' -Name staging") ==
            ["Get-TrustAuthorityKeyProvider : Could not find TrustAuthorityKeyProvider with name 'staging'."])
        let both = session.run("(Get-TrustAuthorityKeyProvider -TrustAuthorityCluster 'vTA Cluster', 'Staging TA' -Name staging).TrustAuthorityClusterId")
        #expect(both.output == ["TrustAuthorityCluster-domain-c20"])
        #expect(both.errors == [])
    }

    @Test func anEscapedWildcardIsAPlainNameThatMustMatch() throws {
        let session = try PowerCLITestShell.withProvider()
        #expect(session.errorMessages("Get-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -Name 'cl`*'") ==
            ["Get-TrustAuthorityKeyProvider : Could not find TrustAuthorityKeyProvider with name 'cl`*'."])
    }

    @Test func aWildcardThatMatchesNothingIsSilent() throws {
        let session = try PowerCLITestShell.withProvider()
        let result = session.run("Get-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -Name nope*")
        #expect(result.output == [])
        #expect(result.errors == [])
    }

    @Test func aClusterThatDoesNotExistIsAnObjectByNameFailure() throws {
        let session = try PowerCLITestShell.connected()
        #expect(session.errorMessages("Get-TrustAuthorityKeyProvider -TrustAuthorityCluster nope") ==
            ["Get-TrustAuthorityKeyProvider : Could not find TrustAuthorityCluster with name 'nope'."])
        #expect(session.lastError() == ["Core_ObnSelector_SelectObjectByNameCore_ObjectNotFound," + Self.fullyQualifiedClass, "ObjectNotFound", "VimException"])
    }

    @Test func theClusterIsMandatory() throws {
        let session = try PowerCLITestShell.connected()
        let result = session.run("Get-TrustAuthorityKeyProvider -Name clkp")
        #expect(result.output == [])
        #expect(session.lastError().first == "MissingMandatoryParameter," + Self.fullyQualifiedClass)
    }

    @Test func itRefusesWhenNotConnectedOrNotATrustedAdmin() throws {
        let session = try PowerCLITestShell()
        #expect(session.errorMessages("Get-TrustAuthorityKeyProvider -TrustAuthorityCluster 'vTA Cluster'") ==
            ["Get-TrustAuthorityKeyProvider : " + PowerCLITestShell.notConnected])
        session.run(PowerCLITestShell.connectAsAdministrator)
        #expect(session.errorMessages("Get-TrustAuthorityKeyProvider -TrustAuthorityCluster 'vTA Cluster'") ==
            ["Get-TrustAuthorityKeyProvider : " + PowerCLITestShell.notTrustedAdmin])
    }
}
