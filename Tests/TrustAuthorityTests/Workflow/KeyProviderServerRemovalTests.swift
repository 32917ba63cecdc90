import Testing
@testable import TrustAuthority

/// `Lab.removeKeyProviderServers`: several servers of one provider in one transaction, never the last one.
@Suite struct KeyProviderServerRemovalTests {
    let workflow: WorkflowLab
    let admin = WorkflowLab.taAdmin

    init() throws {
        workflow = try WorkflowLab.configured()
        try workflow.lab.addServer(provider: "clkp", KeyProviderServer(name: "second", address: "10.0.0.2", port: 5697))
        try workflow.lab.addServer(provider: "clkp", KeyProviderServer(name: "third", address: "10.0.0.3", port: 5697))
    }

    @Test func severalServersAreRemovedTogetherByNameOrAddress() throws {
        try workflow.lab.removeKeyProviderServers(provider: "clkp", servers: ["SECOND", "10.0.0.3"], by: admin)
        #expect(try workflow.lab.keyProviderServers(of: "clkp", by: admin).map(\.name) == [WorkflowLab.kms])
    }

    @Test func removingEveryServerRemovesNone() throws {
        #expect(throws: LabError.lastServer("clkp")) {
            try workflow.lab.removeKeyProviderServers(provider: "clkp", servers: [WorkflowLab.kms, "second", "third"], by: admin)
        }
        #expect(try workflow.lab.keyProviderServers(of: "clkp", by: admin).map(\.name) == [WorkflowLab.kms, "second", "third"])
    }

    @Test func anUnknownOrRepeatedServerRemovesNone() throws {
        #expect(throws: LabError.keyProviderServerNotFound(provider: "clkp", server: "second")) {
            try workflow.lab.removeKeyProviderServers(provider: "clkp", servers: ["second", "second"], by: admin)
        }
        #expect(try workflow.lab.keyProviderServers(of: "clkp", by: admin).count == 3)
    }

    @Test func aUserWhoIsNotATrustedAdminRemovesNothing() throws {
        #expect(throws: LabError.self) {
            try workflow.lab.removeKeyProviderServers(provider: "clkp", servers: ["second"], by: WorkflowLab.taAdministrator)
        }
        #expect(try workflow.lab.keyProviderServers(of: "clkp", by: admin).count == 3)
    }
}
