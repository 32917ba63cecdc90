import Foundation
import Testing
@testable import TrustAuthority

/// Steps 2 and 6 on the Trust Authority vCenter: the cluster's state, its services' health, its services
/// (enabled clusters only) and the services information file.
@Suite struct TrustAuthorityClusterTests {
    @Test func theStateIsSetByIdNameOrPowerCLIIdAndSurvivesReopening() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let lab = try WorkflowLab.fresh(path: folder.path("lab.sqlite"), definition: .beforeConfiguration).lab
        #expect(try lab.trustAuthorityClusters(by: WorkflowLab.taAdmin).map(\.enabled) == [false])
        let enabled = try lab.setTrustAuthorityClusterState("vTA Cluster", enabled: true, by: WorkflowLab.taAdmin)
        #expect(enabled == ClusterRecord(id: "domain-c8", name: "vTA Cluster", enabled: true, datacenterId: "datacenter-3"))
        #expect(try Lab.open(path: folder.path("lab.sqlite")).trustAuthorityClusters(by: WorkflowLab.taAdmin).map(\.enabled) == [true])
        try lab.setTrustAuthorityClusterState("TrustAuthorityCluster-domain-c8", enabled: false, by: WorkflowLab.taAdmin)
        #expect(lab.trustAuthorityClusters(at: WorkflowLab.taVCenter).map(\.enabled) == [false])
        #expect(throws: LabError.trustAuthorityClusterNotFound(cluster: "nope", vCenter: WorkflowLab.taVCenter)) {
            try lab.setTrustAuthorityClusterState("nope", enabled: true, by: WorkflowLab.taAdmin)
        }
    }

    @Test func theServicesStatusFollowsTheStateAndTheHosts() throws {
        let lab = try WorkflowLab.fresh(definition: .beforeConfiguration).lab
        let disabled = try lab.servicesStatus(of: WorkflowLab.cluster, by: WorkflowLab.taAdmin)
        #expect(disabled.attestation.health == .none && disabled.keyProvider.health == .none)
        #expect(disabled.attestation.details == ["The Trust Authority cluster 'vTA Cluster' is disabled: the attestation service does not run."])
        try lab.setTrustAuthorityClusterState(WorkflowLab.cluster, enabled: true, by: WorkflowLab.taAdmin)
        let enabled = try lab.servicesStatus(of: WorkflowLab.cluster, by: WorkflowLab.taAdmin)
        #expect(enabled.attestation == .init(health: .ok, details: []) && enabled.keyProvider == .init(health: .ok, details: []))

        var definition = LabDefinition.default
        definition.hosts.removeAll { $0.clusterId == "domain-c8" }
        let empty = try Lab.inMemory(definition).servicesStatus(of: WorkflowLab.cluster, by: WorkflowLab.taAdmin)
        #expect(empty.keyProvider.health == .error && empty.keyProvider.details.first?.contains("no hosts") == true)
    }

    @Test func theServicesOfAnEnabledClusterRunOnItsHostsAndADisabledClusterHasNone() throws {
        let lab = try WorkflowLab.fresh().lab
        let attestation = try lab.trustAuthorityServices(of: WorkflowLab.cluster, kind: .attestation, by: WorkflowLab.taAdmin)
        let authority = try #require(lab.authority(of: WorkflowLab.taVCenter))
        #expect(attestation == [TrustAuthorityService(kind: .attestation, address: "esxi-ta-01.vsphere.local", port: 443,
                                                      group: "domain-c8@192.168.210.22", trustAuthorityVCenter: WorkflowLab.taVCenter,
                                                      trustAuthorityClusterId: "domain-c8",
                                                      certificateChain: [authority.certificateAuthority.certificate])])
        #expect(try lab.trustAuthorityServices(of: WorkflowLab.cluster, kind: .keyProvider, by: WorkflowLab.taAdmin).map(\.kind) == [.keyProvider])
        try lab.setTrustAuthorityClusterState(WorkflowLab.cluster, enabled: false, by: WorkflowLab.taAdmin)
        for kind in TrustAuthorityService.Kind.allCases {
            #expect(throws: LabError.clusterDisabled(cluster: "vTA Cluster")) {
                try lab.trustAuthorityServices(of: WorkflowLab.cluster, kind: kind, by: WorkflowLab.taAdmin)
            }
        }
        #expect(throws: LabError.clusterDisabled(cluster: "vTA Cluster")) { try lab.servicesInfo(of: WorkflowLab.cluster, by: WorkflowLab.taAdmin) }
        #expect(LabError.clusterDisabled(cluster: "vTA Cluster").message.contains("Set-TrustAuthorityCluster -State Enabled"))
    }

    @Test func theServicesInfoFileNamesTheClusterItsTrustedIssuersAndServicesAndReadsBack() throws {
        let lab = try WorkflowLab.fresh().lab
        let principal = try lab.trustedPrincipal(by: WorkflowLab.workloadAdmin)
        try lab.importPrincipal(principal, into: WorkflowLab.cluster, by: WorkflowLab.taAdmin)
        let info = try lab.servicesInfo(of: WorkflowLab.cluster, by: WorkflowLab.taAdmin)
        #expect(info.source == ServicesInfo.Source(vCenter: WorkflowLab.taVCenter, clusterId: "domain-c8", clusterName: "vTA Cluster"))
        #expect(info.trustedIssuers == ["https://192.168.210.23/websso/SAML2/Metadata/vsphere.local"])
        #expect(info.attestationServices.count == 1 && info.keyProviderServices.count == 1)
        let text = info.fileText
        #expect(text.contains("\"format\" : \"vtash.trustAuthorityServicesInfo\""))
        #expect(try ServicesInfo(fileBytes: Array(text.utf8), source: "file 'clsettings.json'") == info)
    }

    @Test(arguments: [
        ("not json", "notJSON"),
        (#"{"format": "vtash.trustedPrincipal", "formatVersion": 1}"#, "wrongFormat"),
        (#"{"format": "vtash.trustAuthorityServicesInfo", "formatVersion": 1, "trustedIssuers": []}"#, "missing:trustAuthorityCluster"),
        (#"{"format": "vtash.trustAuthorityServicesInfo", "trustAuthorityCluster": {"vCenter": "a", "id": "b", "name": "c"}, "trustedIssuers": [], "attestationServices": [{"address": "h", "port": 70000, "group": "g", "certificateChain": []}], "keyProviderServices": []}"#,
         "invalid:attestationServices[0].port"),
        (#"{"format": "vtash.trustAuthorityServicesInfo", "trustAuthorityCluster": {"vCenter": "a", "id": "b", "name": "c"}, "trustedIssuers": [], "attestationServices": [{"address": "h", "port": 443, "group": "g", "certificateChain": ["-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----"]}], "keyProviderServices": []}"#,
         "certificate"),
    ])
    func aBadServicesInfoFileSaysWhatIsWrong(text: String, expected: String) {
        #expect {
            try ServicesInfo(fileBytes: Array(text.utf8), source: "file 'x.json'")
        } throws: { error in
            switch (error as? ArtifactError, expected) {
            case (.notJSON(let source, _)?, "notJSON"): return source == "file 'x.json'"
            case (.wrongFormat(_, _, let found)?, "wrongFormat"): return found == "vtash.trustedPrincipal"
            case (.missingField(_, let field)?, _): return expected == "missing:" + field
            case (.invalidField(_, let field, _)?, _): return expected == "invalid:" + field
            case (.certificate(let inner)?, "certificate"): return inner.message.contains("attestationServices[0].certificateChain[0]")
            default: return false
            }
        }
    }
}
