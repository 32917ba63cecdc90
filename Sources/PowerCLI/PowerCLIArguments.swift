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

/// A KMIP server of a key provider (`$kp.KeyProviderServers`): objects only.
enum KeyProviderServerKind: ObjectKind {
    static let typeName = PowerCLIObjects.serverType
    static let acceptsName = false
}

/// A certificate a key server presents or a provider trusts (`Get-TrustAuthorityKeyProviderServerCertificate`).
enum ServerCertificateKind: ObjectKind {
    static let typeName = PowerCLIObjects.serverCertificateType
    static let acceptsName = false
}

/// An `X509Certificate2` (`Get-TrustAuthorityKeyProviderClientCertificate`, `$cert.Certificate`).
enum X509CertificateKind: ObjectKind {
    static let typeName = PowerCLIObjects.certificateType
    static let acceptsName = false
}

/// A vCenter connection (`Connect-VIServer`'s output, `$global:DefaultVIServers`) or its address.
enum VIServerKind: ObjectKind {
    static let typeName = PowerCLIObjects.viServerType
    static let acceptsName = true
}

typealias TrustAuthorityClusterArgument = ObjectArgument<TrustAuthorityClusterKind>
typealias KeyProviderArgument = ObjectArgument<KeyProviderKind>
typealias KeyProviderServerArgument = ObjectArgument<KeyProviderServerKind>
typealias ServerCertificateArgument = ObjectArgument<ServerCertificateKind>
typealias X509CertificateArgument = ObjectArgument<X509CertificateKind>
typealias VIServerArgument = ObjectArgument<VIServerKind>
