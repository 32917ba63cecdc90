import Foundation
import Testing
@testable import TrustAuthority

/// Lab files: the default one shipped in docs/labs/, round trips, and errors that name the line and the field.
@Suite struct LabDefinitionTests {
    static var docsLabs: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("docs/labs")
    }

    /// docs/labs/default.yaml read field by field against the seed's example table (procedure-en.md, "The page's
    /// example lab"): vCenter 192.168.210.22, trustedadmin@vsphere.local with VMware1!, `vTA Cluster` (shown by
    /// PowerCLI as TrustAuthorityCluster-domain-c8), key server 192.168.110.91 with KMIP user vcqekmip; and the
    /// workload side docs/labs/README.md describes. The values are written here by hand, not taken from the
    /// code that writes the file.
    @Test func theShippedDefaultLabFileHoldsTheSeedsExampleLab() throws {
        let text = try String(contentsOf: Self.docsLabs.appendingPathComponent("default.yaml"), encoding: .utf8)
        Self.expectSeedLab(try LabDefinition(yaml: text), trustAuthorityEnabled: true, source: "docs/labs/default.yaml")
        // And the file is the built-in lab's written form, so that the two cannot drift apart.
        #expect(text == LabDefinition.default.yaml)
    }

    /// The lab built into vtash (what a fresh machine gets without any file) holds the same hand-written values.
    @Test func theBuiltInDefaultLabHoldsTheSeedsExampleLab() {
        Self.expectSeedLab(.default, trustAuthorityEnabled: true, source: "LabDefinition.default")
    }

    /// docs/labs/before-configuration.yaml and its built-in twin: the same values with the cluster Disabled.
    @Test func theShippedBeforeConfigurationLabHoldsTheSeedsLabWithTheClusterDisabled() throws {
        let text = try String(contentsOf: Self.docsLabs.appendingPathComponent("before-configuration.yaml"), encoding: .utf8)
        Self.expectSeedLab(try LabDefinition(yaml: text), trustAuthorityEnabled: false, source: "docs/labs/before-configuration.yaml")
        Self.expectSeedLab(.beforeConfiguration, trustAuthorityEnabled: false, source: "LabDefinition.beforeConfiguration")
    }

    static func expectSeedLab(_ lab: LabDefinition, trustAuthorityEnabled: Bool, source: String) {
        #expect(lab.statusRefreshDelay == 0, "\(source): status follows trust changes at once")
        #expect(lab.vCenters.map(\.address) == ["192.168.210.22", "192.168.210.23"], "\(source)")
        for vCenter in lab.vCenters {
            #expect(vCenter.ssoDomain == "vsphere.local", "\(source) \(vCenter.address)")
            #expect(vCenter.users.map(\.name) == ["trustedadmin", "administrator"], "\(source) \(vCenter.address)")
            if let admin = vCenter.users.first {
                #expect(admin.password == "VMware1!", "\(source)")
                // Trust Authority cmdlets need the TrustedAdmins group (the guide's prerequisite).
                #expect(admin.groups == ["TrustedAdmins", "Administrators"], "\(source)")
            }
            // Not in the seed: an administrator outside TrustedAdmins, so that refusals can be rehearsed.
            if vCenter.users.count > 1 {
                #expect(vCenter.users[1].password == "VMware1!", "\(source)")
                #expect(vCenter.users[1].groups == ["Administrators"], "\(source)")
            }
        }
        if let vCenter = lab.vCenters.first {
            #expect(vCenter.trustAuthorityClusters.count == 1, "\(source)")
            if let cluster = vCenter.trustAuthorityClusters.first {
                #expect(cluster.name == "vTA Cluster", "\(source)")
                #expect(cluster.id == "domain-c8", "\(source)")
                #expect(cluster.trustAuthorityClusterId == "TrustAuthorityCluster-domain-c8", "\(source)")
                #expect(cluster.enabled == trustAuthorityEnabled, "\(source)")
                #expect(cluster.datacenterId == "datacenter-3", "\(source)")
            }
            #expect(vCenter.clusters.isEmpty, "\(source)")
            #expect(vCenter.datacenters == [Datacenter(id: "datacenter-3", name: "TA Datacenter")], "\(source)")
        }
        if lab.vCenters.count > 1 {
            let workload = lab.vCenters[1]
            #expect(workload.trustAuthorityClusters.isEmpty, "\(source)")
            #expect(workload.clusters.map(\.id) == ["domain-c10"], "\(source)")
            #expect(workload.clusters.map(\.name) == ["Workload Cluster"], "\(source)")
            #expect(workload.clusters.map(\.enabled) == [false], "\(source): not trusted yet")
            #expect(workload.datacenters == [Datacenter(id: "datacenter-2", name: "Workload Datacenter")], "\(source)")
        }
        let manufacturer = "vtash Simulated TPM Manufacturer"
        #expect(lab.tpmManufacturers == [manufacturer], "\(source)")
        #expect(lab.hosts.map(\.id) == ["host-10", "host-12", "host-13", "host-14"], "\(source)")
        #expect(lab.hosts.map(\.name) == ["esxi-ta-01.vsphere.local", "esxi-01.vsphere.local", "esxi-02.vsphere.local",
                                          "esxi-03.vsphere.local"], "\(source)")
        #expect(lab.hosts.map(\.vCenter) == ["192.168.210.22", "192.168.210.23", "192.168.210.23", "192.168.210.23"], "\(source)")
        #expect(lab.hosts.map(\.clusterId) == ["domain-c8", "domain-c10", "domain-c10", "domain-c10"], "\(source)")
        #expect(lab.hosts.allSatisfy { $0.version == "7.0.3" && $0.build == "21930508" && $0.tpmManufacturer == manufacturer },
                "\(source): ESXi 7.0.3 build 21930508 with a TPM 2.0")
        #expect(lab.hosts.map { $0.virtualMachines.map(\.name) } == [[], ["app-01", "db-01"], ["web-01"], ["test-01"]], "\(source)")
        #expect(lab.hosts.flatMap(\.virtualMachines) == [
            VirtualMachine(id: "vm-20", name: "app-01", poweredOn: true, cpuCount: 2, memoryGB: 4),
            VirtualMachine(id: "vm-21", name: "db-01", poweredOn: true, cpuCount: 4, memoryGB: 16),
            VirtualMachine(id: "vm-22", name: "web-01", poweredOn: true, cpuCount: 2, memoryGB: 4),
            VirtualMachine(id: "vm-23", name: "test-01", poweredOn: false, cpuCount: 2, memoryGB: 4),
        ], "\(source)")
        #expect(lab.workloadKeyProviders.map(\.name) == ["standard-kp", "native-kp"], "\(source)")
        #expect(lab.workloadKeyProviders.map(\.vCenter) == ["192.168.210.23", "192.168.210.23"], "\(source)")
        #expect(lab.workloadKeyProviders.map(\.kind) == [.standard, .native], "\(source)")
        #expect(lab.trustAuthorityImports.isEmpty && lab.trustedClusterImports.isEmpty, "\(source): nothing imported")
        #expect(lab.keyServers.count == 1, "\(source)")
        if let server = lab.keyServers.first {
            #expect(server.address == "192.168.110.91", "\(source)")
            // 5696: the port IANA registered for KMIP over TLS, PowerCLI's default KmipServerPort.
            #expect(server.port == 5696, "\(source)")
            #expect(!server.live, "\(source): the documented key server is simulated, never contacted")
            #expect(server.username == "vcqekmip", "\(source)")
            // Key 8 is the example's -PrimaryKeyId, key 1 the step's; both ready for use.
            #expect(server.keys.map(\.id) == ["1", "8"], "\(source)")
            #expect(server.keys.map(\.state) == [.active, .active], "\(source)")
        }
    }

    @Test func writtenFilesReadBackUnchanged() throws {
        let odd = LabDefinition(
            vCenters: [VCenter(address: "vc.example.test", ssoDomain: "corp.local",
                               users: [SSOUser(name: "ops", password: "p: #\"quoted\" \\ 'x'", groups: ["TrustedAdmins"]),
                                       SSOUser(name: "true", password: "", groups: [])],
                               trustAuthorityClusters: [ClusterRecord(id: "domain-c9", name: "Off Cluster", enabled: false)],
                               clusters: [ClusterRecord(id: "domain-c10", name: "Workload: A", enabled: false),
                                          ClusterRecord(id: "domain-c11", name: "B", enabled: true)])],
            keyServers: [KeyServerDefinition(address: "10.1.1.1", port: 15696, username: "u1",
                                             keys: [KeyDefinition(id: "007"), KeyDefinition(id: "x", state: .deactivated)])],
            statusRefreshDelay: 2.5)
        #expect(try LabDefinition(yaml: odd.yaml) == odd)
    }

    @Test(arguments: [
        ("vCenters:\n  - address: vc\nkeyServers:\n  - address: kms\n    port: abc\n", 5, "keyServers[0].port", "'abc' is not a whole number"),
        ("vCenters:\n  - address: vc\n    prot: 1\n", 3, "vCenters[0].prot", "unknown field"),
        ("vCenters:\n  - ssoDomain: x\n", 2, "vCenters[0].address", "missing"),
        ("keyServers: []\n", 1, "vCenters", "missing"),
        ("vCenters:\n  - address: vc\nkeyServers:\n  - address: kms\n    keys: [{id: \"9\", state: Sleeping}]\n", 5, "keyServers[0].keys[0].state", "not a key state"),
        ("vCenters:\n  - address: vc\nkeyServers:\n  - address: kms\n  - address: KMS\n", 5, "keyServers[1]", "appears twice"),
        ("vCenters:\n  - address: vc\nkeyServers:\n  - address: kms\n    live: true\n    keys: [\"1\"]\n", 6, "keyServers[0].keys", "managed on the server"),
        ("vCenters:\n  - address: vc\n    users:\n      - name: a\n        password: [1, 2]\n", 5, "vCenters[0].users[0].password", "expected a single value"),
        ("vCenters: [\n", 2, "", "not valid YAML"),
        ("statusRefreshDelay: -1\nvCenters:\n  - address: vc\n", 1, "statusRefreshDelay", "not a number from 0"),
        ("vCenters:\n  - address: vc\n    trustAuthorityClusters:\n      - {id: domain-c8, name: TA}\n    clusters:\n      - {id: domain-c9, name: W}\n      - {id: DOMAIN-C8, name: X}\n",
         7, "vCenters[0].clusters[1]", "already a Trust Authority cluster"),
        ("vCenters:\n  - address: vc\n    clusters:\n      - {id: domain-c9, name: W, state: Paused}\n", 4, "vCenters[0].clusters[0].state", "not a cluster state"),
        ("vCenters:\n  - address: vc\n    clusters:\n      - {name: W}\n", 4, "vCenters[0].clusters[0].id", "missing"),
    ])
    func aBadLabFileNamesTheLineAndTheField(text: String, line: Int, field: String, problem: String) {
        #expect {
            _ = try LabDefinition(yaml: text)
        } throws: { error in
            guard let error = error as? LabFileError else { return false }
            return error.line == line && error.field == field && error.problem.contains(problem)
        }
    }

    @Test func anEmptyFileSaysSo() {
        #expect(throws: LabFileError(line: 0, field: "", problem: "the file is empty; a lab needs at least one vCenter")) {
            _ = try LabDefinition(yaml: "# nothing\n")
        }
    }

    @Test func keysMayBeWrittenAsNumbers() throws {
        let definition = try LabDefinition(yaml: "vCenters:\n  - address: vc\nkeyServers:\n  - address: kms\n    keys: [1, 8]\n")
        #expect(definition.keyServers.first?.keys.map(\.id) == ["1", "8"])
        // Unwritten fields take the seed lab's KMIP user and KMIP's registered port, as the default lab has them.
        #expect(definition.keyServers.first?.username == LabDefinition.default.keyServers[0].username)
        #expect(definition.keyServers.first?.port == LabDefinition.default.keyServers[0].port)
    }
}
