import Foundation
import Testing
@testable import TrustAuthority

/// A big lab: 3 vCenters, 50 clusters and 2,000 hosts, generated with a fixed seed, written as a lab file,
/// read back, made, and every workload host attested. The work per host stays small: a signature is checked
/// once per certificate, and a second attestation of all hosts checks none.
@Suite struct ScaleLabTests {
    /// SplitMix64: a fixed seed gives the same lab on every run.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// The lab, and for each workload host the checks the generator made it fail.
    struct BigLab {
        var definition: LabDefinition
        var expectedFailures: [String: [AttestationCheck.Kind]]
    }

    static let clusterCount = 50
    static let hostCount = 2_000
    static let build = "21930508"
    static let unimportedBuild = "22348816"

    /// vCenter 1 holds two Trust Authority clusters (two hosts each); vCenters 2 and 3 hold 48 workload
    /// clusters with the other 1,996 hosts. One host in 37 runs an unimported build, one in 53 has no TPM,
    /// and every tenth workload cluster is still disabled.
    static func makeBigLab(seed: UInt64 = 0x7A5_2026) -> BigLab {
        var random = SeededGenerator(state: seed)
        let users = [SSOUser(name: "trustedadmin", password: "VMware1!", groups: ["TrustedAdmins"])]
        let manufacturer = "Scale TPM"
        var vCenters = [VCenter(address: "10.1.0.1", ssoDomain: "vsphere.local", users: users,
                                trustAuthorityClusters: [ClusterRecord(id: "domain-c1", name: "TA 1", enabled: true),
                                                         ClusterRecord(id: "domain-c2", name: "TA 2", enabled: true)])]
        var hosts: [VMHostDefinition] = []
        for cluster in ["domain-c1", "domain-c2"] {
            for index in 0..<2 {
                hosts.append(VMHostDefinition(vCenter: "10.1.0.1", clusterId: cluster, id: "host-\(hosts.count + 1)", name: "ta-\(cluster)-\(index).scale.test",
                                              version: "7.0.3", build: build))
            }
        }
        var imports: [TrustedClusterImport] = []
        var expected: [String: [AttestationCheck.Kind]] = [:]
        let workloadClusters = clusterCount - 2
        var remaining = hostCount - hosts.count
        for index in 0..<workloadClusters {
            let address = index < workloadClusters / 2 ? "10.1.0.2" : "10.1.0.3"
            if !vCenters.contains(where: { $0.address == address }) {
                vCenters.append(VCenter(address: address, ssoDomain: "vsphere.local", users: users, trustAuthorityClusters: []))
            }
            let id = "domain-c\(100 + index)"
            let enabled = index % 10 != 9
            vCenters[vCenters.count - 1].clusters.append(ClusterRecord(id: id, name: "Workload \(index)", enabled: enabled))
            imports.append(TrustedClusterImport(vCenter: address, clusterId: id, trustAuthorityVCenter: "10.1.0.1",
                                                trustAuthorityClusterId: index.isMultiple(of: 2) ? "domain-c1" : "domain-c2", applied: true))
            let size = index == workloadClusters - 1 ? remaining : Int.random(in: 30...53, using: &random)
            remaining -= size
            for _ in 0..<size {
                let number = hosts.count + 1
                let unimported = Int.random(in: 0..<37, using: &random) == 0
                let withoutTPM = Int.random(in: 0..<53, using: &random) == 0
                let name = "esx-\(number).scale.test"
                hosts.append(VMHostDefinition(vCenter: address, clusterId: id, id: "host-\(number)", name: name, version: "7.0.3",
                                              build: unimported ? unimportedBuild : build, tpmManufacturer: withoutTPM ? nil : manufacturer))
                var failures: [AttestationCheck.Kind] = []
                if withoutTPM { failures.append(.endorsementKey) }
                if unimported { failures.append(.baseImage) }
                if !enabled { failures.append(.trustedCluster) }
                expected[name] = failures
            }
        }
        let trustAuthorityImports = ["domain-c1", "domain-c2"].map { cluster in
            TrustAuthorityImports(vCenter: "10.1.0.1", clusterId: cluster, principals: ["10.1.0.2", "10.1.0.3"], tpmCACertificates: [manufacturer],
                                  baseImages: ["7.0.3-\(build)"])
        }
        let definition = LabDefinition(vCenters: vCenters, keyServers: [], tpmManufacturers: [manufacturer], hosts: hosts,
                                       trustAuthorityImports: trustAuthorityImports, trustedClusterImports: imports)
        return BigLab(definition: definition, expectedFailures: expected)
    }

    @Test func aLabOf2000HostsLoadsFromItsFileAndEveryHostAttestsAsGenerated() throws {
        let big = Self.makeBigLab()
        #expect(big.definition.vCenters.count == 3)
        #expect(big.definition.vCenters.reduce(0) { $0 + $1.trustAuthorityClusters.count + $1.clusters.count } == Self.clusterCount)
        #expect(big.definition.hosts.count == Self.hostCount)
        let read = try LabDefinition(yaml: big.definition.yaml)
        #expect(read == big.definition)

        let lab = try Lab.inMemory(read)
        var attestations: [HostAttestation] = []
        for address in ["10.1.0.2", "10.1.0.3"] {
            attestations += try lab.attestations(by: SessionUser(vCenter: address, name: "trustedadmin@vsphere.local"))
        }
        #expect(attestations.count == big.expectedFailures.count)
        var mismatches: [String] = []
        for attestation in attestations where attestation.failedChecks.map(\.kind) != big.expectedFailures[attestation.hostName] {
            mismatches.append("\(attestation.hostName): \(attestation.failedChecks.map(\.kind)) vs \(big.expectedFailures[attestation.hostName] ?? [])")
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
        let passed = attestations.filter { $0.status == .passed }.count
        #expect(passed > 1_500 && passed < attestations.count)

        // Every signature was checked once: each endorsement key certificate, each vCenter's chain and the TPM CA.
        let withTPM = read.hosts.filter { $0.tpmManufacturer != nil && $0.vCenter != "10.1.0.1" }.count
        let checked = lab.signatureMemo.checkCount
        #expect(checked == withTPM + 2 * 2 + 1)
        for address in ["10.1.0.2", "10.1.0.3"] {
            _ = try lab.attestations(by: SessionUser(vCenter: address, name: "trustedadmin@vsphere.local"))
        }
        #expect(lab.signatureMemo.checkCount == checked)
    }
}
