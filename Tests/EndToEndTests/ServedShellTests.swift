import Foundation
import Testing
import TestSupport

/// vtash shells connected to a lab served by `vtash serve` (`--remote-vcenter 127.0.0.1`, `Connect-VIServer
/// -Server 127.0.0.1 -Port N`): each shell runs on a throw-away lab of its own (`--new-lab`), so whatever it sees
/// of the served lab came over the API.
@Suite struct ServedShellTests {
    struct Served {
        let folder: URL
        let server: ServeProcess
        let port: Int
        var lab: String { server.lab }
    }

    static func serve() throws -> Served {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vtash-served-shell-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let server = try ServeProcess(lab: folder.appendingPathComponent("lab.sqlite").path, in: folder)
        let port = try #require(server.waitForPort(), "vtash serve did not start: \(server.lines.suffix(5))")
        return Served(folder: folder, server: server, port: port)
    }

    static func stop(_ served: Served) {
        served.server.signal(SIGTERM)
        _ = served.server.waitForExit()
    }

    /// `script` in a remote shell (its own throw-away lab) after it connected to the served vCenter.
    static func remote(_ served: Served, _ script: String, trustingTheLabCA: Bool = true, user: String = "trustedadmin@vsphere.local",
                       connect: Bool = true) throws -> VtashProcess.Result {
        var arguments = ["--new-lab", "--remote-vcenter", "127.0.0.1"]
        if trustingTheLabCA { arguments += ["--remote-ca", served.server.authorityFile] }
        let login = connect ? """
        Connect-VIServer -Server 127.0.0.1 -Port \(served.port) -User \(user) -Password 'VMware1!' | Out-Null
        $vTA = Get-TrustAuthorityCluster 'vTA Cluster'

        """ : ""
        let path = served.folder.appendingPathComponent("remote-\(UUID().uuidString).ps1")
        try Data((login + script).utf8).write(to: path)
        return try VtashProcess.run(arguments + ["-File", path.path], in: served.folder)
    }

    /// A shell on the served lab's own file: the key-server administrator's side (lab cmdlets), which has no API.
    static func local(_ served: Served, _ script: String) throws -> VtashProcess.Result {
        try VtashProcess.run(["--lab", served.lab, "-Command", script], in: served.folder)
    }

    @Test(.timeLimit(.minutes(3))) func theSeedProcedureRunsOverTheAPIToAnOkProvider() throws {
        let served = try Self.serve()
        defer { Self.stop(served) }
        let csr = try Self.remote(served, """
        New-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -PrimaryKeyId 8 -Name clkp -KmipServerAddress 192.168.110.91 | Out-Null
        $kp = Get-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA | Select-Object -Last 1
        New-TrustAuthorityKeyProviderClientCertificateCSR -KeyProvider $kp | Out-Null
        Get-TrustAuthorityKeyProviderClientCertificateCSR -KeyProvider $kp | Set-Content clkp.csr
        """)
        #expect(csr.status == 0, "\(csr.output)\(csr.errors)")
        let signed = try Self.local(served, "Approve-LabKeyServerCertificateRequest -KeyServer 192.168.110.91 -CsrFilePath clkp.csr -OutFile signed.pem")
        #expect(signed.status == 0, "\(signed.output)\(signed.errors)")
        let trusted = try Self.remote(served, """
        $kp = Get-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -Name clkp
        Set-TrustAuthorityKeyProviderClientCertificate -KeyProvider $kp -CertificateFilePath signed.pem
        $cert = Get-TrustAuthorityKeyProviderServerCertificate -KeyProviderServer $kp.KeyProviderServers
        Add-TrustAuthorityKeyProviderServerCertificate -ServerCertificate $cert | Out-Null
        $kp = Get-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -Name clkp
        "Health=" + $kp.Status.Health
        foreach ($s in $kp.Status.ServerStatus) { "Server=" + $s.Name + "|" + $s.ClientTrustServer + "|" + $s.ServerTrustClient }
        """)
        #expect(trusted.status == 0, "\(trusted.output)\(trusted.errors)")
        #expect(trusted.outputLines.contains("Health=Ok"), "\(trusted.output)\(trusted.errors)")
        #expect(trusted.outputLines.contains("Server=192.168.110.91|True|True"), "\(trusted.output)")
        // The served lab's own file holds what the remote shell did.
        let seen = try Self.local(served, """
        Connect-VIServer -Server 192.168.210.22 -User trustedadmin@vsphere.local -Password 'VMware1!' | Out-Null
        (Get-TrustAuthorityKeyProvider -TrustAuthorityCluster (Get-TrustAuthorityCluster 'vTA Cluster') -Name clkp).Status.Health
        """)
        #expect(seen.outputLines.first == "Ok", "\(seen.output)\(seen.errors)")
    }

