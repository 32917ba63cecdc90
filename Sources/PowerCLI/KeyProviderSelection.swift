import ShellEngine
import TrustAuthority

/// The key provider a `-KeyProvider` argument names, checked against the cmdlet's optional
/// `-TrustAuthorityCluster` (a provider of another cluster is "not found", as on vCenter).
enum KeyProviderSelection {
    static func provider(_ argument: KeyProviderArgument, in cluster: TrustAuthorityClusterArgument?,
                         _ administrator: TrustAuthorityAdministrator) throws -> KeyProvider {
        let provider = try ObjectResolution.provider(argument, administrator.context)
        if let cluster {
            let record = try administrator.cluster(cluster)
            guard provider.clusterId.caseInsensitiveCompare(record.id) == .orderedSame else {
                throw administrator.context.failure("Could not find TrustAuthorityKeyProvider with name '\(provider.name)' in the Trust Authority cluster '\(record.name)'.",
                                                    id: "Core_ObnSelector_SelectObjectByNameCore_ObjectNotFound", category: .objectNotFound,
                                                    reason: "VimException", targetName: provider.name, targetType: "String")
            }
        }
        return provider
    }
}
