import TrustAuthority
import VAPIWire

/// `kms.service_status`: get$task, the health of a cluster's Key Provider Service.
enum ServiceStatusService {
    static let id = ServiceName.serviceStatus

    static let operations = [
        LabOperation(id, "get", task: true, rest: RESTRoute("GET", TrustAuthorityClustersService.path + "/{cluster}/kms/service-status"), run: get),
    ]

    static func get(_ call: LabCall) throws(VAPIError) -> LabAnswer {
        let cluster = try call.cluster()
        let status = try call.attempt { () throws(LabError) in try call.lab.keyProviderServiceStatus(of: cluster, at: call.date) }
        return LabAnswer(ServiceStatusBinding.info(status), target: (LabCall.clusterType, cluster.id))
    }
}
