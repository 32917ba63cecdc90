import ShellEngine
import TestSupport
import Testing

/// Tab completion of lab object names for PowerCLI parameters.
@Suite struct PowerCLICompletionTests {
    func complete(_ line: String, in session: PowerCLITestShell) -> [String] {
        CommandCompletion(shell: session.shell).complete(line: line, cursor: line.utf8.count).candidates
    }

    // Issue 14: "Tab after -KeyServer completes nothing on the lab cmdlets".
    @Test func theLabCmdletsKeyServerCompletesTheSimulatedKeyServers() throws {
        let session = try PowerCLITestShell()
        session.run("New-LabKeyServer 192.168.110.92 | Out-Null; New-LabKeyServer 127.0.0.1 -Port 5696 -Live | Out-Null")
        for command in ["New-LabKeyServerKey", "Add-LabKeyServerClientCertificate", "Approve-LabKeyServerCertificateRequest", "New-LabKeyServerClientCertificate"] {
            #expect(complete("\(command) -KeyServer ", in: session) == ["192.168.110.91", "192.168.110.92"], "\(command)")
        }
        #expect(complete("New-LabKeyServerKey -KeyServer 192.168.110.9", in: session) == ["192.168.110.91", "192.168.110.92"])
        #expect(complete("New-LabKeyServerKey -KeyServer 10.", in: session) == [])
    }

    @Test func clusterAndProviderParametersCompleteTheirNames() throws {
        let session = try PowerCLITestShell.withProvider()
        #expect(complete("Get-TrustAuthorityKeyProvider -TrustAuthorityCluster ", in: session) == ["'vTA Cluster'"])
        #expect(complete("Get-TrustAuthorityKeyProviderClientCertificate -KeyProvider cl", in: session) == ["clkp"])
        #expect(complete("Connect-VIServer -Server 192", in: session) == ["192.168.210.22", "192.168.210.23"])
    }
}
