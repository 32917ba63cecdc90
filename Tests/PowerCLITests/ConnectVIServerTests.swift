import ShellEngine
import TestSupport
import Testing
import TrustAuthority
import VtashKit

/// `Connect-VIServer [-Server] <String[]> [-Port <Int32>] [-Protocol <String>] [-Credential <PSCredential>] [-User <String>]
/// [-Password <String>] ... [-NotDefault]` / `Connect-VIServer -Menu` (reference §3; output VIServer, §2; seed step 2).
@Suite struct ConnectVIServerTests {
    static let fullyQualifiedClass = "VMware.VimAutomation.ViCore.Cmdlets.Commands.ConnectVIServer"
    static let login = "-User trustedadmin@vsphere.local -Password 'VMware1!'"

    @Test func theServerBindsPositionallyAndTheConnectionPrintsInTheVIServerTable() throws {
        let session = try PowerCLITestShell()
        let result = session.run("Connect-VIServer 192.168.210.22 \(Self.login)")
        #expect(result.errors == [])
        // Reference §2 "VIServer table view": Name padded to 30 and a space, Port 5 and a space, then User
        // (`trustedadmin@vsphere.local` prints as VSPHERE.LOCAL\trustedadmin).
        #expect(result.output.filter { !$0.isEmpty } == [
            "Name                           Port  User",
            "----                           ----  ----",
            "192.168.210.22                 443   VSPHERE.LOCAL\\trustedadmin",
        ])
    }

    /// No credentials in an interactive console: PowerCLI asks for them through the host's credential prompt (issue 13:
    /// "where PowerCLI prompts for them"): user, then the password, unseen. The caption and message are PowerCLI's as
    /// remembered, not from a published source. The password is a secret of the session from then on.
    @Test func withoutCredentialsAnInteractiveConsoleAsksForThem() throws {
        let host = RecordingHost(interactive: true, answers: ["trustedadmin@vsphere.local"], secrets: ["VMware1!"])
        let shell = ConfiguredShell.make(host: host, lab: try Lab.inMemory(.default))
        shell.run("Connect-VIServer -Server 192.168.210.22 | Out-Null; $global:DefaultVIServers.Count; $global:DefaultVIServer.User")
        #expect(host.prompts == ["User: ", "Password for user trustedadmin@vsphere.local: "])
        #expect(host.lines == ["", "Specify Credential", "Please specify server credential", "1", "VSPHERE.LOCAL\\trustedadmin"])
        #expect(shell.maskingSecrets(inOutput: "pw VMware1!") == "pw ********")
    }

    /// Not interactive (a script run with -File or -Command): nobody can answer, so the login fails as a bad login.
    @Test func withoutCredentialsANonInteractiveShellFailsTheLogin() throws {
        let session = try PowerCLITestShell()
        let result = session.run("Connect-VIServer -Server 192.168.210.22")
        #expect(result.errors.first?.hasSuffix("Cannot complete login due to an incorrect user name or password.") == true, "\(result.errors)")
    }

    @Test func theConnectionIsAVIServerAndBecomesTheDefaultServer() throws {
        let session = try PowerCLITestShell()
        let result = session.run("""
        $s = Connect-VIServer -Server 192.168.210.22 \(Self.login)
        $s.PSObject.TypeNames -contains 'VMware.VimAutomation.ViCore.Types.V1.VIServer'
        $s.Name; $s.Port; $s.User; $s.IsConnected; $s.ServiceUri
        $global:DefaultVIServers.Count; $global:DefaultVIServer.Name
        """)
        #expect(result.errors == [])
        #expect(result.output == ["True", "192.168.210.22", "443", "VSPHERE.LOCAL\\trustedadmin", "True", "https://192.168.210.22/sdk", "1", "192.168.210.22"])
        // Every property is one of the VIServer structure page's.
        let documented: Set = ["Build", "ExtensionData", "Id", "InstanceUuid", "IsConnected", "Name", "Port", "ProductLine", "RefCount",
                               "ServiceUri", "SessionId", "SessionSecret", "Uid", "User", "Version"]
        let names = Set(session.run("$s.PSObject.Properties | ForEach-Object { $_.Name }").output)
        #expect(names.isSubset(of: documented))
        #expect(names.isSuperset(of: ["Name", "Port", "User", "IsConnected", "SessionId"]))
    }

    @Test func theUsernameAliasThePortAndACredentialBind() throws {
        let session = try PowerCLITestShell()
        let result = session.run("""
        (Connect-VIServer 192.168.210.22 -Username trustedadmin@vsphere.local -Password 'VMware1!' -Port 8443).Port
        $credential = New-Object System.Management.Automation.PSCredential('administrator@vsphere.local', (ConvertTo-SecureString 'VMware1!' -AsPlainText -Force))
        (Connect-VIServer 192.168.210.22 -Credential $credential).User
        $global:DefaultVIServers.Count
        """)
        #expect(result.errors == [])
        #expect(result.output == ["8443", "VSPHERE.LOCAL\\administrator", "2"])
    }

    @Test func notDefaultConnectsWithoutMakingTheServerADefault() throws {
        let session = try PowerCLITestShell()
        let result = session.run("(Connect-VIServer 192.168.210.22 \(Self.login) -NotDefault).IsConnected; $global:DefaultVIServers.Count")
        #expect(result.output == ["True", "0"])
        #expect(session.errorMessages("Get-TrustAuthorityCluster") == ["Get-TrustAuthorityCluster : " + PowerCLITestShell.notConnected])
    }

    @Test func theMenuSetBindsAloneAndCannotBeMixedWithAServer() throws {
        let session = try PowerCLITestShell()
        let menu = session.run("Connect-VIServer -Menu")
        #expect(menu.output == [])
        #expect(menu.errors == [])
        session.run("Connect-VIServer -Menu -Server 192.168.210.22")
        #expect(session.lastError().first == "AmbiguousParameterSet," + Self.fullyQualifiedClass)
    }

    @Test func theProtocolIsHttpOrHttps() throws {
        let session = try PowerCLITestShell()
        #expect(session.run("(Connect-VIServer 192.168.210.22 \(Self.login) -Protocol https).Name").output == ["192.168.210.22"])
        let result = session.run("Connect-VIServer 192.168.210.22 \(Self.login) -Protocol ftp")
        #expect(result.output == [])
        #expect(result.errors.first == "Connect-VIServer : Cannot validate argument on parameter 'Protocol'. The argument \"ftp\" does not belong to the set \"http,https\" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again.")
        #expect(session.run("$global:DefaultVIServers.Count").output == ["1"])
    }

    @Test func anUnknownServerIsANonTerminatingErrorAndTheNextServerConnects() throws {
        let session = try PowerCLITestShell()
        let result = session.run("(Connect-VIServer 10.0.0.9, 192.168.210.22 \(Self.login)).Name")
        #expect(result.output == ["192.168.210.22"])
        // PowerCLI's ViError form: "<cmdlet> : <timestamp><TAB><cmdlet><TAB><TAB><message>" (reference §5).
        let message = try #require(result.errors.first)
        #expect(message.hasPrefix("Connect-VIServer : "))
        #expect(message.hasSuffix("\tConnect-VIServer\t\tCould not resolve the requested VC server."))
        #expect(session.lastError() == ["Client20_ConnectivityServiceImpl_Reconnect_NameResolutionFailure," + Self.fullyQualifiedClass,
                                        "ObjectNotFound", "ViServerConnectionException"])
    }

    @Test func aWrongPasswordOrAMissingUserIsTheInvalidLoginFault() throws {
        let session = try PowerCLITestShell()
        for attempt in ["-User trustedadmin@vsphere.local -Password wrong", "-Password 'VMware1!'", "-User nobody@vsphere.local -Password 'VMware1!'"] {
            let result = session.run("Connect-VIServer 192.168.210.22 \(attempt)")
            #expect(result.output == [])
            // Reference §5: the vSphere fault text for a wrong password.
            #expect(result.errors.first?.hasSuffix("\tConnect-VIServer\t\tCannot complete login due to an incorrect user name or password.") == true)
            #expect(session.lastError() == ["Client20_ConnectivityServiceImpl_Reconnect_SoapException," + Self.fullyQualifiedClass, "NotSpecified", "InvalidLogin"])
        }
        #expect(session.run("$global:DefaultVIServers.Count").output == ["0"])
    }

    @Test func theServerIsMandatory() throws {
        let session = try PowerCLITestShell()
        #expect(session.errorMessages("Connect-VIServer \(Self.login)") ==
            ["Connect-VIServer : Cannot process command because of one or more missing mandatory parameters: Server."])
    }
}
