import ShellEngine
import TrustAuthority

/// `New-TrustAuthorityKeyProvider`: creates a trusted key provider with its first KMIP server.
public final class NewTrustAuthorityKeyProviderCommand: Cmdlet {
    public static let metadata = CommandMetadata(
        name: "New-TrustAuthorityKeyProvider", className: "VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.NewTrustAuthorityKeyProvider",
        module: "VMware.VimAutomation.Security",
        synopsis: "This cmdlet creates a new Trust Authority key provider in the Trust Authority vCenter Server system.",
        description: "This cmdlet creates a new Trust Authority key provider in the Trust Authority vCenter Server system. The name must be unique across all vCenter Server systems.",
        parameters: [
            ParameterMetadata("Name", .string, mandatory: true, position: 0, description: "Specifies the name of the Trust Authority key provider."),
            ParameterMetadata("PrimaryKeyId", .string, mandatory: true, set: "PrimaryKey", description: "Specifies the primary key ID of the Trust Authority key provider."),
            ParameterMetadata("MasterKeyId", .string, mandatory: true, set: "MasterKey", description: "This parameter is deprecated and scheduled for removal. Use the PrimaryKeyId parameter instead."),
            ParameterMetadata("KmipServerAddress", .string, mandatory: true, description: "Specifies the first KMIP server address of the Trust Authority key provider."),
            ParameterMetadata("TrustAuthorityCluster", .object(typeName: PowerCLIObjects.clusterType, acceptsName: true), mandatory: true, pipeline: .byValue, description: "Specifies the Trust Authority cluster on which you want to create the Trust Authority key provider."),
            ParameterMetadata("KmipServerPort", .int, description: "Specifies the port number of the first KMIP server."),
            ParameterMetadata("KmipServerName", .string, description: "Specifies the name of the first KMIP server."),
            ParameterMetadata("KmipServerUsername", .string, description: "Specifies the user name of the KMIP server."),
            ParameterMetadata("KmipServerPassword", .secureString, description: "Specifies the password of the KMIP server."),
            ParameterMetadata("ProxyAddress", .string, description: "Specifies the proxy server address of the Trust Authority key provider."),
            ParameterMetadata("ProxyPort", .int, description: "Specifies the proxy server port. It works with the ProxyAddress parameter."),
            ParameterMetadata("ConnectionTimeOutSeconds", .long, description: "Specifies the timeout in seconds for the connection between the Trust Authority key provider and the KMIP servers."),
            ParameterMetadata("Description", .string, description: "Specifies a description of the Trust Authority key provider."),
            ParameterMetadata("Server", .array(.any), description: "Specifies the vCenter Server systems on which you want to run the cmdlet."),
        ],
        defaultParameterSet: "PrimaryKey", outputType: PowerCLIObjects.providerType,
        examples: [HelpExample("New-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -PrimaryKeyId 1 -Name clkp -KmipServerAddress 192.168.110.91", "Creates the trusted key provider clkp with primary key 1 and its first KMIP server.")])

    public init() {}

    public func process(_ context: CommandContext) throws {
        let p = context.parameters
        let session = PowerCLISession.of(context)
        let cluster = try ObjectResolution.cluster(p["TrustAuthorityCluster"], context)
        let address = p.string("KmipServerAddress") ?? ""
        let port = p.int("KmipServerPort") ?? 5696
        guard (1...65535).contains(port) else {
            throw context.failure("The KMIP server port \(port) is not valid. Specify a port from 1 to 65535.", id: "Client20_TrustedInfrastructure_InvalidArgument", category: .invalidArgument, reason: "ViError")
        }
        var provider = KeyProvider(
            name: p.string("Name") ?? "", clusterId: cluster.id, primaryKeyId: p.string("PrimaryKeyId") ?? p.string("MasterKeyId") ?? "",
            description: p.string("Description") ?? "",
            servers: [KeyProviderServer(name: p.string("KmipServerName") ?? address, address: address, port: port)],
            connectionTimeoutSeconds: p.int("ConnectionTimeOutSeconds") ?? 30)
        provider.proxyAddress = p.string("ProxyAddress")
        provider.proxyPort = p.int("ProxyPort")
        provider.kmipServerUsername = p.string("KmipServerUsername")
        if case .secureString(let secret)? = p["KmipServerPassword"] { provider.kmipServerPassword = secret.plainText }
        do {
            try session.lab.addProvider(provider)
        } catch {
            throw ObjectResolution.labFailure(error, context, id: "Client20_TrustedInfrastructure_AlreadyExists")
        }
        try context.write(.object(PowerCLIObjects.provider(provider, lab: session.lab)))
    }
}
