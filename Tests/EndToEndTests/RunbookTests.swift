import Foundation
import Testing
import TestSupport

/// The two runbooks of Tests/Runbooks, written here as operators write them (a module with a manifest and private
/// helpers, advanced functions taking pipeline input, ArrayList/Dictionary/List/HashSet/Queue/StringBuilder
/// accumulation, splatting, try/catch with -ErrorAction Stop, Export-Csv and ConvertTo-Json reports), run to the end
/// by `vtash -File` on the default lab. The expected lines were worked out by hand from the default lab's definition
/// (Sources/TrustAuthority/Store/LabDefinition.swift: vCenters 192.168.210.22 and .23, key server 192.168.110.91 with
/// keys 1 and 8, hosts esxi-01..03 with app-01/db-01, web-01, test-01 (off), key providers standard-kp and native-kp)
/// and PowerShell's documented rules: `'{0,-18} {1}' -f` pads on the right (about_Operators, -f); `{0:D2}` pads with
/// zeros; Export-Csv -NoTypeInformation quotes every field (Export-Csv.md for 5.1); Sort-Object orders strings
/// alphabetically ignoring case; Select-Object -Unique keeps one of equal values; Measure-Object's Sum is a Double
/// whose ToString() of 6 is "6"; Format-Table -AutoSize makes each column as wide as its widest value, numbers
/// right-aligned (about_Format.ps1xml); `[ordered]` keeps insertion order and ConvertTo-Json -Compress writes
/// `{"key":value}` with no spaces.
@Suite struct RunbookTests {
    static let runbooks = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Runbooks")

