import TestSupport
import Testing

/// `New-LabKeyServerKey [-KeyServer] <String> [-Id <String>]`: the simulated KMS creates an Active AES-256 key and returns
/// its id, to use as -PrimaryKeyId (seed step 3: "PrimaryKeyId is normally a key id obtained from the key server, often
/// in UUID form").
@Suite struct NewLabKeyServerKeyTests {
    static let fullyQualifiedClass = "Vtash.Lab.NewLabKeyServerKey"

    func keys(_ session: PowerCLITestShell) -> [String]? {
        session.lab.keyServers.first { $0.address == "192.168.110.91" }?.keyIdentifiers
    }

    @Test func withoutAnIdTheServerGivesTheNextDecimalId() throws {
        let session = try PowerCLITestShell()
        // The default lab's server holds keys 1 and 8.
        let result = session.run("$id = New-LabKeyServerKey 192.168.110.91; $id; $id.GetType().FullName; New-LabKeyServerKey -KeyServer 192.168.110.91")
        #expect(result.errors == [])
        #expect(result.output == ["9", "System.String", "10"])
        #expect(keys(session) == ["1", "8", "9", "10"])
    }

    // Issue 14: "New-LabKeyServerKey cannot be given an id (key servers usually use UUIDs)".
    @Test func anIdCanBeGivenAsKeyServersThatUseUuidsDo() throws {
        let session = try PowerCLITestShell()
        let id = "4f1c0b52-6f0e-4a53-9d7e-2d3c1a9b8e71"
        let result = session.run("New-LabKeyServerKey -KeyServer 192.168.110.91 -Id \(id)")
        #expect(result.errors == [])
        #expect(result.output == [id])
        #expect(keys(session) == ["1", "8", id])
        #expect(session.lab.keyServers.first?.keyState(id) == "Active")
    }

    @Test func theKeyCanBeTheProvidersPrimaryKey() throws {
        let session = try PowerCLITestShell.connected()
        session.run("New-LabKeyServerKey 192.168.110.91 -Id 4f1c0b52-6f0e-4a53-9d7e-2d3c1a9b8e71 | Out-Null")
        let result = session.run("(New-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -PrimaryKeyId 4f1c0b52-6f0e-4a53-9d7e-2d3c1a9b8e71 -Name uuid -KmipServerAddress 192.168.110.91).PrimaryKeyId")
        #expect(result.output == ["4f1c0b52-6f0e-4a53-9d7e-2d3c1a9b8e71"])
    }

    @Test func anIdTheServerHasIsRefusedAndNothingIsCreated() throws {
        let session = try PowerCLITestShell()
        #expect(session.errorMessages("New-LabKeyServerKey 192.168.110.91 -Id 8") ==
            ["New-LabKeyServerKey : The key server refused the change: a key with id \"8\" already exists on the key server."])
        #expect(session.lastError() == ["LabKeyExists," + Self.fullyQualifiedClass, "ResourceExists", "LabException"])
        #expect(keys(session) == ["1", "8"])
    }

    @Test func anEmptyIdIsRefusedAsPowerShellRefusesEmptyArguments() throws {
        let session = try PowerCLITestShell()
        // PowerShell's ValidateNotNullOrEmpty message.
        #expect(session.errorMessages("New-LabKeyServerKey 192.168.110.91 -Id ''") ==
            ["New-LabKeyServerKey : Cannot validate argument on parameter 'Id'. The argument is null or empty. Provide an argument that is not null or empty, and then try the command again."])
        #expect(session.lastError() == ["ParameterArgumentValidationError," + Self.fullyQualifiedClass, "InvalidData", "ParameterBindingValidationException"])
        #expect(keys(session) == ["1", "8"])
    }

    @Test func aServerTheLabDoesNotHaveOrALiveServerIsRefused() throws {
        let session = try PowerCLITestShell()
        #expect(session.errorMessages("New-LabKeyServerKey 10.9.9.9 -Id x") ==
            ["New-LabKeyServerKey : The lab has no key server at '10.9.9.9'. Get-LabKeyServer lists the key servers."])
        #expect(session.lastError() == ["LabKeyServerNotFound," + Self.fullyQualifiedClass, "ObjectNotFound", "LabException"])
        session.run("New-LabKeyServer 127.0.0.1 -Port 5696 -Live | Out-Null")
        #expect(session.errorMessages("New-LabKeyServerKey 127.0.0.1:5696") ==
            ["New-LabKeyServerKey : The key server '127.0.0.1:5696' is live: lab cmdlets act only as the administrator of simulated key servers. Trust client certificates, sign requests and create keys with the live server's own tools."])
        #expect(session.lastError() == ["LabKeyServerIsLive," + Self.fullyQualifiedClass, "InvalidOperation", "LabException"])
    }

    @Test func theKeyServerIsMandatory() throws {
        let session = try PowerCLITestShell()
        #expect(session.errorMessages("New-LabKeyServerKey -Id x") ==
            ["New-LabKeyServerKey : Cannot process command because of one or more missing mandatory parameters: KeyServer."])
    }
}
