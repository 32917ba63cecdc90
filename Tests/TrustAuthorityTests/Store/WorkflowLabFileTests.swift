import Foundation
import Testing
@testable import TrustAuthority

/// Lab files of the whole workflow: both shipped starting points, a lab file that describes a configured
/// lab (imports, services info, key provider registrations), and errors in the new fields naming the
/// line and the field.
@Suite struct WorkflowLabFileTests {
    static var docsLabs: URL { LabDefinitionTests.docsLabs }

    @Test func theShippedBeforeConfigurationFileIsTheDefaultLabWithTheClusterDisabled() throws {
        let text = try String(contentsOf: Self.docsLabs.appendingPathComponent("before-configuration.yaml"), encoding: .utf8)
        let definition = try LabDefinition(yaml: text)
        #expect(definition == .beforeConfiguration)
        #expect(text == LabDefinition.beforeConfiguration.yaml)
        var expected = LabDefinition.default
        expected.vCenters[0].trustAuthorityClusters[0].enabled = false
        #expect(definition == expected)
        let lab = try Lab.inMemory(definition)
        #expect(try lab.trustAuthorityClusters(by: WorkflowLab.taAdmin).map(\.enabled) == [false])
        #expect(lab.providerNames().isEmpty)
        #expect(try lab.trustAuthorityConfiguration(of: WorkflowLab.cluster, by: WorkflowLab.taAdmin).principals.isEmpty)
    }

    /// The default lab: both vCenters with the same Trust Authority administrator, three workload hosts
    /// with TPMs by the lab's manufacturer, one Trust Authority host.
    @Test func theDefaultLabHasTheWorkloadSide() throws {
        let lab = try Lab.makeDefault()
        #expect(lab.vCenters.map(\.address) == [WorkflowLab.taVCenter, "192.168.210.23"])
        for vCenter in lab.vCenters {
            #expect(vCenter.user("trustedadmin@vsphere.local")?.isTrustedAdmin == true)
            #expect(vCenter.user("administrator@vsphere.local")?.isTrustedAdmin == false)
        }
        let hosts = lab.hosts(on: WorkflowLab.workloadVCenter)
        #expect(hosts.map(\.id) == ["host-12", "host-13", "host-14"] && hosts.map(\.name) == WorkflowLab.hosts)
        #expect(hosts.allSatisfy { $0.tpm?.endorsementKey.certificate != nil && $0.imageVersion == "7.0.3-21930508" })
        #expect(lab.virtualMachines(on: WorkflowLab.workloadVCenter).map(\.virtualMachine.id) == ["vm-20", "vm-21", "vm-22", "vm-23"])
        #expect(lab.datacenters(on: WorkflowLab.workloadVCenter) == [Datacenter(id: "datacenter-2", name: "Workload Datacenter")])
        #expect(lab.clusters(on: WorkflowLab.taVCenter).map(\.id) == ["domain-c8"])
        #expect(lab.host("HostSystem-host-13", on: WorkflowLab.workloadVCenter)?.name == "esxi-02.vsphere.local")
        #expect(lab.host(named: "ESXI-TA-01.vsphere.local")?.vCenter == WorkflowLab.taVCenter)
        // Each endorsement key is its own chip's.
        #expect(Set(hosts.map { $0.tpm?.endorsementKey.publicKey ?? [] }).count == 3)
        #expect(lab.vCenter(at: WorkflowLab.taVCenter)?.instanceUuid != lab.vCenter(at: WorkflowLab.workloadVCenter)?.instanceUuid)
    }

