import Foundation
import Testing
@testable import TrustAuthority

/// Step 7 on the workload vCenter: importing the services info and registering services by hand.
@Suite struct ServiceRegistrationTests {
    let lab: Lab
    let admin = WorkflowLab.workloadAdmin

    init() throws {
        lab = try WorkflowLab.fresh().lab
        try lab.importPrincipal(try lab.trustedPrincipal(by: WorkflowLab.workloadAdmin), into: WorkflowLab.cluster, by: WorkflowLab.taAdmin)
    }

    private func info() throws -> ServicesInfo {
        try lab.servicesInfo(of: WorkflowLab.cluster, by: WorkflowLab.taAdmin)
    }

    @Test func importingRegistersTheServicesOnceAndSetsTheDesiredState() throws {
        let registrations = try lab.importServicesInfo(try info(), by: admin)
        #expect(registrations.map(\.id) == ["attestation-1", "key-provider-2"])
        #expect(registrations.map(\.address) == ["esxi-ta-01.vsphere.local", "esxi-ta-01.vsphere.local"])
        // Importing again reuses the registrations.
        #expect(try lab.importServicesInfo(try info(), into: "TrustedCluster-domain-c10", by: admin) == registrations)
        let trusted = try lab.trustedCluster(WorkflowLab.trustedCluster, by: admin)
        #expect(trusted.source == ServicesInfo.Source(vCenter: WorkflowLab.taVCenter, clusterId: "domain-c8", clusterName: "vTA Cluster"))
        #expect(trusted.desired == (try info()).services && trusted.applied.isEmpty)
        #expect(try lab.serviceRegistrations(.attestation, by: admin) == [registrations[0]])
        #expect(try lab.serviceRegistrations(.keyProvider, by: admin) == [registrations[1]])
    }

    @Test func servicesInfoForAnotherVCenterOrFromThisOneIsRefused() throws {
        var other = try info()
        other.trustedIssuers = ["https://10.0.0.1/websso/SAML2/Metadata/vsphere.local"]
        #expect(throws: LabError.servicesInfoNotForThisVCenter(source: "file 'c.json'", cluster: "vTA Cluster",
                                                              issuer: "https://192.168.210.23/websso/SAML2/Metadata/vsphere.local")) {
            try lab.importServicesInfo(other, source: "file 'c.json'", by: admin)
        }
        #expect(throws: LabError.servicesInfoFromThisVCenter(source: "file 'c.json'")) {
            try lab.importServicesInfo(try info(), source: "file 'c.json'", by: WorkflowLab.taAdmin)
        }
        var empty = try info()
        empty.services = []
        #expect(throws: LabError.servicesInfoWithoutServices(source: "input", cluster: "vTA Cluster")) { try lab.importServicesInfo(empty, by: admin) }
        #expect(throws: LabError.trustedClusterNotFound(cluster: "nope", vCenter: WorkflowLab.workloadVCenter)) {
            try lab.importServicesInfo(try info(), into: "nope", by: admin)
        }
        #expect(try lab.serviceRegistrations(.attestation, by: admin).isEmpty)
    }

    /// Before the principal is imported, the Trust Authority cluster's information names no workload vCenter.
    @Test func servicesInfoExportedBeforeThePrincipalIsNotForTheWorkloadVCenter() throws {
        let fresh = try WorkflowLab.fresh().lab
        let early = try fresh.servicesInfo(of: WorkflowLab.cluster, by: WorkflowLab.taAdmin)
        #expect(early.trustedIssuers.isEmpty)
        #expect(throws: LabError.servicesInfoNotForThisVCenter(source: "input", cluster: "vTA Cluster",
                                                              issuer: "https://192.168.210.23/websso/SAML2/Metadata/vsphere.local")) {
            try fresh.importServicesInfo(early, by: admin)
        }
    }

    @Test func registrationsAreAddedFilteredAndRemoved() throws {
        let service = try #require(try info().keyProviderServices.first)
        let first = try lab.addServiceRegistration(service, by: admin)
        #expect(throws: LabError.serviceRegistrationExists("esxi-ta-01.vsphere.local:443")) { try lab.addServiceRegistration(service, by: admin) }
        var second = service
        second.address = "10.0.0.7"
        second.port = 8443
        second.group = "other"
        let added = try lab.addServiceRegistration(second, by: admin)
        #expect([first.id, added.id] == ["key-provider-1", "key-provider-2"])
        let all = try lab.serviceRegistrations(.keyProvider, by: admin)
        #expect(all == [first, added])
        #expect(try lab.serviceRegistrations(.keyProvider, matching: ServiceRegistrationFilter(ids: ["KEY-PROVIDER-2"]), by: admin) == [added])
        #expect(try lab.serviceRegistrations(.keyProvider, matching: ServiceRegistrationFilter(addresses: ["10.0.0.7"], ports: [8443]), by: admin) == [added])
        #expect(try lab.serviceRegistrations(.keyProvider, matching: ServiceRegistrationFilter(addresses: ["10.0.0.7"], ports: [443]), by: admin).isEmpty)
        #expect(try lab.serviceRegistrations(.keyProvider, matching: ServiceRegistrationFilter(groups: ["domain-c8@192.168.210.22"]), by: admin) == [first])
        #expect(try lab.serviceRegistrations(.keyProvider, matching: ServiceRegistrationFilter(trustAuthorityClusterIds: ["TrustAuthorityCluster-domain-c8"]),
                                             by: admin).count == 2)
        #expect(try lab.serviceRegistrations(.attestation, by: admin).isEmpty)
        // PowerCLI's rule: "-ServicePort only works when the ServiceAddress parameter is also specified".
        #expect(throws: LabError.portWithoutAddress) { _ = try ServiceRegistrationFilter(ports: [443]) }
        try lab.removeServiceRegistration("key-provider-1", by: admin)
        #expect(try lab.serviceRegistrations(.keyProvider, by: admin) == [added])
        #expect(throws: LabError.serviceRegistrationNotFound("key-provider-1")) { try lab.removeServiceRegistration("key-provider-1", by: admin) }
        var badPort = service
        badPort.port = 0
        #expect(throws: LabError.invalidKeyProviderSetting("The service port 0 is not valid. Specify a port from 1 to 65535.")) {
            try lab.addServiceRegistration(badPort, by: admin)
        }
    }

    @Test func aRegistrationAppliedToATrustedClusterCannotBeRemoved() throws {
        let registrations = try lab.importServicesInfo(try info(), by: admin)
        try lab.applyService(registrations[0].id, kind: .attestation, toTrustedCluster: WorkflowLab.trustedCluster, by: admin)
        #expect(throws: LabError.serviceRegistrationInUse(id: registrations[0].id, cluster: "Workload Cluster")) {
            try lab.removeServiceRegistration(registrations[0].id, by: admin)
        }
        try lab.unapplyService(registrations[0].id, kind: .attestation, fromTrustedCluster: WorkflowLab.trustedCluster, by: admin)
        try lab.removeServiceRegistration(registrations[0].id, by: admin)
        #expect(try lab.serviceRegistrations(.attestation, by: admin).isEmpty)
    }
}
