import ShellEngine
import TrustAuthority

/// `Add-TrustAuthorityKeyProviderServer`: adds another KMIP server to a key provider.
public final class AddTrustAuthorityKeyProviderServerCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Add-TrustAuthorityKeyProviderServer", className: "VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.AddTrustAuthorityKeyProviderServer",
        module: "VMware.VimAutomation.Security",
        synopsis: "This cmdlet adds a new Trust Authority key provider server to an existing Trust Authority key provider in the Trust Authority system.",
        outputType: PowerCLIObjects.serverType,
        examples: [HelpExample("Add-TrustAuthorityKeyProviderServer -KeyProvider $kp -Address 192.168.110.92", "Adds a second KMIP server to the key provider $kp.")])

    @Parameter(mandatory: true, position: 0, description: "Specifies the address of the Trust Authority key provider server.")
    var address: String
    @Parameter(mandatory: true, pipeline: .byValue, description: "Specifies the Trust Authority key provider to which you want to add the server.")
    var keyProvider: KeyProviderArgument
    @Parameter(description: "Specifies the name of the server. If not specified, the name is the same as the Address parameter.")
    var name: String?
    @Parameter(description: "Specifies the port of the server. The default is 5696.")
    var port: Int = 5696
    @Parameter(description: "Specifies the Trust Authority cluster of the key provider.")
    var trustAuthorityCluster: TrustAuthorityClusterArgument?
    @Parameter(description: "Specifies the vCenter Server systems on which you want to run the cmdlet.")
    var server: [VIServerArgument]

    public init() {}

    public func process(_ context: CommandContext) throws {
        let connection = try PowerCLISession.of(context).trustedConnection(context, servers: server)
        let provider = try ObjectResolution.provider(keyProvider, context, servers: server)
        guard (1...65535).contains(port) else {
            throw context.failure("The KMIP server port \(port) is not valid. Specify a port from 1 to 65535.", id: "Client20_TrustedInfrastructure_InvalidArgument", category: .invalidArgument, reason: "ViError")
        }
        let server = KeyProviderServer(name: name ?? address, address: address, port: port)
        let lab = try PowerCLISession.of(context).lab
        do {
            try lab.addServer(provider: provider.name, server)
        } catch {
            throw ObjectResolution.labFailure(error, context)
        }
        if let updated = lab.provider(named: provider.name) {
            try context.write(.object(PowerCLIObjects.server(server, provider: updated, connection: connection)))
        }
    }
}
