import ShellEngine
import TrustAuthority

/// `Remove-TrustAuthorityKeyProvider -KeyProvider $kp`.
public final class RemoveTrustAuthorityKeyProviderCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Remove-TrustAuthorityKeyProvider", className: "VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.RemoveTrustAuthorityKeyProvider",
        module: "VMware.VimAutomation.Security",
        synopsis: "This cmdlet removes the specified Trust Authority key providers from the Trust Authority vCenter Server system.",
        supportsShouldProcess: true, confirmsByDefault: true,
        examples: [HelpExample("Remove-TrustAuthorityKeyProvider -KeyProvider clkp -Confirm:$false", "Removes the key provider clkp.")])

    @Parameter(mandatory: true, position: 0, pipeline: .byValue, description: "Specifies the Trust Authority key providers you want to remove.")
    var keyProvider: [KeyProviderArgument]
    @Parameter(description: "Specifies the Trust Authority cluster of the key providers.")
    var trustAuthorityCluster: TrustAuthorityClusterArgument?
    @Parameter(description: "Specifies the vCenter Server systems on which you want to run the cmdlet.")
    var server: [VIServerArgument]

    public init() {}

    public func process(_ context: CommandContext) throws {
        let administrator = try TrustAuthorityAdministrator.of(context, servers: server)
        let providers = try keyProvider.map { try KeyProviderSelection.provider($0, in: trustAuthorityCluster, administrator) }
        for provider in providers {
            guard try context.shouldProcess(target: provider.name, action: "Remove Trust Authority key provider") else { continue }
            _ = try administrator.attempt(target: provider.name) { () throws(LabError) in
                try administrator.lab.removeKeyProvider(provider.name, by: administrator.user)
            }
        }
    }
}
