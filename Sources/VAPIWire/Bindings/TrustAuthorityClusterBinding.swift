import TrustAuthority

/// `TrustAuthorityClusters.Summary` / `.Info` `{cluster, state: ENABLE|DISABLE}` and `UpdateSpec {state?}`.
public enum TrustAuthorityClusterBinding {
    static let prefix = ServiceName.trustAuthorityClusters
    public static let summaryName = prefix + ".summary"
    public static let infoName = prefix + ".info"

    public static func summary(_ cluster: ClusterRecord) -> VAPIValue {
        .structure(summaryName, [("cluster", .string(cluster.id)), ("state", state(cluster.enabled))])
    }

    public static func info(_ cluster: ClusterRecord) -> VAPIValue {
        .structure(infoName, [("cluster", .string(cluster.id)), ("state", state(cluster.enabled))])
    }

    static func state(_ enabled: Bool) -> VAPIValue { .string(enabled ? "ENABLE" : "DISABLE") }

    /// `ENABLE` → true, `DISABLE` → false.
    public static func enabled(_ text: String, field: String) throws(VAPIDecodingError) -> Bool {
        switch text {
        case "ENABLE": return true
        case "DISABLE": return false
        default: throw VAPIDecodingError("The field '\(field)' must be ENABLE or DISABLE, not '\(text)'.")
        }
    }

    /// A summary or info read back: the cluster id and whether it is enabled.
    public static func cluster(_ value: VAPIValue) throws(VAPIDecodingError) -> (id: String, enabled: Bool) {
        let input = try VAPIInput(value)
        return (try input.string("cluster"), try enabled(try input.string("state"), field: "state"))
    }

    public static func updateSpec(enabled: Bool?) -> VAPIValue {
        .structure(prefix + ".update_spec", [("state", .optional(enabled.map(state)))])
    }
}
