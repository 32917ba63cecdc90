import ShellEngine
import TrustAuthority

/// `New-TrustAuthorityKeyProvider`: creates a trusted key provider with its first KMIP server.
public final class NewTrustAuthorityKeyProviderCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "New-TrustAuthorityKeyProvider", className: "VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.NewTrustAuthorityKeyProvider",
        module: "VMware.VimAutomation.Security",
        synopsis: "This cmdlet creates a new Trust Authority key provider in the Trust Authority vCenter Server system.",
        description: "This cmdlet creates a new Trust Authority key provider in the Trust Authority vCenter Server system. The name must be unique across all vCenter Server systems.",
        defaultParameterSet: "PrimaryKey", outputType: PowerCLIObjects.providerType,
        examples: [HelpExample("New-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -PrimaryKeyId 1 -Name clkp -KmipServerAddress 192.168.110.91", "Creates the trusted key provider clkp with primary key 1 and its first KMIP server.")])

    @Parameter(mandatory: true, position: 0, description: "Specifies the name of the Trust Authority key provider.")
    var name: String
    @Parameter(mandatory: true, set: "PrimaryKey", description: "Specifies the primary key ID of the Trust Authority key provider.")
    var primaryKeyId: String?
    @Parameter(mandatory: true, set: "MasterKey", description: "This parameter is deprecated and scheduled for removal. Use the PrimaryKeyId parameter instead.")
    var masterKeyId: String?
    @Parameter(mandatory: true, description: "Specifies the first KMIP server address of the Trust Authority key provider.")
    var kmipServerAddress: String
    @Parameter(mandatory: true, pipeline: .byValue, description: "Specifies the Trust Authority cluster on which you want to create the Trust Authority key provider.")
    var trustAuthorityCluster: TrustAuthorityClusterArgument
    @Parameter(description: "Specifies the port number of the first KMIP server.")
    var kmipServerPort: Int = 5696
    @Parameter(description: "Specifies the name of the first KMIP server.")
    var kmipServerName: String?
    @Parameter(description: "Specifies the user name of the KMIP server.")
    var kmipServerUsername: String?
    @Parameter(description: "Specifies the password of the KMIP server.")
    var kmipServerPassword: SecureString?
    @Parameter(description: "Specifies the proxy server address of the Trust Authority key provider.")
    var proxyAddress: String?
    @Parameter(description: "Specifies the proxy server port. It works with the ProxyAddress parameter.")
    var proxyPort: Int?
    @Parameter("ConnectionTimeOutSeconds", description: "Specifies the timeout in seconds for the connection between the Trust Authority key provider and the KMIP servers.")
    var connectionTimeoutSeconds: Int64 = 30
    @Parameter(description: "Specifies a description of the Trust Authority key provider.")
    var description: String = ""
    @Parameter(description: "Specifies the vCenter Server systems on which you want to run the cmdlet.")
    var server: [VIServerArgument]

    public init() {}

    public func process(_ context: CommandContext) throws {
        let session = try PowerCLISession.of(context)
        let connection = try session.trustedConnection(context, servers: server)
        let cluster = try ObjectResolution.cluster(trustAuthorityCluster, context, servers: server)
        let address = kmipServerAddress
        let port = kmipServerPort
        guard (1...65535).contains(port) else {
            throw context.failure("The KMIP server port \(port) is not valid. Specify a port from 1 to 65535.", id: "Client20_TrustedInfrastructure_InvalidArgument", category: .invalidArgument, reason: "ViError")
        }
        // One of the two sets binds it; the binder does not run the cmdlet otherwise.
        guard let keyId = primaryKeyId ?? masterKeyId else { return }
        var provider = KeyProvider(
            name: name, clusterId: cluster.id, primaryKeyId: keyId, description: description,
            servers: [KeyProviderServer(name: kmipServerName ?? address, address: address, port: port)],
            connectionTimeoutSeconds: Int(connectionTimeoutSeconds))
        provider.proxyAddress = proxyAddress
        provider.proxyPort = proxyPort
        provider.kmipServerUsername = kmipServerUsername
        provider.kmipServerPassword = kmipServerPassword?.plainText
        do {
            try session.lab.addProvider(provider)
        } catch {
            throw ObjectResolution.labFailure(error, context, id: "Client20_TrustedInfrastructure_AlreadyExists")
        }
        try context.write(.object(PowerCLIObjects.provider(provider, lab: session.lab, connection: connection)))
    }
}