    /// A copy of Tests/Runbooks in a fresh folder, where the runbook runs and writes its reports.
    func copyOfRunbooks() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vtash-runbooks-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Self.runbooks, to: folder)
        return folder
    }

    /// The printed lines without blank ones (tables start and end with blank lines) and without trailing blanks.
    func printedLines(_ output: String) -> [String] {
        output.split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0.reversed().drop { $0 == " " }.reversed()) }
            .filter { !$0.isEmpty }
    }

    @Test func theRunbooksAreAtLeastThreeHundredLinesLong() throws {
        for name in ["KeyProviderRunbook.ps1", "WorkloadInventoryRunbook.ps1"] {
            let text = try String(contentsOf: Self.runbooks.appendingPathComponent(name), encoding: .utf8)
            #expect(text.split(separator: "\n", omittingEmptySubsequences: false).count >= 300, "\(name)")
        }
    }

    @Test func theKeyProviderRunbookConfiguresTheProviderAndWritesItsReports() throws {
        let folder = try copyOfRunbooks()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try VtashProcess.run(["-File", folder.appendingPathComponent("KeyProviderRunbook.ps1").path], in: folder)
        #expect(result.errors == "")
        #expect(result.status == 0)
        #expect(printedLines(result.output) == [
            "[01] Connect to the Trust Authority vCenter Server",
            "Connected to 192.168.210.22 as VSPHERE.LOCAL\\trustedadmin",
            "Default servers: 1",
            "[02] Read the Trust Authority cluster",
            "Cluster vTA Cluster is Enabled (TrustAuthorityCluster-domain-c8)",
            "Refused as expected: a cluster named 'No Such Cluster'",
            "[03] Create the trusted key provider",
            "Created key provider clkp with primary key 1",
            "Key server 192.168.110.91:5696 for domain-c8-clkp",
            "Refused as expected: a second key provider named clkp",
            "[04] Upload the client certificate to the key server",
            "Client certificate written: -----BEGIN CERTIFICATE-----",
            "[05] Trust the key server certificate",
            "Certificates checked: 1, not trusted yet: 1 (domain-c8-clkp:192.168.110.91)",
            "Trusted the certificate of domain-c8-clkp:192.168.110.91: True",
            "Certificates not trusted now: 0",
            "[06] Check the key provider health",
            "Provider clkp: health Ok",
            "  192.168.110.91: client trusts server=True, server trusts client=True",
            "[07] Write the reports",
            "CSV report: key-provider.csv",
            "JSON report: key-provider.json",
            "CSV rows: 8",
            "\"Step\",\"Name\",\"Outcome\",\"Detail\"",
            "Connect            192.168.210.22",
            "ReadCluster        TrustAuthorityCluster-domain-c8",
            "MissingCluster     refused",
            "CreateProvider     domain-c8-clkp",
            "DuplicateProvider  refused",
            "ClientCertificate  clientcert.pem",
            "ServerCertificate  1 checked",
            "Health             Ok",
            "{\"Steps\":7,\"Results\":8,\"Failed\":0,\"Succeeded\":8}",
            "Facts: 6 (Runbook, ModuleVersion, Server, Cluster, Provider, Health)",
            "Remaining default servers: 0",
            "Runbook finished",
        ])
        let csv = try String(contentsOf: folder.appendingPathComponent("reports/key-provider.csv"), encoding: .utf8)
        #expect(csv.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) } == [
            "\"Step\",\"Name\",\"Outcome\",\"Detail\"",
            "\"1\",\"Connect\",\"OK\",\"192.168.210.22\"",
            "\"2\",\"ReadCluster\",\"OK\",\"TrustAuthorityCluster-domain-c8\"",
            "\"2\",\"MissingCluster\",\"OK\",\"refused\"",
            "\"3\",\"CreateProvider\",\"OK\",\"domain-c8-clkp\"",
            "\"3\",\"DuplicateProvider\",\"OK\",\"refused\"",
            "\"4\",\"ClientCertificate\",\"OK\",\"clientcert.pem\"",
            "\"5\",\"ServerCertificate\",\"OK\",\"1 checked\"",
            "\"6\",\"Health\",\"OK\",\"Ok\"",
        ])
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("reports/key-provider.json"))) as? [String: Any]
        let summary = json?["Summary"] as? [String: Any]
        #expect(summary?["Steps"] as? Int == 7)
        #expect(summary?["Results"] as? Int == 8)
        #expect(summary?["Failed"] as? Int == 0)
        let facts = json?["Facts"] as? [String: Any]
        #expect(facts?["Provider"] as? String == "domain-c8-clkp")
        #expect(facts?["Health"] as? String == "Ok")
        #expect(facts?["ModuleVersion"] as? String == "1.2.0")
    }

    @Test func theWorkloadRunbookListsTheWorkloadSideAndWritesItsReports() throws {
        let folder = try copyOfRunbooks()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try VtashProcess.run(["-File", folder.appendingPathComponent("WorkloadInventoryRunbook.ps1").path], in: folder)
        #expect(result.errors == "")
        #expect(result.status == 0)
        #expect(printedLines(result.output) == [
            "[01] Connect to the workload vCenter Server",
            "Connected to 192.168.210.23 on port 443",
            "[02] Read the trusted cluster",
            "Trusted cluster Workload Cluster: Disabled",
            "[03] List the hosts of the cluster",
            "esxi-01.vsphere.local ESXi 7.0.3 build 21930508",
            "esxi-02.vsphere.local ESXi 7.0.3 build 21930508",
            "esxi-03.vsphere.local ESXi 7.0.3 build 21930508",
            "Hosts: 3, versions: 7.0.3",
            "No host named esxi-99.vsphere.local, as expected",
            "[04] List the virtual machines per host",
            "Host                  VMs Cpus",
            "----                  --- ----",
            "esxi-01.vsphere.local   2    6",
            "esxi-02.vsphere.local   1    2",
            "esxi-03.vsphere.local   1    2",
            "esxi-01.vsphere.local: app-01, db-01",
            "esxi-02.vsphere.local: web-01",
            "esxi-03.vsphere.local: test-01",
            "VMs: 4, CPUs: 10, memory: 28 GB",
            "Power states: PoweredOff, PoweredOn",
            "Powered off: test-01",
            "[05] Read the attestation of every host",
            "Failed: 3 host(s)",
            "Hosts to attest before the rollout: 3",
            "[06] List the key providers",
            "native-kp (native), registered: False",
            "standard-kp (standard), registered: False",
            "[07] Write the reports",
            "Inventory lines: 5",
            "\"Name\",\"Host\",\"PowerState\",\"NumCpu\",\"MemoryGB\"",
            "\"test-01\",\"esxi-03.vsphere.local\",\"PoweredOff\",\"2\",\"4\"",
            "Read back: 4 VMs, first app-01 on esxi-01.vsphere.local",
            "{\"Steps\":7,\"Results\":7,\"Failed\":0,\"Succeeded\":7}",
            "{\"Runbook\":\"WorkloadInventory\",\"Cluster\":\"TrustedCluster-domain-c10\",\"ClusterState\":\"Disabled\",\"Hosts\":3,\"VMs\":4,\"NotAttested\":3,\"KeyProviders\":2}",
            "Inventory finished",
        ])
        let csv = try String(contentsOf: folder.appendingPathComponent("reports/vm-inventory.csv"), encoding: .utf8)
        #expect(csv.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) } == [
            "\"Name\",\"Host\",\"PowerState\",\"NumCpu\",\"MemoryGB\"",
            "\"app-01\",\"esxi-01.vsphere.local\",\"PoweredOn\",\"2\",\"4\"",
            "\"db-01\",\"esxi-01.vsphere.local\",\"PoweredOn\",\"4\",\"16\"",
            "\"web-01\",\"esxi-02.vsphere.local\",\"PoweredOn\",\"2\",\"4\"",
            "\"test-01\",\"esxi-03.vsphere.local\",\"PoweredOff\",\"2\",\"4\"",
        ])
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("reports/workload.json"))) as? [String: Any]
        #expect((json?["Summary"] as? [String: Any])?["Results"] as? Int == 7)
        #expect((json?["Facts"] as? [String: Any])?["NotAttested"] as? Int == 3)
    }
}
