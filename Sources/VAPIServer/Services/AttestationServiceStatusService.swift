import TrustAuthority
import VAPIWire

/// `trust_authority_clusters.attestation.service_status`: get$task (vSphere API 7.0.0.0), the attestation half of
/// the lab's services status, which Get-TrustAuthorityServicesStatus shows.
enum AttestationServiceStatusService {
    static let operations = [
        LabOperation(ServiceName.attestationServiceStatus, "get", task: true,
                     rest: RESTRoute("GET", TrustAuthorityClustersService.path + "/{cluster}/attestation/service-status"), run: get),
    ]

    static func get(_ call: LabCall) throws(VAPIError) -> LabAnswer {
        let cluster = try call.cluster()
        let status = try call.attempt { () throws(LabError) in try call.lab.servicesStatus(of: cluster.id, by: call.sessionUser) }
        return LabAnswer(ServiceStatusBinding.attestationInfo(status.attestation), target: (LabCall.clusterType, cluster.id))
    }
}
