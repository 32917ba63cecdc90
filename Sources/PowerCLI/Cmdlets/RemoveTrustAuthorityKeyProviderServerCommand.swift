import ShellEngine
import TrustAuthority

/// `Remove-TrustAuthorityKeyProviderServer -KeyProviderServer $server`: a key provider keeps at least one server.
public final class RemoveTrustAuthorityKeyProviderServerCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Remove-TrustAuthorityKeyProviderServer", className: "VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.RemoveTrustAuthorityKeyProviderServer",
        module: "VMware.VimAutomation.Security",
        synopsis: "This cmdlet removes the specified Trust Authority key provider servers from their location in the Trust Authority vCenter Server system.",
        description: "This cmdlet removes the specified Trust Authority key provider servers from their location in the Trust Authority vCenter Server system. You cannot remove all Trust Authority key provider servers from a Trust Authority key provider. A Trust Authority key provider requires at least 1 Trust Authority key provider server.",
        supportsShouldProcess: true, confirmsByDefault: true,
        examples: [HelpExample("Get-TrustAuthorityKeyProviderServer -KeyProvider $kp -Name kms2 | Remove-TrustAuthorityKeyProviderServer -Confirm:$false", "Removes the KMIP server kms2 from the key provider $kp.")])

    @Parameter(mandatory: true, position: 0, pipeline: .byValue, description: "Specifies the Trust Authority key provider servers you want to remove.")
    var keyProviderServer: [KeyProviderServerArgument]
    @Parameter(description: "Specifies the vCenter Server systems on which you want to run the cmdlet.")
    var server: [VIServerArgument]

    public init() {}

    public func process(_ context: CommandContext) throws {
        let administrator = try TrustAuthorityAdministrator.of(context, servers: server)
        // The servers of each provider go in one change: all of them, or none when none would remain.
        var byProvider: [(provider: String, servers: [String])] = []
        for argument in keyProviderServer {
            guard let reference = ObjectResolution.keyProviderServer(argument) else {
                try administrator.writeUnknownObject(PowerCLIObjects.serverType, madeBy: "Get-TrustAuthorityKeyProviderServer")
                continue
            }
            guard try context.shouldProcess(target: reference.server, action: "Remove Trust Authority key provider server") else { continue }
            if let index = byProvider.firstIndex(where: { $0.provider == reference.provider }) {
                byProvider[index].servers.append(reference.server)
            } else {
                byProvider.append((reference.provider, [reference.server]))
            }
        }
        for (provider, servers) in byProvider {
            try administrator.perform { () throws(LabError) in
                try administrator.lab.removeKeyProviderServers(provider: provider, servers: servers, by: administrator.user)
            }
        }
    }
}
