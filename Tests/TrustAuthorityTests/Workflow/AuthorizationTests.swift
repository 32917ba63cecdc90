import Foundation
import Testing
@testable import TrustAuthority

/// Every operation of the workflow checks, in the domain, that the acting user is in TrustedAdmins on the
/// vCenter concerned: `administrator@vsphere.local` exists on both vCenters and is refused on both.
/// Source of the rule: the vSphere 8.0 security guide, "Enable the Trust Authority Administrator"
/// (GUID-215943FB-7C54-44AA-A26E-4C38EB99E708): "You must enable a Trust Authority administrator for both
/// the Trust Authority Cluster and the Trusted Cluster."
@Suite struct AuthorizationTests {
    typealias Operation = (Lab, SessionUser) throws -> Void

    static let taDenied = LabError.notTrustedAdmin(user: "VSPHERE.LOCAL\\administrator", vCenter: WorkflowLab.taVCenter)
    static let workloadDenied = LabError.notTrustedAdmin(user: "VSPHERE.LOCAL\\administrator", vCenter: WorkflowLab.workloadVCenter)

    /// Runs each operation as `user` and expects `error` from each; returns how many were refused.
    private func expectRefused(_ operations: [(String, Operation)], as user: SessionUser, with error: LabError,
                               on workflow: WorkflowLab) -> Int {
        var refused = 0
        for (name, operation) in operations {
            do {
                try operation(workflow.lab, user)
                Issue.record("\(name) was allowed for \(user.name)")
            } catch let thrown as LabError {
                #expect(thrown == error, "\(name)")
                if thrown == error { refused += 1 }
            } catch {
                Issue.record("\(name) threw \(error)")
            }
        }
        return refused
    }

    @Test func trustAuthorityClusterOperationsRefuseANonTrustedAdmin() throws {
        let workflow = try WorkflowLab.configured()
        let cluster = WorkflowLab.cluster
        let operations: [(String, Operation)] = [
            ("clusters", { lab, user in _ = try lab.trustAuthorityClusters(by: user) }),
            ("set state", { lab, user in try lab.setTrustAuthorityClusterState(cluster, enabled: false, by: user) }),
            ("services status", { lab, user in _ = try lab.servicesStatus(of: cluster, by: user) }),
            ("services", { lab, user in _ = try lab.trustAuthorityServices(of: cluster, kind: .attestation, by: user) }),
            ("services info", { lab, user in _ = try lab.servicesInfo(of: cluster, by: user) }),
        ]
        #expect(expectRefused(operations, as: WorkflowLab.taAdministrator, with: Self.taDenied, on: workflow) == operations.count)
        #expect(try workflow.lab.trustAuthorityClusters(by: WorkflowLab.taAdmin).first?.enabled == true)
    }

    @Test func keyProviderOperationsRefuseANonTrustedAdmin() throws {
        let workflow = try WorkflowLab.configured()
        let certificate = try #require(workflow.lab.provider(named: "clkp")?.trustedServerCertificates.first)
        let operations: [(String, Operation)] = [
            ("providers", { lab, user in _ = try lab.keyProviders(of: WorkflowLab.cluster, by: user) }),
            ("set", { lab, user in try lab.setKeyProvider("clkp", KeyProviderChange(description: "x"), by: user) }),
            ("remove", { lab, user in try lab.removeKeyProvider("clkp", by: user) }),
            ("servers", { lab, user in _ = try lab.keyProviderServers(of: "clkp", by: user) }),
            ("remove server", { lab, user in try lab.removeKeyProviderServer(provider: "clkp", server: WorkflowLab.kms, by: user) }),
            ("replace certificates", { lab, user in try lab.replaceTrustedServerCertificates(provider: "clkp", [], by: user) }),
            ("remove certificate", { lab, user in try lab.removeTrustedServerCertificate(provider: "clkp", certificate, by: user) }),
        ]
        #expect(expectRefused(operations, as: WorkflowLab.taAdministrator, with: Self.taDenied, on: workflow) == operations.count)
        #expect(workflow.lab.provider(named: "clkp")?.trustedServerCertificates == [certificate])
    }

