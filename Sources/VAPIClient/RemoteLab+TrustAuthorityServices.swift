import TrustAuthority
import VAPIWire

/// The services on the hosts of a served Trust Authority cluster (`trust_authority_hosts.attestation`, `.kms`).
extension RemoteLab {
    /// One list call: the FULL summaries of the cluster's services of `kind`, in the served lab's order.
    public func trustAuthorityServices(ofCluster clusterId: String, kind: TrustAuthorityService.Kind) throws(RemoteLabError) -> [TrustAuthorityService] {
        let summaries = try list(call(TrustAuthorityHostBinding.serviceName(kind), "list", [
            ("spec", TrustAuthorityHostBinding.clusterFilter(clusterId, kind: kind)),
            ("projection", .optional(.string(TrustAuthorityHostBinding.Projection.full.rawValue))),
        ]))
        return try summaries.map { (summary: VAPIValue) throws(RemoteLabError) -> TrustAuthorityService in
            try decode { () throws(VAPIDecodingError) in try TrustAuthorityHostBinding.service(kind, summary: summary) }
        }
    }
}