    @Test(.timeLimit(.minutes(3))) func twoRemoteShellsSeeEachOthersKeyProviders() throws {
        let served = try Self.serve()
        defer { Self.stop(served) }
        for name in ["alpha", "beta"] {
            let made = try Self.remote(served, "New-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -PrimaryKeyId 1 -Name \(name) -KmipServerAddress 192.168.110.91 | Out-Null")
            #expect(made.status == 0, "\(made.output)\(made.errors)")
        }
        for _ in 0..<2 {
            let listed = try Self.remote(served, "(Get-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA).Name")
            #expect(listed.outputLines.filter { !$0.isEmpty } == ["alpha", "beta"], "\(listed.output)\(listed.errors)")
        }
        // The second shell's own (throw-away) lab has none of them: the names came from the served lab.
        let own = try VtashProcess.run(["--new-lab", "-Command", """
        Connect-VIServer -Server 192.168.210.22 -User trustedadmin@vsphere.local -Password 'VMware1!' | Out-Null
        (Get-TrustAuthorityKeyProvider -TrustAuthorityCluster (Get-TrustAuthorityCluster 'vTA Cluster')).Count
        """], in: served.folder)
        #expect(own.outputLines.first == "0", "\(own.output)\(own.errors)")
    }

    @Test(.timeLimit(.minutes(3))) func anUntrustedCertificateFailsTheConnectionAsInvalidCertificateActionFailSays() throws {
        let served = try Self.serve()
        defer { Self.stop(served) }
        // Unset (PowerCLI 13's default) refuses as Fail does; so does Fail set explicitly.
        for setting in ["", "Set-PowerCLIConfiguration -InvalidCertificateAction Fail -Scope Session -Confirm:$false | Out-Null\n"] {
            let result = try Self.remote(served, setting + """
            Connect-VIServer -Server 127.0.0.1 -Port \(served.port) -User trustedadmin@vsphere.local -Password 'VMware1!'
            "Connected=" + @($global:DefaultVIServers).Count
            """, trustingTheLabCA: false, connect: false)
            #expect(result.errors.contains("Error: Invalid server certificate. Use Set-PowerCLIConfiguration to set the value for the InvalidCertificateAction option to Prompt"), "\(result.errors)")
            #expect(result.errors.contains("Client20_ConnectivityServiceImpl_Reconnect_CertificateError,VMware.VimAutomation.ViCore.Cmdlets.Commands.ConnectVIServer"))
            #expect(result.outputLines.contains("Connected=0"), "\(result.output)")
        }
    }

    @Test(.timeLimit(.minutes(3)), arguments: [
        ("Set-PowerCLIConfiguration -InvalidCertificateAction Ignore -Scope Session -Confirm:$false | Out-Null\n", "", false),
        ("Set-PowerCLIConfiguration -InvalidCertificateAction Warn -Scope Session -Confirm:$false | Out-Null\n", "", true),
        ("", " -Force", false),
    ])
    func ignoreWarnOrForceConnectDespiteAnUntrustedCertificate(setting: String, force: String, warns: Bool) throws {
        let served = try Self.serve()
        defer { Self.stop(served) }
        let result = try Self.remote(served, setting + """
        Connect-VIServer -Server 127.0.0.1 -Port \(served.port) -User trustedadmin@vsphere.local -Password 'VMware1!'\(force) | Out-Null
        "Connected=" + @($global:DefaultVIServers).Count
        (Get-TrustAuthorityCluster).Name
        """, trustingTheLabCA: false, connect: false)
        #expect(result.outputLines.contains("Connected=1"), "\(result.output)\(result.errors)")
        #expect(result.outputLines.contains("vTA Cluster"), "\(result.output)\(result.errors)")
        #expect(result.output.contains("WARNING: Invalid server certificate.") == warns, "\(result.output)")
    }

