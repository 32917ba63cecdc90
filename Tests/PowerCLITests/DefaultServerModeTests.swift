import Foundation
import PowerCLI
import ShellEngine
import TestSupport
import Testing

/// Set-PowerCLIConfiguration's DefaultVIServerMode and Connect-VIServer, and the User scope kept in a file.
/// Source: Connect-VIServer's help (developer.broadcom.com/powercli/latest/vmware.vimautomation.core/commands/connect-viserver):
/// with multiple default servers "every time when you connect to a different server ... the new server connection is
/// stored in an array variable together with the previously connected servers"; "If you choose to work with a single
/// default server", the cmdlets run against "the last connected server", so $DefaultVIServers holds that one alone.
/// Set-PowerCLIConfiguration's help: -Scope User settings apply to the user's every session, Session ones to this one.
@Suite struct DefaultServerModeTests {
    static let connect = "Connect-VIServer 192.168.210.22 -User trustedadmin@vsphere.local -Password 'VMware1!' | Out-Null"
    static let connectAdministrator = "Connect-VIServer 192.168.210.22 -User administrator@vsphere.local -Password 'VMware1!' | Out-Null"

    @Test func multipleModeAppendsEachNewConnectionToTheDefaultServers() throws {
        let session = try PowerCLITestShell()
        let result = session.run("""
        Set-PowerCLIConfiguration -DefaultVIServerMode Multiple -Scope Session -Confirm:$false | Out-Null
        \(Self.connect); \(Self.connectAdministrator)
        $global:DefaultVIServers.Count
        ($global:DefaultVIServers | ForEach-Object { $_.User }) -join ','
        """)
        #expect(result.errors == [])
        #expect(result.output == ["2", "VSPHERE.LOCAL\\trustedadmin,VSPHERE.LOCAL\\administrator"])
    }

    @Test func singleModeReplacesThePreviousDefaultServers() throws {
        let session = try PowerCLITestShell()
        let result = session.run("""
        Set-PowerCLIConfiguration -DefaultVIServerMode Single -Scope Session -Confirm:$false | Out-Null
        \(Self.connect); \(Self.connectAdministrator)
        $global:DefaultVIServers.Count
        $global:DefaultVIServers[0].User
        $global:DefaultVIServer.User
        """)
        #expect(result.errors == [])
        #expect(result.output == ["1", "VSPHERE.LOCAL\\administrator", "VSPHERE.LOCAL\\administrator"])
    }

    @Test func theModeSetForTheUserDecidesWhenTheSessionSetsNone() throws {
        let session = try PowerCLITestShell()
        let result = session.run("""
        Set-PowerCLIConfiguration -DefaultVIServerMode Single -Confirm:$false | Out-Null
        \(Self.connect); \(Self.connect)
        $global:DefaultVIServers.Count
        (Get-PowerCLIConfiguration -Scope Session).DefaultVIServerMode
        """)
        #expect(result.errors == [])
        #expect(result.output == ["1", "Single"])
    }

    @Test func theUserScopeIsKeptInAPrivateFileAndReadByTheNextSession() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vtash-powercli-settings-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/PowerCLI_Settings.json"

        let first = try PowerCLITestShell()
        #expect(PowerCLISession.keepUserConfiguration(in: first.shell, at: path) == nil)
        #expect(!FileManager.default.fileExists(atPath: path))  // nothing set, nothing written
        let set = first.run("""
        Set-PowerCLIConfiguration -Scope User -DefaultVIServerMode Single -InvalidCertificateAction Ignore -Confirm:$false | Out-Null
        Set-PowerCLIConfiguration -Scope Session -ParticipateInCEIP $true -Confirm:$false | Out-Null
        """)
        #expect(set.errors == [])
        var status = stat()
        #expect(stat(path, &status) == 0)
        #expect(status.st_mode & 0o777 == 0o600)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("\"DefaultVIServerMode\" : \"Single\""))
        #expect(!text.contains("ParticipateInCEIP"))  // a Session setting stays in its session

        let second = try PowerCLITestShell()
        #expect(PowerCLISession.keepUserConfiguration(in: second.shell, at: path) == nil)
        let read = second.run("""
        $user = Get-PowerCLIConfiguration -Scope User
        "$($user.DefaultVIServerMode) $($user.InvalidCertificateAction)"
        $null -eq (Get-PowerCLIConfiguration -Scope Session).ParticipateInCEIP
        \(Self.connect); \(Self.connectAdministrator)
        $global:DefaultVIServers.Count
        """)
        #expect(read.errors == [])
        #expect(read.output == ["Single Ignore", "True", "1"])
    }

    @Test func aSettingsFileThatCannotBeReadIsReportedAndLeavesTheDefaults() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vtash-powercli-settings-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/PowerCLI_Settings.json"
        try Data("not json".utf8).write(to: URL(fileURLWithPath: path))
        let session = try PowerCLITestShell()
        #expect(PowerCLISession.keepUserConfiguration(in: session.shell, at: path)?.contains("not a PowerCLI settings file") == true)
        #expect(session.run("(Get-PowerCLIConfiguration -Scope Session).DefaultVIServerMode").output == ["Multiple"])
    }
}
