import TestSupport
import Testing

/// `New-LabKeyServer [-Address] <String> [-Port <Int32>] [-Live] [-Username <String>]`: a simulated key server with its
/// own CA, or a live KMIP server the lab names (never contacting any address it was not given).
@Suite struct NewLabKeyServerTests {
    static let fullyQualifiedClass = "Vtash.Lab.NewLabKeyServer"

    @Test func aSimulatedServerHasItsOwnCertificatesAndNoKeys() throws {
        let session = try PowerCLITestShell()
        let result = session.run("$ks = New-LabKeyServer 192.168.110.92; $ks.PSObject.TypeNames[0]; $ks.Address; $ks.Port; $ks.Mode; $ks.Username; $ks.Keys.Count")
        #expect(result.errors == [])
        #expect(result.output == ["Vtash.Lab.KeyServer", "192.168.110.92", "5696", "Simulated", "kmipadmin", "0"])
        let server = try #require(session.lab.keyServers.first { $0.address == "192.168.110.92" })
        #expect(server.serverCertificate.certificate.issuer == server.certificateAuthority.certificate.subject)
    }

    @Test func thePortAndUsernameAreTaken() throws {
        let session = try PowerCLITestShell()
        let result = session.run("$ks = New-LabKeyServer -Address kms.lab.local -Port 5697 -Username vcqekmip; $ks.Port; $ks.Username")
        #expect(result.output == ["5697", "vcqekmip"])
        #expect(session.lab.keyServers.contains { $0.address == "kms.lab.local" && $0.port == 5697 })
    }

    @Test func liveNamesARealServerWithoutContactingIt() throws {
        let session = try PowerCLITestShell()
        let result = session.run("(New-LabKeyServer 127.0.0.1 -Port 5696 -Live).Mode")
        #expect(result.errors == [])
        #expect(result.output == ["Live"])
        #expect(session.lab.liveKeyServers.map(\.port) == [5696])
    }

    @Test func anEndpointTheLabHasIsRefused() throws {
        let session = try PowerCLITestShell()
        #expect(session.errorMessages("New-LabKeyServer 192.168.110.91") ==
            ["New-LabKeyServer : The lab already has a key server at '192.168.110.91:5696'. Get-LabKeyServer lists the key servers."])
        #expect(session.lastError() == ["LabKeyServerExists," + Self.fullyQualifiedClass, "ResourceExists", "LabException"])
        #expect(session.lab.keyServers.count == 1)
    }

    @Test func anAddressThatIsNotAHostIsRefused() throws {
        let session = try PowerCLITestShell()
        #expect(session.errorMessages("New-LabKeyServer 'bad address!'") ==
            ["New-LabKeyServer : 'bad address!' is not a key server address. Give a host name or an IP address, e.g. 127.0.0.1."])
        #expect(session.lastError() == ["LabInvalidKeyServer," + Self.fullyQualifiedClass, "InvalidArgument", "LabException"])
        #expect(session.lab.keyServers.count == 1)
    }

    @Test func theAddressIsMandatory() throws {
        let session = try PowerCLITestShell()
        #expect(session.errorMessages("New-LabKeyServer -Live") ==
            ["New-LabKeyServer : Cannot process command because of one or more missing mandatory parameters: Address."])
    }
}
