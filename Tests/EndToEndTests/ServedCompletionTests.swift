import Foundation
import Testing
import TestSupport

/// Tab in a shell connected to a served vCenter completes the served lab's names (not the shell's own lab's), and one
/// press costs the served lab a few requests, counted in its `--verbose` log (one line per request).
@Suite(.serialized) struct ServedCompletionTests {
    /// The operations the server logged after the first `skip` lines, once `count` of them are there.
    static func operations(_ server: ServeProcess, after skip: Int, count: Int) -> [String] {
        var operations: [String] = []
        for _ in 0..<100 {
            operations = server.lines.dropFirst(skip).compactMap { line in
                line.split(separator: " ").first { $0.hasPrefix("operation=") }.map { String($0.dropFirst("operation=".count)) }
            }
            if operations.count >= count { break }
            usleep(50_000)
        }
        return operations
    }

    @Test(.timeLimit(.minutes(3))) func tabCompletesTheServedLabsKeyProvidersAndServersWithFewCalls() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vtash-served-tab-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let server = try ServeProcess(lab: folder.appendingPathComponent("lab.sqlite").path, arguments: ["--verbose"], in: folder)
        let port = try #require(server.waitForPort(), "vtash serve did not start: \(server.lines.suffix(5))")
        let served = ServedShellTests.Served(folder: folder, server: server, port: port)
        defer { ServedShellTests.stop(served) }
        let made = try ServedShellTests.remote(served, """
        foreach ($name in 'served-a', 'served-b', 'other') {
            New-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -PrimaryKeyId 8 -Name $name -KmipServerAddress 192.168.110.91 | Out-Null
        }
        """)
        #expect(made.status == 0 && made.errors.isEmpty, "\(made.output)\(made.errors)")

        let home = try ReplSession.makeHome()
        let prompt = "PS \(FileManager.default.currentDirectoryPath)> "
        let terminal = try PseudoTerminal(
            executable: VtashProcess.executable.path,
            arguments: ["--new-lab", "--remote-vcenter", "127.0.0.1", "--remote-ca", server.authorityFile],
            environment: ["HOME": home.path, "TZ": "UTC", "NO_COLOR": "1", "XDG_DATA_HOME": ""])
        #expect(terminal.expectPrompt(prompt, timeout: 10))
        terminal.send("Connect-VIServer -Server 127.0.0.1 -Port \(port) -User trustedadmin@vsphere.local -Password 'VMware1!' | Out-Null\r")
        #expect(terminal.expectPrompt(prompt, timeout: 10))

        let before = server.lines.count
        terminal.send("Get-TrustAuthorityKeyProvider -Name serv\t")
        // The common prefix of the served lab's two names (the line editor writes what it inserts): the shell's own
        // (new) lab has no provider at all.
        #expect(terminal.expect("ed-", timeout: 10), "\(terminal.transcript)")
        let asked = Self.operations(server, after: before, count: 3)
        #expect(asked == ["trusted_infrastructure.trust_authority_clusters.list", "kms.providers.list$task", "cis.tasks.get"], "\(asked)")
        terminal.send("b -TrustAuthorityCluster 'vTA Cluster' | ForEach-Object { 'Found=' + $_.Name }\r")
        #expect(terminal.expect("Found=served-b", timeout: 10), "\(terminal.transcript)")
        #expect(terminal.expectPrompt(prompt, timeout: 10))
        // Key server names: the providers' names, then one providers.get each (not the four calls of a whole provider).
        let beforeServers = server.lines.count
        terminal.send("Get-TrustAuthorityKeyProviderServer -Name 192.168.110\t")
        #expect(terminal.expect(".91", timeout: 10), "\(terminal.transcript)")
        let servers = Self.operations(server, after: beforeServers, count: 9)
        #expect(servers == ["trusted_infrastructure.trust_authority_clusters.list", "kms.providers.list$task", "cis.tasks.get"]
            + Array(repeating: ["kms.providers.get$task", "cis.tasks.get"], count: 3).flatMap { $0 }, "\(servers)")
        terminal.send("\u{3}")
        #expect(terminal.expectPrompt(prompt, timeout: 10))
        terminal.send("\u{4}")
        #expect(terminal.waitForExit(timeout: 10) == 0)
    }
}