    @Test(.timeLimit(.minutes(3))) func theServedLabsCAIsTrustedWithoutAWarning() throws {
        let served = try Self.serve()
        defer { Self.stop(served) }
        let result = try Self.remote(served, "\"Connected=\" + @($global:DefaultVIServers).Count")
        #expect(result.outputLines.contains("Connected=1"), "\(result.output)\(result.errors)")
        #expect(!result.output.contains("WARNING") && result.errors.isEmpty, "\(result.output)\(result.errors)")
    }

    @Test(.timeLimit(.minutes(3))) func aWrongPasswordAndANonTrustedAdminAreRefusedWithPowerCLIsWords() throws {
        let served = try Self.serve()
        defer { Self.stop(served) }
        let wrong = try Self.remote(served, """
        Connect-VIServer -Server 127.0.0.1 -Port \(served.port) -User trustedadmin@vsphere.local -Password 'nope'
        "Connected=" + @($global:DefaultVIServers).Count
        """, connect: false)
        #expect(wrong.errors.contains("Cannot complete login due to an incorrect user name or password."), "\(wrong.errors)")
        #expect(wrong.outputLines.contains("Connected=0"))
        let administrator = try Self.remote(served, """
        Connect-VIServer -Server 127.0.0.1 -Port \(served.port) -User administrator@vsphere.local -Password 'VMware1!' | Out-Null
        Get-TrustAuthorityCluster
        """, connect: false)
        #expect(administrator.errors.contains("is not a member of the TrustedAdmins group"), "\(administrator.output)\(administrator.errors)")
        #expect(administrator.errors.contains("Client20_TrustedInfrastructure_NoPermission"))
    }

    @Test(.timeLimit(.minutes(3))) func disconnectingEndsTheServedSessionAndTheShellNoLongerReachesTheServedLab() throws {
        let served = try Self.serve()
        defer { Self.stop(served) }
        let result = try Self.remote(served, """
        New-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -PrimaryKeyId 1 -Name gamma -KmipServerAddress 192.168.110.91 | Out-Null
        Disconnect-VIServer -Server 127.0.0.1 -Confirm:$false
        Connect-VIServer -Server 192.168.210.22 -User trustedadmin@vsphere.local -Password 'VMware1!' | Out-Null
        $own = Get-TrustAuthorityCluster 'vTA Cluster'
        "Own=" + @(Get-TrustAuthorityKeyProvider -TrustAuthorityCluster $own).Count
        # The same name again: the shell's own lab has no gamma, so this is a new provider there.
        New-TrustAuthorityKeyProvider -TrustAuthorityCluster $own -PrimaryKeyId 1 -Name gamma -KmipServerAddress 192.168.110.91 | Out-Null
        "Own=" + @(Get-TrustAuthorityKeyProvider -TrustAuthorityCluster $own).Count
        """)
        #expect(result.outputLines.filter { $0.hasPrefix("Own=") } == ["Own=0", "Own=1"], "\(result.output)\(result.errors)")
        #expect(result.errors.isEmpty, "\(result.errors)")
    }

    @Test(.timeLimit(.minutes(3))) func setAndRemoveCmdletsChangeTheServedLab() throws {
        let served = try Self.serve()
        defer { Self.stop(served) }
        let changed = try Self.remote(served, """
        New-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -PrimaryKeyId 1 -Name keep -KmipServerAddress 192.168.110.91 | Out-Null
        New-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -PrimaryKeyId 1 -Name drop -KmipServerAddress 192.168.110.91 | Out-Null
        Set-TrustAuthorityKeyProvider -KeyProvider (Get-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -Name keep) -PrimaryKeyId 42 -Description 'over the API' | Out-Null
        Remove-TrustAuthorityKeyProvider -KeyProvider (Get-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -Name drop) -Confirm:$false
        Set-TrustAuthorityCluster -TrustAuthorityCluster $vTA -State Disabled -Confirm:$false | Out-Null
        """)
        #expect(changed.status == 0 && changed.errors.isEmpty, "\(changed.output)\(changed.errors)")
        let seen = try Self.local(served, """
        Connect-VIServer -Server 192.168.210.22 -User trustedadmin@vsphere.local -Password 'VMware1!' | Out-Null
        $cluster = Get-TrustAuthorityCluster 'vTA Cluster'
        "State=" + $cluster.State
        $kp = Get-TrustAuthorityKeyProvider -TrustAuthorityCluster $cluster
        "Providers=" + (($kp | ForEach-Object { $_.Name + ':' + $_.PrimaryKeyId + ':' + $_.Description }) -join ',')
        """)
        #expect(seen.outputLines.contains("State=Disabled"), "\(seen.output)\(seen.errors)")
        #expect(seen.outputLines.contains("Providers=keep:42:over the API"), "\(seen.output)\(seen.errors)")
    }

