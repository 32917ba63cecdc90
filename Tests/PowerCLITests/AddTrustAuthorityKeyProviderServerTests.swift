import TestSupport
import Testing

/// `Add-TrustAuthorityKeyProviderServer [-Address] <String> -KeyProvider <TrustAuthorityKeyProvider> [-Name <String>]
/// [-Port <Int32>]` (reference/powercli-cmdlets.md §3; output TrustAuthorityKeyProviderServer, §2).
@Suite struct AddTrustAuthorityKeyProviderServerTests {
    static let fullyQualifiedClass = "VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.AddTrustAuthorityKeyProviderServer"

    @Test func theAddressBindsInPosition0AndTheProviderAsObjectNameOrPipeline() throws {
        let session = try PowerCLITestShell.withProvider()
        let result = session.run("""
        (Add-TrustAuthorityKeyProviderServer 192.168.110.92 -KeyProvider $kp).Address
        (Add-TrustAuthorityKeyProviderServer -Address 192.168.110.93 -KeyProvider clkp).Address
        ($kp | Add-TrustAuthorityKeyProviderServer 192.168.110.94).Address
        """)
        #expect(result.errors == [])
        #expect(result.output == ["192.168.110.92", "192.168.110.93", "192.168.110.94"])
        #expect(session.lab.provider(named: "clkp")?.servers.map(\.address) == ["192.168.110.91", "192.168.110.92", "192.168.110.93", "192.168.110.94"])
    }

    @Test func theOutputIsAKeyProviderServerWithTheDocumentedProperties() throws {
        let session = try PowerCLITestShell.withProvider()
        let result = session.run("""
        $server = Add-TrustAuthorityKeyProviderServer 192.168.110.92 -KeyProvider $kp
        $server.PSObject.TypeNames[0]
        ($server.PSObject.Properties | ForEach-Object { $_.Name } | Sort-Object) -join ','
        $server.Address; $server.Name; $server.Port; $server.KeyProviderId; $server.TrustAuthorityClusterId; $server.Id
        """)
        // §2: Address, Id, KeyProviderId, Name, Port, TrustAuthorityClusterId, Uid; the name defaults to the address
        // and the port to KMIP's 5696; ids in the seed's form (domain-c8-clkp:192.16...).
        #expect(result.output == ["VMware.VimAutomation.Security.Types.V1.TrustedInfrastructure.TrustAuthorityKeyProviderServer",
                                  "Address,Id,KeyProviderId,Name,Port,TrustAuthorityClusterId,Uid",
                                  "192.168.110.92", "192.168.110.92", "5696", "domain-c8-clkp", "TrustAuthorityCluster-domain-c8",
                                  "domain-c8-clkp:192.168.110.92"])
    }

    @Test func theNameAndPortAreTaken() throws {
        let session = try PowerCLITestShell.withProvider()
        let result = session.run("$s = Add-TrustAuthorityKeyProviderServer 192.168.110.92 -KeyProvider $kp -Name kms2 -Port 5697; $s.Name; $s.Port; $s.Id")
        #expect(result.output == ["kms2", "5697", "domain-c8-clkp:kms2"])
    }

    @Test func aServerAddressTheProviderHasIsRefused() throws {
        let session = try PowerCLITestShell.withProvider()
        #expect(session.errorMessages("Add-TrustAuthorityKeyProviderServer 192.168.110.91 -KeyProvider $kp") ==
            ["Add-TrustAuthorityKeyProviderServer : The key provider already has a key server at '192.168.110.91'."])
        #expect(session.lastError() == ["Client20_TrustedInfrastructure_InvalidArgument," + Self.fullyQualifiedClass, "InvalidArgument", "ViError"])
        #expect(session.lab.provider(named: "clkp")?.servers.count == 1)
    }

    @Test func aPortOutsideTheTcpRangeIsRefused() throws {
        let session = try PowerCLITestShell.withProvider()
        #expect(session.errorMessages("Add-TrustAuthorityKeyProviderServer 192.168.110.92 -KeyProvider $kp -Port 0") ==
            ["Add-TrustAuthorityKeyProviderServer : The KMIP server port 0 is not valid. Specify a port from 1 to 65535."])
        #expect(session.lab.provider(named: "clkp")?.servers.count == 1)
    }

    @Test func aProviderThatDoesNotExistIsAnObjectByNameFailure() throws {
        let session = try PowerCLITestShell.connected()
        #expect(session.errorMessages("Add-TrustAuthorityKeyProviderServer 192.168.110.92 -KeyProvider nope") ==
            ["Add-TrustAuthorityKeyProviderServer : Could not find TrustAuthorityKeyProvider with name 'nope'."])
        #expect(session.lastError() == ["Core_ObnSelector_SelectObjectByNameCore_ObjectNotFound," + Self.fullyQualifiedClass, "ObjectNotFound", "VimException"])
    }

    @Test func theAddressAndProviderAreMandatory() throws {
        let session = try PowerCLITestShell.withProvider()
        #expect(session.errorMessages("Add-TrustAuthorityKeyProviderServer -KeyProvider $kp") ==
            ["Add-TrustAuthorityKeyProviderServer : Cannot process command because of one or more missing mandatory parameters: Address."])
        #expect(session.errorMessages("Add-TrustAuthorityKeyProviderServer 192.168.110.92") ==
            ["Add-TrustAuthorityKeyProviderServer : Cannot process command because of one or more missing mandatory parameters: KeyProvider."])
    }

    @Test func itRefusesWhenNotConnectedOrNotATrustedAdmin() throws {
        let session = try PowerCLITestShell.withProvider()
        session.run("Disconnect-VIServer * -Confirm:$false")
        #expect(session.errorMessages("Add-TrustAuthorityKeyProviderServer 192.168.110.92 -KeyProvider clkp") ==
            ["Add-TrustAuthorityKeyProviderServer : " + PowerCLITestShell.notConnected])
        session.run(PowerCLITestShell.connectAsAdministrator)
        #expect(session.errorMessages("Add-TrustAuthorityKeyProviderServer 192.168.110.92 -KeyProvider clkp") ==
            ["Add-TrustAuthorityKeyProviderServer : " + PowerCLITestShell.notTrustedAdmin])
        #expect(session.lab.provider(named: "clkp")?.servers.count == 1)
    }
}