    @Test func collectionOperationsRefuseANonTrustedAdmin() throws {
        let workflow = try WorkflowLab.fresh()
        let host = WorkflowLab.hosts[0]
        let operations: [(String, Operation)] = [
            ("principal", { lab, user in _ = try lab.trustedPrincipal(by: user) }),
            ("host", { lab, user in _ = try lab.host(host, by: user) }),
            ("image database", { lab, user in _ = try lab.baseImageDatabase(ofHost: host, by: user) }),
            ("endorsement key", { lab, user in _ = try lab.endorsementKey(ofHost: host, by: user) }),
        ]
        #expect(expectRefused(operations, as: WorkflowLab.workloadAdministrator, with: Self.workloadDenied, on: workflow) == operations.count)
    }

    @Test func importOperationsRefuseANonTrustedAdmin() throws {
        let workflow = try WorkflowLab.fresh()
        let lab = workflow.lab
        let cluster = WorkflowLab.cluster
        let principal = try lab.trustedPrincipal(by: WorkflowLab.workloadAdmin)
        let key = try lab.endorsementKey(ofHost: WorkflowLab.hosts[0], by: WorkflowLab.workloadAdmin)
        let ca = try lab.tpmCACertificate(issuerOf: try #require(key.certificate))
        let image = try lab.baseImageDatabase(ofHost: WorkflowLab.hosts[0], by: WorkflowLab.workloadAdmin)
        let operations: [(String, Operation)] = [
            ("configuration", { lab, user in _ = try lab.trustAuthorityConfiguration(of: cluster, by: user) }),
            ("import principal", { lab, user in try lab.importPrincipal(principal, into: cluster, by: user) }),
            ("principals", { lab, user in _ = try lab.principals(of: cluster, by: user) }),
            ("remove principal", { lab, user in try lab.removePrincipal(principal.id, from: cluster, by: user) }),
            ("import CA", { lab, user in try lab.importTpm2CACertificate(Tpm2CACertificate(name: "ca", certificateChain: [ca]), into: cluster, by: user) }),
            ("CAs", { lab, user in _ = try lab.tpm2CACertificates(of: cluster, by: user) }),
            ("remove CA", { lab, user in try lab.removeTpm2CACertificate("ca", from: cluster, by: user) }),
            ("import key", { lab, user in try lab.importTpm2EndorsementKey(key, into: cluster, by: user) }),
            ("keys", { lab, user in _ = try lab.tpm2EndorsementKeys(of: cluster, by: user) }),
            ("remove key", { lab, user in try lab.removeTpm2EndorsementKey(key.name, from: cluster, by: user) }),
            ("import image", { lab, user in try lab.importBaseImage(image, into: cluster, by: user) }),
            ("images", { lab, user in _ = try lab.baseImages(of: cluster, by: user) }),
            ("remove image", { lab, user in try lab.removeBaseImage("7.0.3-21930508", from: cluster, by: user) }),
            ("settings", { lab, user in _ = try lab.tpm2AttestationSettings(of: cluster, by: user) }),
            ("set settings", { lab, user in try lab.setTpm2AttestationSettings(of: cluster, requireEndorsementKey: true, by: user) }),
        ]
        #expect(expectRefused(operations, as: WorkflowLab.taAdministrator, with: Self.taDenied, on: workflow) == operations.count)
        #expect(try lab.trustAuthorityConfiguration(of: cluster, by: WorkflowLab.taAdmin) == TrustAuthorityConfiguration(vCenter: WorkflowLab.taVCenter, clusterId: cluster))
    }

    @Test func workloadOperationsRefuseANonTrustedAdmin() throws {
        let workflow = try WorkflowLab.configured()
        let lab = workflow.lab
        let trusted = WorkflowLab.trustedCluster
        let info = try lab.servicesInfo(of: WorkflowLab.cluster, by: WorkflowLab.taAdmin)
        let registration = try #require(try lab.serviceRegistrations(.attestation, by: WorkflowLab.workloadAdmin).first)
        let operations: [(String, Operation)] = [
            ("import services info", { lab, user in try lab.importServicesInfo(info, by: user) }),
            ("add registration", { lab, user in try lab.addServiceRegistration(registration.service, by: user) }),
            ("registrations", { lab, user in _ = try lab.serviceRegistrations(.keyProvider, by: user) }),
            ("remove registration", { lab, user in try lab.removeServiceRegistration(registration.id, by: user) }),
            ("trusted clusters", { lab, user in _ = try lab.trustedClusters(by: user) }),
            ("trusted cluster", { lab, user in _ = try lab.trustedCluster(trusted, by: user) }),
            ("set trusted state", { lab, user in try lab.setTrustedClusterState(trusted, enabled: false, by: user) }),
            ("apply", { lab, user in try lab.applyService(registration.id, kind: .attestation, toTrustedCluster: trusted, by: user) }),
            ("unapply", { lab, user in try lab.unapplyService(registration.id, kind: .attestation, fromTrustedCluster: trusted, by: user) }),
            ("applied status", { lab, user in _ = try lab.appliedStatus(ofTrustedCluster: trusted, by: user) }),
            ("remediate", { lab, user in try lab.remediateTrustedCluster(trusted, by: user) }),
            ("key providers", { lab, user in _ = try lab.workloadKeyProviders(by: user) }),
            ("register", { lab, user in try lab.registerKeyProvider("native-kp", by: user) }),
            ("default", { lab, user in try lab.setDefaultKeyProvider("native-kp", by: user) }),
            ("provider status", { lab, user in _ = try lab.workloadKeyProviderStatus("clkp", by: user) }),
            ("attestations", { lab, user in _ = try lab.attestations(by: user) }),
            ("cluster attestations", { lab, user in _ = try lab.attestations(ofTrustedCluster: trusted, by: user) }),
            ("host attestation", { lab, user in _ = try lab.attestation(ofHost: WorkflowLab.hosts[0], by: user) }),
        ]
        #expect(expectRefused(operations, as: WorkflowLab.workloadAdministrator, with: Self.workloadDenied, on: workflow) == operations.count)
        #expect(try workflow.failedChecks() == Array(repeating: [], count: 3))
    }

    @Test func aUserOrVCenterTheLabDoesNotHaveIsNamed() throws {
        let lab = try WorkflowLab.fresh().lab
        #expect(throws: LabError.userNotFound(user: "nobody@vsphere.local", vCenter: WorkflowLab.taVCenter)) {
            _ = try lab.trustAuthorityClusters(by: SessionUser(vCenter: WorkflowLab.taVCenter, name: "nobody@vsphere.local"))
        }
        #expect(throws: LabError.userNotFound(user: "trustedadmin@corp.local", vCenter: WorkflowLab.taVCenter)) {
            _ = try lab.trustAuthorityClusters(by: SessionUser(vCenter: WorkflowLab.taVCenter, name: "trustedadmin@corp.local"))
        }
        #expect(throws: LabError.vCenterNotFound("10.0.0.1")) {
            _ = try lab.trustAuthorityClusters(by: SessionUser(vCenter: "10.0.0.1", name: "trustedadmin@vsphere.local"))
        }
        #expect(lab.isTrustedAdmin(SessionUser(vCenter: WorkflowLab.workloadVCenter, name: "VSPHERE.LOCAL\\trustedadmin")))
        #expect(!lab.isTrustedAdmin(WorkflowLab.workloadAdministrator))
    }

    /// The Trust Authority administrator of one vCenter does not reach the other vCenter's clusters.
    @Test func eachVCenterAnswersForItsOwnClustersOnly() throws {
        let lab = try WorkflowLab.fresh().lab
        #expect(throws: LabError.trustAuthorityClusterNotFound(cluster: WorkflowLab.cluster, vCenter: WorkflowLab.workloadVCenter)) {
            try lab.setTrustAuthorityClusterState(WorkflowLab.cluster, enabled: false, by: WorkflowLab.workloadAdmin)
        }
        #expect(throws: LabError.trustedClusterNotFound(cluster: WorkflowLab.trustedCluster, vCenter: WorkflowLab.taVCenter)) {
            try lab.setTrustedClusterState(WorkflowLab.trustedCluster, enabled: true, by: WorkflowLab.taAdmin)
        }
        #expect(throws: LabError.hostNotFound(host: WorkflowLab.hosts[0], vCenter: WorkflowLab.taVCenter)) {
            try lab.endorsementKey(ofHost: WorkflowLab.hosts[0], by: WorkflowLab.taAdmin)
        }
    }
}
