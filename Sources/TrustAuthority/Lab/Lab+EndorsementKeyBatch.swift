/// `New-TrustAuthorityTpm2EndorsementKey -Tpm2EndorsementKey $keys` with several keys: one transaction, so that a
/// key refused (a name or public key the cluster has, or one given twice) imports none of them.
extension Lab {
    @discardableResult
    public func importTpm2EndorsementKeys(_ keys: [Tpm2EndorsementKey], into clusterId: String, by user: SessionUser) throws(LabError) -> [Tpm2EndorsementKey] {
        if let endpoint {
            try endpoint.importTpm2EndorsementKeys(keys, into: clusterId)
            return keys
        }
        let (vCenter, cluster) = try authorize(user, trustAuthorityCluster: clusterId)
        return try updateTrustAuthorityConfiguration(vCenter: vCenter.address, clusterId: cluster.id) { (configuration: inout TrustAuthorityConfiguration) throws(LabError) in
            for key in keys {
                if configuration.endorsementKeys.contains(where: { $0.name.equalsIgnoringCase(key.name) || $0.publicKey == key.publicKey }) {
                    throw .endorsementKeyExists(key.name)
                }
                configuration.endorsementKeys.append(key)
            }
            return keys
        }
    }
}
