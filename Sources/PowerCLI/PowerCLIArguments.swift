import ShellEngine

/// The PowerCLI object types parameters take, each as an object or (PowerCLI's "object by name") a name.
enum TrustAuthorityClusterKind: ObjectKind {
    static let typeName = PowerCLIObjects.clusterType
    static let acceptsName = true
}

enum KeyProviderKind: ObjectKind {
    static let typeName = PowerCLIObjects.providerType
    static let acceptsName = true
}

typealias TrustAuthorityClusterArgument = ObjectArgument<TrustAuthorityClusterKind>
typealias KeyProviderArgument = ObjectArgument<KeyProviderKind>
