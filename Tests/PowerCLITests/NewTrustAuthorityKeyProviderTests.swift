import TestSupport
import Testing

/// `New-TrustAuthorityKeyProvider` (reference/powercli-cmdlets.md §3: `[-Name] <String> -KmipServerAddress <String>
/// (-PrimaryKeyId | -MasterKeyId) <String> -TrustAuthorityCluster <TrustAuthorityCluster>` and the optional KMIP,
/// proxy and timeout parameters; seed step 3).
@Suite struct NewTrustAuthorityKeyProviderTests {
    static let fullyQualifiedClass = "VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.NewTrustAuthorityKeyProvider"

    @Test func theSeedsCommandPrintsTheProviderTable() throws {
        let session = try PowerCLITestShell.connected()
        let result = session.run("New-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -PrimaryKeyId 8 -Name clkp -KmipServerAddress 192.168.110.91")
        #expect(result.errors == [])
        #expect(result.output.filter { !$0.isEmpty } == [
            "Name                 PrimaryKeyId         Type       TrustAuthorityClusterId",
            "----                 ------------         ----       -----------------------",
            "clkp                 8                    KMIP       TrustAuthorityCluster-domain-c8",
        ])
        #expect(session.run("$Error.Count").output == ["0"])
    }

    @Test func theNameBindsInPosition0AndTheClusterFromThePipeline() throws {
        let session = try PowerCLITestShell.connected()
        let result = session.run("""
        (New-TrustAuthorityKeyProvider clkp -TrustAuthorityCluster $vTA -PrimaryKeyId 8 -KmipServerAddress 192.168.110.91).Name
        ($vTA | New-TrustAuthorityKeyProvider -Name piped -PrimaryKeyId 1 -KmipServerAddress 192.168.110.91).TrustAuthorityClusterId
        (New-TrustAuthorityKeyProvider -TrustAuthorityCluster 'vTA Cluster' -Name byname -PrimaryKeyId 1 -KmipServerAddress 192.168.110.91).Name
        """)
        #expect(result.errors == [])
        #expect(result.output == ["clkp", "TrustAuthorityCluster-domain-c8", "byname"])
    }

    @Test func theDeprecatedMasterKeyIdSetSetsThePrimaryKey() throws {
        let session = try PowerCLITestShell.connected()
        let result = session.run("(New-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -MasterKeyId 1 -Name old -KmipServerAddress 192.168.110.91).PrimaryKeyId")
        #expect(result.output == ["1"])
        #expect(session.lab.provider(named: "old")?.primaryKeyId == "1")
    }

    @Test func theOptionalParametersLandInTheProvider() throws {
        let session = try PowerCLITestShell.connected()
        let result = session.run("""
        $secret = ConvertTo-SecureString 'kmip-pass' -AsPlainText -Force
        $kp = New-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -PrimaryKeyId 8 -Name clkp -KmipServerAddress 192.168.110.91 -KmipServerPort 5697 -KmipServerName kms1 -KmipServerUsername vcqekmip -KmipServerPassword $secret -ProxyAddress 10.0.0.5 -ProxyPort 3128 -ConnectionTimeOutSeconds 60 -Description 'lab provider'
        $kp.KeyProviderServers.Address; $kp.KeyProviderServers.Port; $kp.KeyProviderServers.Name; $kp.KeyProviderServers.Id
        $kp.KmipServerUsername; $kp.ProxyAddress; $kp.ProxyPort; $kp.ConnectionTimeoutSeconds; $kp.Description
        """)
        #expect(result.errors == [])
        #expect(result.output == ["192.168.110.91", "5697", "kms1", "domain-c8-clkp:kms1", "vcqekmip", "10.0.0.5", "3128", "60", "lab provider"])
        #expect(session.lab.provider(named: "clkp")?.kmipServerPassword == "kmip-pass")
    }

    @Test func withoutAServerNameTheServerIsNamedAfterItsAddressOnPort5696() throws {
        let session = try PowerCLITestShell.withProvider()
        // Reference §3: "If [Name is] not specified, the name is the same as the Address parameter"; KMIP's port.
        #expect(session.run("$kp.KeyProviderServers.Name; $kp.KeyProviderServers.Port").output == ["192.168.110.91", "5696"])
    }

    @Test func aNameInUseIsRefusedAndTheLabKeepsTheFirstProvider() throws {
        let session = try PowerCLITestShell.withProvider()
        // Seed: "must have a name that is unique across all vCenter Server systems".
        #expect(session.errorMessages("New-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -PrimaryKeyId 1 -Name CLKP -KmipServerAddress 10.0.0.1") ==
            ["New-TrustAuthorityKeyProvider : A key provider with the name 'CLKP' already exists. Key provider names must be unique across all vCenter Server systems."])
        #expect(session.lastError() == ["Client20_TrustedInfrastructure_AlreadyExists," + Self.fullyQualifiedClass, "InvalidArgument", "ViError"])
        #expect(session.lab.keyProviders.map(\.primaryKeyId) == ["8"])
    }

    @Test func aPortOutsideTheTcpRangeIsRefusedAndNothingIsCreated() throws {
        let session = try PowerCLITestShell.connected()
        #expect(session.errorMessages("New-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -PrimaryKeyId 8 -Name clkp -KmipServerAddress 192.168.110.91 -KmipServerPort 70000") ==
            ["New-TrustAuthorityKeyProvider : The KMIP server port 70000 is not valid. Specify a port from 1 to 65535."])
        #expect(session.lastError() == ["Client20_TrustedInfrastructure_InvalidArgument," + Self.fullyQualifiedClass, "InvalidArgument", "ViError"])
        #expect(session.lab.keyProviders.isEmpty)
    }

    @Test func aPortThatIsNotANumberIsABindingError() throws {
        let session = try PowerCLITestShell.connected()
        let result = session.run("New-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -PrimaryKeyId 8 -Name clkp -KmipServerAddress 192.168.110.91 -KmipServerPort abc")
        #expect(result.errors.first == "New-TrustAuthorityKeyProvider : Cannot bind parameter 'KmipServerPort'. Cannot convert value \"abc\" to type \"System.Int32\". Error: \"Input string was not in a correct format.\"")
        #expect(session.lab.keyProviders.isEmpty)
    }

    @Test func thePasswordMustBeASecureString() throws {
        let session = try PowerCLITestShell.connected()
        let result = session.run("New-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -PrimaryKeyId 8 -Name clkp -KmipServerAddress 192.168.110.91 -KmipServerPassword plain")
        #expect(result.errors.first == "New-TrustAuthorityKeyProvider : Cannot bind parameter 'KmipServerPassword'. Cannot convert the \"plain\" value of type \"System.String\" to type \"System.Security.SecureString\".")
        #expect(session.lab.keyProviders.isEmpty)
    }

    @Test func thePrimaryAndMasterKeyIdsAreTwoSetsThatCannotBeMixed() throws {
        let session = try PowerCLITestShell.connected()
        session.run("New-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -PrimaryKeyId 8 -MasterKeyId 1 -Name clkp -KmipServerAddress 192.168.110.91")
        #expect(session.lastError().first == "AmbiguousParameterSet," + Self.fullyQualifiedClass)
        session.run("New-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -Name clkp -KmipServerAddress 192.168.110.91")
        #expect(session.lastError().first == "MissingMandatoryParameter," + Self.fullyQualifiedClass)
        #expect(session.lab.keyProviders.isEmpty)
    }

    @Test func theAddressAndTheClusterAreMandatory() throws {
        let session = try PowerCLITestShell.connected()
        #expect(session.errorMessages("New-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -PrimaryKeyId 8 -Name clkp") ==
            ["New-TrustAuthorityKeyProvider : Cannot process command because of one or more missing mandatory parameters: KmipServerAddress."])
        #expect(session.errorMessages("New-TrustAuthorityKeyProvider -PrimaryKeyId 8 -Name clkp -KmipServerAddress 192.168.110.91") ==
            ["New-TrustAuthorityKeyProvider : Cannot process command because of one or more missing mandatory parameters: TrustAuthorityCluster."])
        #expect(session.lab.keyProviders.isEmpty)
    }

    @Test func aClusterThatDoesNotExistIsRefused() throws {
        let session = try PowerCLITestShell.connected()
        #expect(session.errorMessages("New-TrustAuthorityKeyProvider -TrustAuthorityCluster nope -PrimaryKeyId 8 -Name clkp -KmipServerAddress 192.168.110.91") ==
            ["New-TrustAuthorityKeyProvider : Could not find TrustAuthorityCluster with name 'nope'."])
        #expect(session.lab.keyProviders.isEmpty)
    }

    @Test func itRefusesWhenNotConnectedOrNotATrustedAdmin() throws {
        let session = try PowerCLITestShell()
        let create = "New-TrustAuthorityKeyProvider -TrustAuthorityCluster 'vTA Cluster' -PrimaryKeyId 8 -Name clkp -KmipServerAddress 192.168.110.91"
        #expect(session.errorMessages(create) == ["New-TrustAuthorityKeyProvider : " + PowerCLITestShell.notConnected])
        session.run(PowerCLITestShell.connectAsAdministrator)
        #expect(session.errorMessages(create) == ["New-TrustAuthorityKeyProvider : " + PowerCLITestShell.notTrustedAdmin])
        #expect(session.lab.keyProviders.isEmpty)
    }
}