    static let configuredText = """
        tpmManufacturers:
          - name: Chips Inc
          - Other Chips
        vCenters:
          - address: ta.example.test
            users:
              - {name: admin, password: x, groups: [TrustedAdmins]}
            datacenters:
              - {id: datacenter-3, name: DC}
            trustAuthorityClusters:
              - id: domain-c8
                name: TA
                datacenter: datacenter-3
                hosts:
                  - {id: host-9, name: ta-01.example.test, version: 7.0.3, build: "21930508"}
                imports:
                  principals: [wl.example.test]
                  tpmCACertificates: [Chips Inc]
                  endorsementKeys: [wl-02.example.test]
                  baseImages: [7.0.3-21930508, 8.0.2-22380479]
                  attestationSettings: {requireEndorsementKey: false, requireCertificateValidation: true}
          - address: wl.example.test
            users:
              - {name: admin, password: x, groups: [TrustedAdmins]}
            clusters:
              - id: domain-c10
                name: Workload
                hosts:
                  - {id: host-11, name: wl-01.example.test, version: 7.0.3, build: "21930508", tpm: Chips Inc}
                  - id: host-12
                    name: wl-02.example.test
                    version: 8.0.2
                    build: "22380479"
                    tpm: Chips Inc
                    vms:
                      - {id: vm-1, name: a, powerState: PoweredOff, cpus: 8, memoryGB: 32}
                servicesInfo:
                  from: {vCenter: ta.example.test, cluster: domain-c8}
              - id: domain-c11
                name: Not Yet
                state: Disabled
                hosts:
                  - {id: host-13, name: wl-03.example.test, version: 7.0.3, build: "21930508", tpm: Other Chips}
                servicesInfo:
                  from: {vCenter: ta.example.test, cluster: domain-c8}
                  applied: false
            keyProviders:
              - {name: trusted-kp, type: TrustedKeyProvider, registered: true, default: true}
              - {name: kms, type: KeyProvider}
              - {name: native, type: NativeKeyProvider, registered: true}
        keyServers: []
        """

    /// A lab file may describe a lab in the middle or at the end of the procedure: what it names as imported
    /// is imported from what the lab makes, so such a lab attests its hosts with nothing typed.
    @Test func aLabFileDescribesAConfiguredLabWhoseHostsAttest() throws {
        let definition = try LabDefinition(yaml: Self.configuredText)
        #expect(definition.tpmManufacturers == ["Chips Inc", "Other Chips"])
        #expect(definition.hosts.map(\.name) == ["ta-01.example.test", "wl-01.example.test", "wl-02.example.test", "wl-03.example.test"])
        #expect(definition.trustAuthorityImports.first?.baseImages == ["7.0.3-21930508", "8.0.2-22380479"])
        #expect(definition.trustedClusterImports.map(\.applied) == [true, false])
        // Standard and native providers first, then trusted registrations: the order the writer keeps.
        #expect(definition.workloadKeyProviders.map(\.name) == ["kms", "native", "trusted-kp"])
        #expect(try LabDefinition(yaml: definition.yaml) == definition)

        let lab = try Lab.inMemory(definition)
        #expect(lab.definition == definition)
        let admin = SessionUser(vCenter: "wl.example.test", name: "admin@vsphere.local")
        let attestations = try lab.attestations(by: admin)
        #expect(attestations.map(\.hostName) == ["wl-01.example.test", "wl-02.example.test", "wl-03.example.test"])
        #expect(attestations.map { $0.failedChecks.map(\.kind) } == [[], [], [.endorsementKey, .trustedCluster]])
        #expect(try lab.appliedStatus(ofTrustedCluster: "Not Yet", by: admin).health == .error)
        let providers = try lab.workloadKeyProviders(by: admin)
        #expect(providers.map(\.name) == ["kms", "native"] && providers[1].registered)  // no TA provider named trusted-kp yet
        #expect(lab.virtualMachines(on: "wl.example.test").first?.virtualMachine == VirtualMachine(id: "vm-1", name: "a", poweredOn: false, cpuCount: 8, memoryGB: 32))
    }

