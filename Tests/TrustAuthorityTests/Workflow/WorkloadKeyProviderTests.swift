import Foundation
import Testing
@testable import TrustAuthority

/// Step 8 on the workload vCenter: the key providers it lists, registering trusted ones, the default one,
/// and a trusted key provider's health (attestation and the Trust Authority provider's own status).
@Suite struct WorkloadKeyProviderTests {
    let admin = WorkflowLab.workloadAdmin

    @Test func everyKindIsListedAndFilteredByType() throws {
        let lab = try WorkflowLab.configured().lab
        let all = try lab.workloadKeyProviders(by: admin)
        #expect(all.map(\.name) == ["standard-kp", "native-kp", "clkp"])
        #expect(all.map(\.kind) == [.standard, .native, .trusted])
        #expect(all[2].registered && all[2].defaultForSystem && all[2].trustAuthorityClusterId == "domain-c8")
        #expect(try lab.workloadKeyProviders(kinds: [.native, .trusted], by: admin).map(\.name) == ["native-kp", "clkp"])
        // Before any key provider service is registered, no trusted key provider is visible.
        let fresh = try WorkflowLab.fresh().lab
        try fresh.addProvider(KeyProvider(name: "clkp", clusterId: "domain-c8", primaryKeyId: "8", servers: []))
        #expect(try fresh.workloadKeyProviders(kinds: [.trusted], by: admin).isEmpty)
    }

    @Test func aPlainKeyProviderCannotBeRegisteredTheOthersCan() throws {
        let lab = try WorkflowLab.configured().lab
        #expect(throws: LabError.cannotRegisterStandardKeyProvider("standard-kp")) { try lab.registerKeyProvider("STANDARD-KP", by: admin) }
        #expect(try lab.registerKeyProvider("native-kp", by: admin).registered)
        #expect(throws: LabError.workloadKeyProviderNotFound(name: "nope", vCenter: WorkflowLab.workloadVCenter)) {
            try lab.registerKeyProvider("nope", by: admin)
        }
        let chosen = try lab.setDefaultKeyProvider("native-kp", by: admin)
        #expect(chosen.defaultForSystem)
        #expect(try lab.workloadKeyProviders(by: admin).filter(\.defaultForSystem).map(\.name) == ["native-kp"])
    }

    @Test func aTrustedKeyProviderIsHealthyOnlyWhenAttestationPassesAndItsOwnStatusIsOk() throws {
        let lab = try WorkflowLab.configured().lab
        #expect(try lab.workloadKeyProviderStatus("clkp", by: admin) == WorkloadKeyProviderStatus(name: "clkp", health: .ok, details: []))
        try lab.removeBaseImage("7.0.3-21930508", from: WorkflowLab.cluster, by: WorkflowLab.taAdmin)
        let unattested = try lab.workloadKeyProviderStatus("clkp", by: admin)
        #expect(unattested.health == .error && unattested.details.count == 3 && unattested.details[0].contains("esxi-01.vsphere.local"))
        try lab.importBaseImage(BaseImageDatabase(profileName: "ESXi-7.0.3-21930508-standard", version: "7.0.3", build: "21930508"),
                                into: WorkflowLab.cluster, by: WorkflowLab.taAdmin)
        // The Trust Authority provider no longer trusts the key server: unhealthy although every host attests.
        try lab.replaceTrustedServerCertificates(provider: "clkp", [], by: WorkflowLab.taAdmin)
        let distrusted = try lab.workloadKeyProviderStatus("clkp", by: admin)
        #expect(distrusted.health == .error && distrusted.details.first?.contains("'clkp' is not healthy") == true)
        #expect(try lab.workloadKeyProviderStatus("native-kp", by: admin).health == .none)
    }

    @Test func aTrustedKeyProviderNoClusterUsesIsAWarning() throws {
        let lab = try WorkflowLab.configured().lab
        for registration in try lab.trustedCluster(WorkflowLab.trustedCluster, by: admin).keyProviderServices {
            try lab.unapplyService(registration.id, kind: .keyProvider, fromTrustedCluster: WorkflowLab.trustedCluster, by: admin)
        }
        let status = try lab.workloadKeyProviderStatus("clkp", by: admin)
        #expect(status.health == .warning && status.details == ["No trusted cluster has the key provider service of Trust Authority cluster 'domain-c8' applied."])
    }
}
