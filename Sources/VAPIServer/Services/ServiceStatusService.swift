import TrustAuthority
import VAPIWire

/// `kms.service_status`: get$task (vSphere API 7.0.0.0), the key provider half of the lab's services status, which
/// Get-TrustAuthorityServicesStatus shows: the Key Provider Service runs on the cluster's hosts, so its health is the
/// cluster's state and hosts (the providers' health is each provider's `status`, `providers.get`).
enum ServiceStatusService {
    static let id = ServiceName.serviceStatus

    static let operations = [
        LabOperation(id, "get", task: true, rest: RESTRoute("GET", TrustAuthorityClustersService.path + "/{cluster}/kms/service-status"), run: get),
    ]

    static func get(_ call: LabCall) throws(VAPIError) -> LabAnswer {
        let cluster = try call.cluster()
        let status = try call.attempt { () throws(LabError) in try call.lab.servicesStatus(of: cluster.id, by: call.sessionUser) }
        return LabAnswer(ServiceStatusBinding.info(status.keyProvider), target: (LabCall.clusterType, cluster.id))
    }
}