    @Test(arguments: [
        ("vCenters:\n  - address: vc\n    clusters:\n      - id: c1\n        name: C\n        hosts:\n          - {id: host-1, name: h, version: 7.0.3, build: \"1\", tpm: Nobody}\n",
         7, "vCenters[0].clusters[0].hosts[0].tpm", "not one of the lab's tpmManufacturers"),
        ("vCenters:\n  - address: vc\n    clusters:\n      - {id: c1, name: C, datacenter: datacenter-9}\n",
         4, "vCenters[0].clusters[0].datacenter", "not a datacenter id"),
        ("vCenters:\n  - address: vc\n    clusters:\n      - id: c1\n        name: C\n        hosts:\n          - {id: host-1, name: h, version: 7.0.3-1, build: \"1\"}\n",
         7, "vCenters[0].clusters[0].hosts[0].version", "not an ESXi version"),
        ("vCenters:\n  - address: vc\n    clusters:\n      - id: c1\n        name: C\n        hosts:\n          - {id: host-1, name: h, version: 7.0.3}\n",
         7, "vCenters[0].clusters[0].hosts[0].build", "missing"),
        ("vCenters:\n  - address: vc\n    clusters:\n      - id: c1\n        name: C\n        hosts:\n          - {id: host-1, name: h, version: 7.0.3, build: \"1\"}\n  - address: vc2\n    clusters:\n      - id: c1\n        name: C\n        hosts:\n          - {id: host-1, name: H, version: 7.0.3, build: \"1\"}\n",
         13, "vCenters[1].clusters[0].hosts[0]", "the host name 'h' appears twice"),
        ("vCenters:\n  - address: vc\n    clusters:\n      - id: c1\n        name: C\n        hosts:\n          - {id: host-1, name: a, version: 7.0.3, build: \"1\"}\n          - {id: HOST-1, name: b, version: 7.0.3, build: \"1\"}\n",
         8, "vCenters[0].clusters[0].hosts[1]", "the host id 'host-1' appears twice"),
        ("vCenters:\n  - address: vc\n    clusters:\n      - id: c1\n        name: C\n        hosts:\n          - id: host-1\n            name: a\n            version: 7.0.3\n            build: \"1\"\n            vms:\n              - {id: vm-1, name: x, powerState: Suspended}\n",
         12, "vCenters[0].clusters[0].hosts[0].vms[0].powerState", "not a power state"),
        ("vCenters:\n  - address: vc\n    trustAuthorityClusters:\n      - id: c1\n        name: TA\n        imports:\n          principals: [elsewhere]\n",
         7, "vCenters[0].trustAuthorityClusters[0].imports.principals[0]", "not the address of a vCenter"),
        ("vCenters:\n  - address: vc\n    trustAuthorityClusters:\n      - id: c1\n        name: TA\n        imports:\n          baseImages: [\"7.0.3\"]\n",
         7, "vCenters[0].trustAuthorityClusters[0].imports.baseImages[0]", "not a base image"),
        ("vCenters:\n  - address: vc\n    trustAuthorityClusters:\n      - id: c1\n        name: TA\n        hosts:\n          - {id: host-1, name: h, version: 7.0.3, build: \"1\"}\n        imports:\n          endorsementKeys: [h]\n",
         9, "vCenters[0].trustAuthorityClusters[0].imports.endorsementKeys[0]", "has no TPM"),
        ("vCenters:\n  - address: vc\n    trustAuthorityClusters:\n      - id: c1\n        name: TA\n        imports:\n          attestationSettings: {requireEndorsementKey: maybe}\n",
         7, "vCenters[0].trustAuthorityClusters[0].imports.attestationSettings.requireEndorsementKey", "not true or false"),
        ("vCenters:\n  - address: vc\n    trustAuthorityClusters:\n      - id: c1\n        name: TA\n        servicesInfo: {}\n",
         6, "vCenters[0].trustAuthorityClusters[0].servicesInfo", "unknown field"),
        ("vCenters:\n  - address: vc\n    clusters:\n      - id: c1\n        name: C\n        servicesInfo:\n          from: {vCenter: vc, cluster: c9}\n",
         7, "vCenters[0].clusters[0].servicesInfo.from", "not a Trust Authority cluster id"),
        ("vCenters:\n  - address: vc\n    keyProviders:\n      - {name: kms, type: KeyProvider, registered: true}\n",
         4, "vCenters[0].keyProviders[0].registered", "cannot be registered"),
        ("vCenters:\n  - address: vc\n    keyProviders:\n      - {name: a, type: Magic}\n",
         4, "vCenters[0].keyProviders[0].type", "not a key provider type"),
        ("vCenters:\n  - address: vc\n    keyProviders:\n      - {name: a, type: NativeKeyProvider, default: true}\n      - {name: b, type: NativeKeyProvider, default: true}\n",
         5, "vCenters[0].keyProviders[1]", "only one key provider"),
        ("tpmManufacturers: [A, a]\nvCenters:\n  - address: vc\n", 1, "tpmManufacturers[1]", "appears twice"),
    ])
    func aBadWorkflowFieldNamesTheLineAndTheField(text: String, line: Int, field: String, problem: String) {
        #expect {
            _ = try LabDefinition(yaml: text)
        } throws: { error in
            guard let error = error as? LabFileError else { return false }
            return error.line == line && error.field == field && error.problem.contains(problem)
        }
    }
}
