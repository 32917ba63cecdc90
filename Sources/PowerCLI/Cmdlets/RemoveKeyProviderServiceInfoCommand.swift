import ShellEngine
import TrustAuthority

/// `Remove-KeyProviderServiceInfo [-KeyProviderServiceInfo] <KeyProviderServiceInfo[]> [-Server <VIServer[]>]`: unregisters key provider services (refused while a trusted
/// cluster has one applied).
public final class RemoveKeyProviderServiceInfoCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Remove-KeyProviderServiceInfo", className: "VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.RemoveKeyProviderServiceInfo",
        module: "VMware.VimAutomation.Security",
        synopsis: "This cmdlet removes the specified Trust Authority key provider service information from the workload vCenter Server system.",
        supportsShouldProcess: true, confirmsByDefault: true,
        examples: [HelpExample("Get-KeyProviderServiceInfo | Remove-KeyProviderServiceInfo -Confirm:$false", "Removes every registered key provider service without asking for confirmation.")])

    @Parameter(mandatory: true, position: 0, pipeline: .byValue, description: "Specifies the key provider service information you want to remove.")
    var keyProviderServiceInfo: [KeyProviderServiceInfoArgument]
    @Parameter(description: "Specifies the vCenter Server systems on which you want to run the cmdlet. If no value is given or $null is passed to this parameter, the command runs on the default servers.", wildcards: true)
    var server: [VIServerArgument]

    public init() {}

    public func process(_ context: CommandContext) throws {
        try ServiceInfoOperations.remove(.keyProvider, keyProviderServiceInfo, servers: server, context)
    }
}
