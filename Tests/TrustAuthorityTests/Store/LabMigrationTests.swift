import Foundation
import GRDB
import Testing
@testable import TrustAuthority

/// A lab stored by the vtash before the whole workflow (schema v2) opens with schema v3: its vCenters,
/// key servers and providers kept, each vCenter given its certificate authority, no hosts yet.
@Suite struct LabMigrationTests {
    @Test func aVersionTwoLabIsMigratedAndKeepsEverything() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let path = folder.path("lab.sqlite")
        // What vtash wrote at v2: the seed's lab (one vCenter, its users and cluster), a key server, a provider.
        // v2 vCenters had no datacenters; the encoder leaves empty and nil fields out, as v2 wrote them.
        let seed = VCenter(address: WorkflowLab.taVCenter, ssoDomain: "vsphere.local", users: LabDefinition.default.vCenters[0].users,
                           trustAuthorityClusters: [ClusterRecord(id: "domain-c8", name: "vTA Cluster", enabled: true)])
        let old = try DatabaseQueue(path: path)
        try LabSchema.migrator.migrate(old, upTo: "v2")
        let server = try SimulatedKeyServer.make(address: WorkflowLab.kms, port: 5696, username: "vcqekmip", keyIds: ["1", "8"])
        try old.write { db in
            try db.execute(sql: "INSERT INTO setting (name, value) VALUES ('createdAt', '2026-01-01T00:00:00Z'), ('statusRefreshDelay', '0')")
            let body = try LabCoding.encode(seed)
            #expect(!String(decoding: body, as: UTF8.self).contains("datacenter"))
            try db.execute(sql: "INSERT INTO vcenter (addressKey, body) VALUES (?, ?)", arguments: [WorkflowLab.taVCenter, body])
            try db.execute(sql: "INSERT INTO keyServer (endpointKey, live, body) VALUES (?, 0, ?)",
                           arguments: ["\(WorkflowLab.kms):5696", try LabCoding.encode(server)])
            try StoredKeyProvider.insert(KeyProvider(name: "clkp", clusterId: "domain-c8", primaryKeyId: "8",
                                                     servers: [KeyProviderServer(name: WorkflowLab.kms, address: WorkflowLab.kms, port: 5696)]), db)
        }
        try old.close()

        let lab = try Lab.open(path: path)
        #expect(lab.schemaVersion == "v3")
        #expect(try lab.integrityCheck() == ["ok"])
        #expect(lab.vCenters.map(\.address) == [WorkflowLab.taVCenter])
        #expect(lab.vCenters.first?.trustAuthorityClusters == [ClusterRecord(id: "domain-c8", name: "vTA Cluster", enabled: true)])
        #expect(lab.providerNames() == ["clkp"])
        #expect(lab.keyServer(address: WorkflowLab.kms, port: 5696)?.serverCertificate == server.serverCertificate)
        #expect(lab.hosts(on: WorkflowLab.taVCenter).isEmpty && lab.tpmManufacturers.isEmpty)
        // The vCenter now has a certificate authority whose signing chain verifies, made once and kept.
        let authority = try #require(lab.authority(of: WorkflowLab.taVCenter))
        #expect(CertificateChain.problem(authority.chain, at: Date()) == nil)
        #expect(try Lab.open(path: path).authority(of: WorkflowLab.taVCenter) == authority)
        // The new operations work on the migrated lab.
        #expect(try lab.servicesStatus(of: "domain-c8", by: WorkflowLab.taAdmin).attestation.health == .error)  // no hosts
        try lab.setTpm2AttestationSettings(of: "domain-c8", requireEndorsementKey: true, by: WorkflowLab.taAdmin)
        #expect(try Lab.open(path: path).tpm2AttestationSettings(of: "domain-c8", by: WorkflowLab.taAdmin).requireEndorsementKey)
        let tables = try DatabaseQueue(path: path).read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'grdb%' AND name NOT LIKE 'sqlite%' ORDER BY name")
        }
        #expect(tables == ["host", "keyProvider", "keyProviderServer", "keyServer", "setting", "tpmManufacturer", "trustAuthorityConfiguration",
                           "vcenter", "vcenterAuthority", "workloadConfiguration"])
    }

    @Test func resetGivesAMigratedLabTheNewDefault() throws {
        let lab = try Lab.inMemory(LabDefinition(vCenters: [LabDefinition.default.vCenters[0]], keyServers: []))
        try lab.reset()
        #expect(lab.definition == .default)
        #expect(lab.hosts(on: WorkflowLab.workloadVCenter).map(\.name) == WorkflowLab.hosts)
    }
}
