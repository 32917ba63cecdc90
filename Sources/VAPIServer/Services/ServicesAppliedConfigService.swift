import TrustAuthority
import VAPIWire

/// `trusted_clusters.services_applied_config` (vSphere API 7.0.1.0): get$task, the health of a workload cluster's
/// applied configuration against its desired state (Get-TrustedClusterAppliedStatus), and update$task, which makes
/// the applied configuration the desired state again (the lab's remediation). delete$task (remove every applied
/// service from the hosts without touching the desired state) has no lab operation and is not served.
enum ServicesAppliedConfigService {
    static let path = "/vcenter/trusted-infrastructure/trusted-clusters/{cluster}/services-applied-config"

    static let operations = [
        LabOperation(ServiceName.servicesAppliedConfig, "get", task: true, rest: RESTRoute("GET", path), run: get),
        LabOperation(ServiceName.servicesAppliedConfig, "update", task: true, rest: RESTRoute("PATCH", path), run: update),
    ]

    static func get(_ call: LabCall) throws(VAPIError) -> LabAnswer {
        let cluster = try call.read { () throws(VAPIDecodingError) in try call.input.string("cluster") }
        let status = try call.attempt { () throws(LabError) in try call.lab.appliedStatus(ofTrustedCluster: cluster, by: call.sessionUser) }
        return LabAnswer(ServiceStatusBinding.appliedConfigInfo(status), target: (LabCall.clusterType, status.clusterId))
    }

    static func update(_ call: LabCall) throws(VAPIError) -> LabAnswer {
        let cluster = try call.read { () throws(VAPIDecodingError) in try call.input.string("cluster") }
        let status = try call.attempt { () throws(LabError) in try call.lab.remediateTrustedCluster(cluster, by: call.sessionUser) }
        return LabAnswer(.void, target: (LabCall.clusterType, status.clusterId))
    }
}
