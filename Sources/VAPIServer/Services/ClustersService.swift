import TrustAuthority
import VAPIWire

/// `com.vmware.vcenter.cluster`: list and get of the served vCenter's clusters (Trust Authority and workload),
/// for any logged-in user, as vCenter allows anyone with read access.
enum ClustersService {
    static let id = ServiceName.cluster

    static let operations = [
        LabOperation(id, "list", task: false, rest: RESTRoute("GET", "/vcenter/cluster", query: "filter"), requiresTrustedAdmin: false, run: list),
        LabOperation(id, "get", task: false, rest: RESTRoute("GET", "/vcenter/cluster/{cluster}"), requiresTrustedAdmin: false, run: get),
    ]

    static func clusters(_ call: LabCall) -> [ClusterRecord] {
        guard let vCenter = call.lab.vCenter(at: call.vCenter) else { return [] }
        return vCenter.trustAuthorityClusters + vCenter.clusters.filter { workload in !vCenter.trustAuthorityClusters.contains { $0.id == workload.id } }
    }

    static func list(_ call: LabCall) throws(VAPIError) -> LabAnswer {
        let (ids, names) = try call.read { () throws(VAPIDecodingError) -> ([String]?, [String]?) in
            let filter = try call.input.optionalStructure("filter")
            return (try filter?.optionalStrings("clusters"), try filter?.optionalStrings("names"))
        }
        let selected = clusters(call).filter { cluster in
            (ids.map { $0.contains(cluster.id) } ?? true) && (names.map { $0.contains(cluster.name) } ?? true)
        }
        return LabAnswer(.list(selected.map(ClusterBinding.summary)))
    }

    static func get(_ call: LabCall) throws(VAPIError) -> LabAnswer {
        let id = try call.read { () throws(VAPIDecodingError) in try call.input.string("cluster") }
        guard let cluster = clusters(call).first(where: { $0.id == id }) else {
            throw VAPIError(.notFound, id: "com.vmware.vcenter.cluster.not_found", "The cluster '\(id)' was not found.")
        }
        return LabAnswer(ClusterBinding.info(cluster))
    }
}
