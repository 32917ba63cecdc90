import TrustAuthority

/// `com.vmware.vcenter.cluster` Summary `{cluster, name, ha_enabled, drs_enabled}` and Info `{name, resource_pool}`:
/// how a client learns a cluster's name (`vTA Cluster`) from its id.
public enum ClusterBinding {
    public static func summary(_ cluster: ClusterRecord) -> VAPIValue {
        .structure(ServiceName.cluster + ".summary", [
            ("cluster", .string(cluster.id)), ("name", .string(cluster.name)), ("ha_enabled", .bool(false)), ("drs_enabled", .bool(false)),
        ])
    }

    public static func info(_ cluster: ClusterRecord) -> VAPIValue {
        .structure(ServiceName.cluster + ".info", [("name", .string(cluster.name)), ("resource_pool", .string("resgroup-" + cluster.id))])
    }

    /// A Summary read back: the id and the name.
    public static func summary(_ value: VAPIValue) throws(VAPIDecodingError) -> (id: String, name: String) {
        let input = try VAPIInput(value)
        return (try input.string("cluster"), try input.string("name"))
    }
}
