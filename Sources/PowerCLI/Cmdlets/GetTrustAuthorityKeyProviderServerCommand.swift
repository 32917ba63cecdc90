import ShellEngine
import TrustAuthority

/// `Get-TrustAuthorityKeyProviderServer -KeyProvider $kp [-Name …]` or `[-Address …]`.
public final class GetTrustAuthorityKeyProviderServerCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Get-TrustAuthorityKeyProviderServer", className: "VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.GetTrustAuthorityKeyProviderServer",
        module: "VMware.VimAutomation.Security",
        synopsis: "This cmdlet retrieves the Trust Authority key provider servers from the specified Trust Authority key providers in the connected Trust Authority vCenter Server system.",
        defaultParameterSet: "Name", outputType: PowerCLIObjects.serverType,
        examples: [HelpExample("Get-TrustAuthorityKeyProviderServer -KeyProvider $kp -Address 192.168.110.91", "Retrieves the KMIP server of $kp at 192.168.110.91.")])

    @Parameter(mandatory: true, pipeline: .byValue, description: "Specifies the Trust Authority key providers whose servers you want to retrieve.")
    var keyProvider: [KeyProviderArgument]
    @Parameter(set: "Name", description: "Specifies the names of the Trust Authority key provider servers you want to retrieve.", wildcards: true)
    var name: [String]
    @Parameter(set: "Address", description: "Specifies the addresses of the Trust Authority key provider servers you want to retrieve.", wildcards: true)
    var address: [String]
    @Parameter(description: "Specifies the Trust Authority cluster of the key providers.")
    var trustAuthorityCluster: TrustAuthorityClusterArgument?
    @Parameter(description: "Specifies the vCenter Server systems on which you want to run the cmdlet.")
    var server: [VIServerArgument]

    public init() {}

    public func process(_ context: CommandContext) throws {
        let connection = try PowerCLISession.of(context).trustedConnection(context, servers: server)
        let administrator = try TrustAuthorityAdministrator.of(context, servers: server)
        for argument in keyProvider {
            let provider = try KeyProviderSelection.provider(argument, in: trustAuthorityCluster, administrator)
            let servers = try administrator.perform { () throws(LabError) in try administrator.lab.keyProviderServers(of: provider.name, by: administrator.user) }
            let selected = $address.isBound
                ? try administrator.named(servers, address, noun: "TrustAuthorityKeyProviderServer", by: \.address)
                : try administrator.named(servers, name, noun: "TrustAuthorityKeyProviderServer", by: \.name)
            for server in selected {
                try context.write(.object(PowerCLIObjects.server(server, provider: provider, connection: connection)))
            }
        }
    }
}
