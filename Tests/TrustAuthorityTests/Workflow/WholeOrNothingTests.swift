import Foundation
import GRDB
import Testing
@testable import TrustAuthority

/// A refused operation leaves the stored lab exactly as it was: every table, row by row.
@Suite struct WholeOrNothingTests {
    let folder: ScratchFolder
    let path: String
    let workflow: WorkflowLab

    init() throws {
        folder = try ScratchFolder()
        path = folder.path("lab.sqlite")
        workflow = try WorkflowLab.configured(path: path)
    }

    /// Every row of every table, as text.
    private func storedRows() throws -> [String] {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.read { db in
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'grdb%' ORDER BY name")
            return try tables.flatMap { table in
                try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY rowid").map { "\(table): \($0.description)" }
            }
        }
    }

    @Test func everyRefusedOperationLeavesTheStoreAsItWas() throws {
        defer { folder.remove() }
        let lab = workflow.lab
        let ta = WorkflowLab.taAdmin
        let workload = WorkflowLab.workloadAdmin
        let principal = try lab.trustedPrincipal(by: workload)
        let ca = try #require(try lab.tpm2CACertificates(of: WorkflowLab.cluster, by: ta).first)
        let image = try lab.baseImageDatabase(ofHost: WorkflowLab.hosts[0], by: workload)
        var foreign = try lab.servicesInfo(of: WorkflowLab.cluster, by: ta)
        foreign.trustedIssuers = []
        let applied = try #require(try lab.trustedCluster(WorkflowLab.trustedCluster, by: workload).applied.first)
        let refused: [(String, () throws -> Void)] = [
            ("set key provider", { try lab.setKeyProvider("clkp", KeyProviderChange(description: "half", connectionTimeoutSeconds: -1), by: ta) }),
            ("remove last server", { try lab.removeKeyProviderServer(provider: "clkp", server: WorkflowLab.kms, by: ta) }),
            ("principal again", { try lab.importPrincipal(principal, into: WorkflowLab.cluster, by: ta) }),
            ("CA again", { try lab.importTpm2CACertificate(ca, into: WorkflowLab.cluster, by: ta) }),
            ("image again", { try lab.importBaseImage(image, into: WorkflowLab.cluster, by: ta) }),
            ("registration in use", { try lab.removeServiceRegistration(applied.id, by: workload) }),
            ("foreign services info", { try lab.importServicesInfo(foreign, by: workload) }),
            ("applied again", { try lab.applyService(applied.id, kind: applied.kind, toTrustedCluster: WorkflowLab.trustedCluster, by: workload) }),
            ("register standard", { try lab.registerKeyProvider("standard-kp", by: workload) }),
            ("not a TrustedAdmin", { try lab.setTrustAuthorityClusterState(WorkflowLab.cluster, enabled: false, by: WorkflowLab.taAdministrator) }),
            ("change then fail", {
                try lab.updateTrustAuthorityConfiguration(vCenter: WorkflowLab.taVCenter, clusterId: WorkflowLab.cluster) {
                    (configuration: inout TrustAuthorityConfiguration) throws(LabError) in
                    configuration.baseImages = []
                    configuration.principals = []
                    throw .baseImageNotFound("after the change")
                }
            }),
            ("written then fail", {
                // The transaction itself: a write that already reached the store is rolled back.
                try lab.write { store in
                    try store.save(TrustAuthorityConfiguration(vCenter: WorkflowLab.taVCenter, clusterId: WorkflowLab.cluster))
                    try store.save(WorkloadConfiguration(vCenter: WorkflowLab.workloadVCenter))
                    throw LabError.nothingToRemediate(cluster: "after the write")
                }
            }),
            ("workload change then fail", {
                try lab.updateWorkloadConfiguration(vCenter: WorkflowLab.workloadVCenter) { (configuration: inout WorkloadConfiguration) throws(LabError) in
                    configuration.registrations = []
                    throw .serviceRegistrationNotFound("after the change")
                }
            }),
        ]
        let before = try storedRows()
        #expect(before.contains { $0.hasPrefix("trustAuthorityConfiguration:") } && before.contains { $0.hasPrefix("workloadConfiguration:") })
        for (name, operation) in refused {
            #expect(throws: LabError.self, "\(name)") { try operation() }
            #expect(try storedRows() == before, "\(name) changed the store")
        }
        #expect(try WorkflowLab(Lab.open(path: path)).failedChecks() == Array(repeating: [], count: 3))
    }
}
