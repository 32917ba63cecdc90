import Foundation
import Testing
import TestSupport

/// The lab stored in SQLite across vtash processes, and the `vtash lab` commands.
@Suite struct LabPersistenceTests {
    let folder: URL
    var lab: String { folder.appendingPathComponent("lab.sqlite").path }

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("vtash-lab-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    static let signIn = """
    Connect-VIServer -server 192.168.210.22 -User trustedadmin@vsphere.local -Password 'VMware1!' | Out-Null
    $vTA = Get-TrustAuthorityCluster 'vTA Cluster'

    """
    /// Signs in and reads the provider `clkp`, which must exist (a missing name is an error).
    static let login = signIn + """
    $kp = Get-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -Name clkp

    """

    func vtash(_ arguments: [String], _ input: String = "") throws -> VtashProcess.Result {
        try VtashProcess.run(arguments, input: input, in: folder)
    }

    @Test func theProcedureSplitOverThreeProcessesEndsOk() throws {
        let create = try vtash(["--lab", lab, "-Command", ProcedureScripts.connect])
        #expect(create.errors == "")
        let trust = try vtash(["--lab", lab], Self.login + ProcedureScripts.trustServer + ProcedureScripts.csrRoute)
        #expect(trust.errors == "")
        let check = try vtash(["--lab", lab], Self.login + ProcedureScripts.reportStatus)
        #expect(check.errors == "")
        #expect(check.outputLines.contains("Health=Ok"))
        #expect(check.outputLines.contains("Server=192.168.110.91|True|True|"))
    }

    @Test func withoutLabTheStoredLabIsUnderTheDataFolder() throws {
        let data = folder.appendingPathComponent("data").path
        let first = try VtashProcess.run(["-Command", ProcedureScripts.connect], in: folder, environment: ["XDG_DATA_HOME": data])
        #expect(first.status == 0)
        let second = try VtashProcess.run(["-Command", Self.login + "$kp.Name"], in: folder, environment: ["XDG_DATA_HOME": data])
        #expect(second.outputLines.first == "clkp")
        let mode = try FileManager.default.attributesOfItem(atPath: data + "/vtash/lab.sqlite")[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let fresh = try VtashProcess.run(["--new-lab", "-Command", Self.signIn + "'count=' + @(Get-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA).Count"], in: folder,
                                         environment: ["XDG_DATA_HOME": data])
        #expect(fresh.outputLines.first == "count=0")
    }

    @Test func resetReturnsTheLabToTheDefault() throws {
        _ = try vtash(["--lab", lab, "-Command", ProcedureScripts.connect + "New-LabKeyServerKey -KeyServer 192.168.110.91"])
        #expect(try vtash(["lab", "show", "--lab", lab]).output.contains("keys: 1, 8, 9"))
        let reset = try vtash(["lab", "reset", "--lab", lab])
        #expect(reset.status == 0)
        let shown = try vtash(["--lab", lab, "lab", "show"]).output
        #expect(shown.contains("Key providers: 0"))
        #expect(shown.contains("keys: 1, 8,") && !shown.contains("keys: 1, 8, 9"))
        #expect(shown.contains("Integrity:    ok"))
    }

    @Test func exportThenInitFromTheExportGivesTheSameLab() throws {
        let custom = folder.appendingPathComponent("custom.yaml")
        try Data("""
        statusRefreshDelay: 3
        vCenters:
          - address: vc01.corp.test
            ssoDomain: corp.local
            users:
              - name: ops
                password: S3cret!
                groups: [TrustedAdmins]
            trustAuthorityClusters:
              - id: domain-c12
                name: Trust Cluster
            clusters:
              - id: domain-c20
                name: Workload A
              - id: domain-c21
                name: Workload B
                state: Disabled
        keyServers:
          - address: kms01.corp.test
            port: 5697
            username: kmipuser
            keys: ["10", {id: "11", state: Pre-Active}]
          - address: 127.0.0.1
            port: 15696
            live: true

        """.utf8).write(to: custom)
        #expect(try vtash(["lab", "init", "first.sqlite", "--from", "custom.yaml"]).status == 0)
        #expect(try vtash(["lab", "export", "exported.yaml", "--lab", "first.sqlite"]).status == 0)
        #expect(try vtash(["lab", "init", "second.sqlite", "--from", "exported.yaml"]).status == 0)
        #expect(try vtash(["lab", "export", "again.yaml", "--lab", "second.sqlite"]).status == 0)
        let exported = try String(contentsOf: folder.appendingPathComponent("exported.yaml"), encoding: .utf8)
        #expect(exported == (try String(contentsOf: folder.appendingPathComponent("again.yaml"), encoding: .utf8)))
        #expect(exported.contains("keys: [\"10\", {id: \"11\", state: Pre-Active}]"))
        let mode = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent("exported.yaml").path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let login = try vtash(["--lab", "second.sqlite", "-Command",
                               "Connect-VIServer -Server vc01.corp.test -User ops@corp.local -Password 'S3cret!' | Out-Null; (Get-TrustAuthorityCluster).Name"])
        #expect(login.outputLines.first == "Trust Cluster")
        let workload = try vtash(["--lab", "second.sqlite", "-Command", """
            Connect-VIServer -Server vc01.corp.test -User ops@corp.local -Password 'S3cret!' | Out-Null
            Get-TrustedCluster | ForEach-Object { "$($_.Name)|$($_.State)|$($_.Id)" }
            (Get-TrustedCluster -Id TrustedCluster-domain-c21).Name
            Get-TrustedCluster 'Workload C'
            """])
        #expect(workload.outputLines.prefix(3) == ["Workload A|Enabled|TrustedCluster-domain-c20",
                                                   "Workload B|Disabled|TrustedCluster-domain-c21", "Workload B"])
        #expect(workload.errors.contains("Could not find TrustedCluster with name 'Workload C'."))
        #expect(try vtash(["lab", "init", "second.sqlite"]).errors.contains("A lab already exists"))
    }

    @Test func aBadLabFileNamesTheLineAndTheField() throws {
        try Data("vCenters:\n  - address: vc\nkeyServers:\n  - address: kms\n    port: 99999\n".utf8)
            .write(to: folder.appendingPathComponent("bad.yaml"))
        let result = try vtash(["lab", "init", "bad.sqlite", "--from", "bad.yaml"])
        #expect(result.status == 1)
        #expect(result.errors.contains("line 5, keyServers[0].port: '99999' is not a whole number from 1 to 65535"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("bad.sqlite").path))
        try Data([0x00, 0xFF, 0xFE]).write(to: folder.appendingPathComponent("binary.yaml"))
        let binary = try vtash(["lab", "init", "binary.sqlite", "--from", "binary.yaml"])
        #expect(binary.status == 1)
        #expect(binary.errors == "vtash lab: The lab file 'binary.yaml' cannot be used: the file is not UTF-8 text.\n")
    }

    @Test func exportToAFolderThatDoesNotExistSaysSo() throws {
        let result = try vtash(["lab", "export", "missing/lab.yaml", "--lab", lab])
        #expect(result.status == 1)
        #expect(result.errors.contains("Cannot write the file '\(folder.path)/missing/lab.yaml': No such file or directory."))
    }

    @Test func replayWithLabChangesTheStoredLab() throws {
        try Data("""
        PS C:\\> Connect-VIServer -server 192.168.210.22 -User trustedadmin@vsphere.local -Password 'VMware1!' | Out-Null
        PS C:\\> $vTA = Get-TrustAuthorityCluster 'vTA Cluster'
        PS C:\\> New-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -PrimaryKeyId 8 -Name replayed -KmipServerAddress 192.168.110.91 | Out-Null
        PS C:\\> (Get-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA).Count
        1

        """.utf8).write(to: folder.appendingPathComponent("t.txt"))
        let first = try vtash(["replay", "t.txt", "--lab", lab])
        #expect(first.status == 0, "\(first.output)\(first.errors)")
        let check = try vtash(["--lab", lab, "-Command", Self.signIn + "(Get-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -Name replayed).Name"])
        #expect(check.outputLines.first == "replayed")
        // The same transcript again on the same lab: the provider exists now, so the replay reports it.
        let second = try vtash(["replay", "t.txt", "--lab", lab])
        #expect(second.status == 1)
        #expect(second.output.contains("already exists"))
        // Without --lab, every replay starts from a fresh lab.
        #expect(try vtash(["replay", "t.txt"]).status == 0)
    }

    @Test func twoProcessesWritingAtOnceLoseNothing() throws {
        _ = try vtash(["--lab", lab, "-Command", "$null"])
        func script(_ prefix: String) -> String {
            Self.signIn + (0..<30).map {
                "New-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -PrimaryKeyId 8 -Name \(prefix)\($0) -KmipServerAddress 192.168.110.91 | Out-Null"
            }.joined(separator: "\n") + "\n"
        }
        let results = ResultBox()
        let lab = self.lab, folder = self.folder
        let threads = ["a", "b"].map { prefix in
            let input = script(prefix)
            return Thread { results.append((try? VtashProcess.run(["--lab", lab], input: input, in: folder))?.errors ?? "did not run") }
        }
        threads.forEach { $0.start() }
        while !threads.allSatisfy(\.isFinished) { usleep(10_000) }
        #expect(results.values == ["", ""])
        let count = try vtash(["--lab", lab, "-Command", Self.signIn + "@(Get-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA).Count"])
        #expect(count.outputLines.first == "60")
    }
}

final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String] = []
    func append(_ value: String) { lock.lock(); stored.append(value); lock.unlock() }
    var values: [String] { lock.lock(); defer { lock.unlock() }; return stored }
}
