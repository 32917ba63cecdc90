import Foundation
import Testing
@testable import TrustAuthority

/// Steps 7 and 9 on the workload vCenter: trusted clusters, their applied services, applied status
/// against the desired state, and remediation.
@Suite struct TrustedClusterTests {
    let lab: Lab
    let admin = WorkflowLab.workloadAdmin
    let registrations: [ServiceRegistration]

    init() throws {
        lab = try WorkflowLab.fresh().lab
        try lab.importPrincipal(try lab.trustedPrincipal(by: WorkflowLab.workloadAdmin), into: WorkflowLab.cluster, by: WorkflowLab.taAdmin)
        registrations = try lab.importServicesInfo(try lab.servicesInfo(of: WorkflowLab.cluster, by: WorkflowLab.taAdmin), by: WorkflowLab.workloadAdmin)
    }

    @Test func trustedClustersAreListedAndTheirStateSet() throws {
        #expect(try lab.trustedClusters(by: admin).map(\.cluster.name) == ["Workload Cluster"])
        #expect(try lab.trustedClusters(by: WorkflowLab.taAdmin).isEmpty)
        let enabled = try lab.setTrustedClusterState("Workload Cluster", enabled: true, by: admin)
        #expect(enabled.cluster.enabled && enabled.cluster.trustedClusterId == "TrustedCluster-domain-c10")
        #expect(lab.vCenter(at: WorkflowLab.workloadVCenter)?.clusters.first?.enabled == true)
        try lab.setTrustedClusterState(WorkflowLab.trustedCluster, enabled: false, by: admin)
        #expect(try lab.trustedCluster("TrustedCluster-domain-c10", by: admin).cluster.enabled == false)
    }

    @Test func servicesAreAppliedAndRemovedByKind() throws {
        let attestation = registrations[0]
        let keyProvider = registrations[1]
        #expect(throws: LabError.serviceWrongKind(id: keyProvider.id, expected: .attestation)) {
            try lab.applyService(keyProvider.id, kind: .attestation, toTrustedCluster: WorkflowLab.trustedCluster, by: admin)
        }
        let applied = try lab.applyService(attestation.id, kind: .attestation, toTrustedCluster: WorkflowLab.trustedCluster, by: admin)
        #expect(applied.attestationServices == [attestation] && applied.keyProviderServices.isEmpty)
        #expect(throws: LabError.serviceAlreadyApplied(id: attestation.id, cluster: "Workload Cluster")) {
            try lab.applyService(attestation.id, kind: .attestation, toTrustedCluster: WorkflowLab.trustedCluster, by: admin)
        }
        #expect(throws: LabError.serviceRegistrationNotFound("attestation-9")) {
            try lab.applyService("attestation-9", kind: .attestation, toTrustedCluster: WorkflowLab.trustedCluster, by: admin)
        }
        try lab.applyService(keyProvider.id, kind: .keyProvider, toTrustedCluster: WorkflowLab.trustedCluster, by: admin)
        #expect(throws: LabError.serviceWrongKind(id: keyProvider.id, expected: .attestation)) {
            try lab.unapplyService(keyProvider.id, kind: .attestation, fromTrustedCluster: WorkflowLab.trustedCluster, by: admin)
        }
        let removed = try lab.unapplyService(keyProvider.id, kind: .keyProvider, fromTrustedCluster: WorkflowLab.trustedCluster, by: admin)
        #expect(removed.keyProviderServices.isEmpty && removed.attestationServices == [attestation])
        #expect(throws: LabError.serviceNotApplied(id: keyProvider.id, cluster: "Workload Cluster")) {
            try lab.unapplyService(keyProvider.id, kind: .keyProvider, fromTrustedCluster: WorkflowLab.trustedCluster, by: admin)
        }
    }

    @Test func theAppliedStatusComparesTheAppliedServicesWithTheDesiredOnes() throws {
        let partial = try lab.applyService(registrations[0].id, kind: .attestation, toTrustedCluster: WorkflowLab.trustedCluster, by: admin)
        #expect(partial.applied.count == 1)
        let status = try lab.appliedStatus(ofTrustedCluster: WorkflowLab.trustedCluster, by: admin)
        #expect(status.health == .error)
        #expect(status.details == ["The key provider service esxi-ta-01.vsphere.local:443 is in the desired state but not applied to the cluster 'Workload Cluster'."])
        // A service applied that the desired state does not have is a difference too.
        var extra = registrations[1].service
        extra.address = "10.0.0.8"
        let registration = try lab.addServiceRegistration(extra, by: admin)
        try lab.applyService(registration.id, kind: .keyProvider, toTrustedCluster: WorkflowLab.trustedCluster, by: admin)
        try lab.applyService(registrations[1].id, kind: .keyProvider, toTrustedCluster: WorkflowLab.trustedCluster, by: admin)
        let drifted = try lab.appliedStatus(ofTrustedCluster: WorkflowLab.trustedCluster, by: admin)
        #expect(drifted.health == .error && drifted.details.count == 1 && drifted.details[0].contains("10.0.0.8:443 (key-provider-3) is applied"))
        let remediated = try lab.remediateTrustedCluster(WorkflowLab.trustedCluster, by: admin)
        #expect(remediated.health == .ok && remediated.details.isEmpty && remediated.applied == registrations)
    }

    /// Remediation registers a desired service again when its registration was removed.
    @Test func remediationRegistersADesiredServiceThatWasRemoved() throws {
        try lab.removeServiceRegistration(registrations[1].id, by: admin)
        let status = try lab.remediateTrustedCluster(WorkflowLab.trustedCluster, by: admin)
        #expect(status.health == .ok && status.applied.map(\.id) == [registrations[0].id, "key-provider-3"])
    }

    @Test func aClusterWithoutImportedServicesHasNoDesiredStateAndNothingToRemediate() throws {
        let fresh = try WorkflowLab.fresh().lab
        let status = try fresh.appliedStatus(ofTrustedCluster: WorkflowLab.trustedCluster, by: admin)
        #expect(status.health == .none && status.details.first?.contains("no desired state") == true)
        #expect(throws: LabError.nothingToRemediate(cluster: "Workload Cluster")) {
            try fresh.remediateTrustedCluster(WorkflowLab.trustedCluster, by: admin)
        }
    }
}
