import Testing
@testable import TrustAuthority

/// `Lab.importTpm2EndorsementKeys`: several endorsement keys in one transaction.
@Suite struct EndorsementKeyBatchTests {
    let workflow: WorkflowLab
    let admin = WorkflowLab.taAdmin

    init() throws {
        workflow = try WorkflowLab.fresh()
    }

    func key(_ host: String) throws -> Tpm2EndorsementKey {
        try workflow.lab.endorsementKey(ofHost: host, by: WorkflowLab.workloadAdmin)
    }

    @Test func everyKeyIsImported() throws {
        let keys = try WorkflowLab.hosts.map(key)
        try workflow.lab.importTpm2EndorsementKeys(keys, into: WorkflowLab.cluster, by: admin)
        #expect(try workflow.lab.tpm2EndorsementKeys(of: WorkflowLab.cluster, by: admin).map(\.name) == keys.map(\.name))
    }

    @Test func aKeyGivenTwiceImportsNone() throws {
        let first = try key(WorkflowLab.hosts[0])
        var renamed = first
        renamed.name = "again"
        #expect(throws: LabError.endorsementKeyExists("again")) {
            try workflow.lab.importTpm2EndorsementKeys([try key(WorkflowLab.hosts[1]), first, renamed], into: WorkflowLab.cluster, by: admin)
        }
        #expect(try workflow.lab.tpm2EndorsementKeys(of: WorkflowLab.cluster, by: admin).isEmpty)
    }

    @Test func aUserWhoIsNotATrustedAdminImportsNone() throws {
        #expect(throws: LabError.self) {
            try workflow.lab.importTpm2EndorsementKeys([try key(WorkflowLab.hosts[0])], into: WorkflowLab.cluster, by: WorkflowLab.taAdministrator)
        }
        #expect(try workflow.lab.tpm2EndorsementKeys(of: WorkflowLab.cluster, by: admin).isEmpty)
    }
}