    /// InvalidCertificateAction Prompt in an interactive shell: the Invalid Certificate prompt, answered
    /// Connect once (connected) or Deny (not connected); in a script it is PowerShell's NonInteractive error.
    @Test(.timeLimit(.minutes(3)), arguments: [("O", 1), ("D", 0)])
    func promptAsksAndConnectsOnlyWhenTold(answer: String, connections: Int) throws {
        let served = try Self.serve()
        defer { Self.stop(served) }
        let home = try ReplSession.makeHome()
        let terminal = try PseudoTerminal(executable: VtashProcess.executable.path, arguments: ["--new-lab", "--remote-vcenter", "127.0.0.1"],
                                          environment: ["HOME": home.path, "TZ": "UTC", "NO_COLOR": "1", "XDG_DATA_HOME": home.path])
        let prompt = "PS \(FileManager.default.currentDirectoryPath)> "
        #expect(terminal.expectPrompt(prompt, timeout: 20))
        terminal.send("Set-PowerCLIConfiguration -InvalidCertificateAction Prompt -Scope Session -Confirm:$false | Out-Null\r")
        #expect(terminal.expectPrompt(prompt, timeout: 10))
        terminal.send("Connect-VIServer -Server 127.0.0.1 -Port \(served.port) -User trustedadmin@vsphere.local -Password 'VMware1!' | Out-Null\r")
        #expect(terminal.expect("Invalid server certificate.", timeout: 10), "\(terminal.transcript.suffix(600))")
        #expect(terminal.expect("[D] Deny  [O] Connect once", timeout: 10), "\(terminal.transcript.suffix(600))")
        terminal.send(answer + "\r")
        #expect(terminal.expectPrompt(prompt, timeout: 10))
        terminal.send("'Connected=' + @($global:DefaultVIServers).Count\r")
        #expect(terminal.expect("Connected=\(connections)", timeout: 10), "\(terminal.transcript.suffix(600))")
        terminal.send("exit\r")
        _ = terminal.waitForExit(timeout: 10)
    }

    @Test(.timeLimit(.minutes(3))) func promptInAScriptIsTheNonInteractiveError() throws {
        let served = try Self.serve()
        defer { Self.stop(served) }
        let result = try Self.remote(served, """
        Set-PowerCLIConfiguration -InvalidCertificateAction Prompt -Scope Session -Confirm:$false | Out-Null
        Connect-VIServer -Server 127.0.0.1 -Port \(served.port) -User trustedadmin@vsphere.local -Password 'VMware1!'
        """, trustingTheLabCA: false, connect: false)
        #expect(result.errors.contains("PowerShell is in NonInteractive mode. Read and Prompt functionality is not available."), "\(result.errors)")
    }

    /// A port that accepts connections but never answers the TLS handshake: Connect-VIServer gives up with an
    /// error instead of waiting for ever.
    @Test(.timeLimit(.minutes(2))) func anEndpointThatNeverAnswersIsAConnectionError() throws {
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #expect(listener >= 0)
        defer { close(listener) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
        #expect(bound == 0)
        #expect(listen(listener, 4) == 0)
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &length) } }
        let port = Int(UInt16(bigEndian: address.sin_port))
        let result = try VtashProcess.run(["--new-lab", "--remote-vcenter", "127.0.0.1", "-Command", """
        Connect-VIServer -Server 127.0.0.1 -Port \(port) -User trustedadmin@vsphere.local -Password 'VMware1!'
        "Connected=" + @($global:DefaultVIServers).Count
        """])
        #expect(result.errors.contains("did not present a certificate"), "\(result.errors)")
        #expect(result.errors.contains("Client20_ConnectivityServiceImpl_Reconnect_ProtocolError"))
        #expect(result.outputLines.contains("Connected=0"), "\(result.output)")
    }
}
