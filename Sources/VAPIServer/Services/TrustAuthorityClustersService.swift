import TrustAuthority
import VAPIWire

/// `trust_authority_clusters`: list, get, update$task (enable or disable).
enum TrustAuthorityClustersService {
    static let id = ServiceName.trustAuthorityClusters
    static let path = "/vcenter/trusted-infrastructure/trust-authority-clusters"

    static let operations = [
        LabOperation(id, "list", task: false, rest: RESTRoute("GET", path, query: "spec"), run: list),
        LabOperation(id, "get", task: false, rest: RESTRoute("GET", path + "/{cluster}"), run: get),
        LabOperation(id, "update", task: true, rest: RESTRoute("PATCH", path + "/{cluster}", body: "spec"), run: update),
    ]

    static func list(_ call: LabCall) throws(VAPIError) -> LabAnswer {
        let (ids, states) = try call.read { () throws(VAPIDecodingError) -> ([String]?, [Bool]?) in
            let spec = try call.input.optionalStructure("spec")
            let states = try spec?.optionalStrings("state")?.map { (text: String) throws(VAPIDecodingError) in
                try TrustAuthorityClusterBinding.enabled(text, field: "spec.state")
            }
            return (try spec?.optionalStrings("cluster"), states)
        }
        let clusters = call.lab.trustAuthorityClusters(at: call.vCenter).filter { cluster in
            (ids.map { $0.contains(cluster.id) } ?? true) && (states.map { $0.contains(cluster.enabled) } ?? true)
        }
        return LabAnswer(.list(clusters.map(TrustAuthorityClusterBinding.summary)))
    }

    static func get(_ call: LabCall) throws(VAPIError) -> LabAnswer {
        LabAnswer(TrustAuthorityClusterBinding.info(try call.cluster()))
    }

    static func update(_ call: LabCall) throws(VAPIError) -> LabAnswer {
        let cluster = try call.cluster()
        let state = try call.read { () throws(VAPIDecodingError) -> Bool? in
            let spec = try call.input.structure("spec")
            return try spec.optionalString("state").map { (text: String) throws(VAPIDecodingError) in
                try TrustAuthorityClusterBinding.enabled(text, field: "spec.state")
            }
        }
        if let state {
            // The same operation Set-TrustAuthorityCluster calls, with the same authorization.
            _ = try call.attempt { () throws(LabError) in
                try call.lab.setTrustAuthorityClusterState(cluster.id, enabled: state, by: call.user.sessionUser)
            }
        }
        return LabAnswer(.void, target: (LabCall.clusterType, cluster.id))
    }
}
