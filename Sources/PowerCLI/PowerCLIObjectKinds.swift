import ShellEngine

/// The PowerCLI object types the seed's cmdlets take as parameters, each as an object or (PowerCLI's "object
/// by name") a name. Marker types only, so they live together under one name.
enum PowerCLIObjectKinds {
    enum TrustAuthorityCluster: ObjectKind {
        static let typeName = PowerCLIObjects.clusterType
        static let acceptsName = true
    }

    enum KeyProvider: ObjectKind {
        static let typeName = PowerCLIObjects.providerType
        static let acceptsName = true
    }

    /// A KMIP server of a key provider (`$kp.KeyProviderServers`): objects only.
    enum KeyProviderServer: ObjectKind {
        static let typeName = PowerCLIObjects.serverType
        static let acceptsName = false
    }

    /// A certificate a key server presents or a provider trusts (`Get-TrustAuthorityKeyProviderServerCertificate`).
    enum ServerCertificate: ObjectKind {
        static let typeName = PowerCLIObjects.serverCertificateType
        static let acceptsName = false
    }

    /// An `X509Certificate2` (`Get-TrustAuthorityKeyProviderClientCertificate`, `$cert.Certificate`).
    enum X509Certificate: ObjectKind {
        static let typeName = PowerCLIObjects.certificateType
        static let acceptsName = false
    }

    /// A vCenter connection (`Connect-VIServer`'s output, `$global:DefaultVIServers`) or its address.
    enum VIServer: ObjectKind {
        static let typeName = PowerCLIObjects.viServerType
        static let acceptsName = true
    }
}

typealias TrustAuthorityClusterArgument = ObjectArgument<PowerCLIObjectKinds.TrustAuthorityCluster>
typealias KeyProviderArgument = ObjectArgument<PowerCLIObjectKinds.KeyProvider>
typealias KeyProviderServerArgument = ObjectArgument<PowerCLIObjectKinds.KeyProviderServer>
typealias ServerCertificateArgument = ObjectArgument<PowerCLIObjectKinds.ServerCertificate>
typealias X509CertificateArgument = ObjectArgument<PowerCLIObjectKinds.X509Certificate>
typealias VIServerArgument = ObjectArgument<PowerCLIObjectKinds.VIServer>
