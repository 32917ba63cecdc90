import ShellEngine
import TrustAuthority

/// `Remove-AttestationServiceInfo [-AttestationServiceInfo] <AttestationServiceInfo[]> [-Server <VIServer[]>]`: unregisters attestation services (refused while a trusted
/// cluster has one applied).
public final class RemoveAttestationServiceInfoCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Remove-AttestationServiceInfo", className: "VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.RemoveAttestationServiceInfo",
        module: "VMware.VimAutomation.Security",
        synopsis: "This cmdlet removes the specified Trust Authority attestation service information from the workload vCenter Server system.",
        supportsShouldProcess: true, confirmsByDefault: true,
        examples: [HelpExample("Get-AttestationServiceInfo | Remove-AttestationServiceInfo -Confirm:$false", "Removes every registered attestation service without asking for confirmation.")])

    @Parameter(mandatory: true, position: 0, pipeline: .byValue, description: "Specifies the attestation service information you want to remove.")
    var attestationServiceInfo: [AttestationServiceInfoArgument]
    @Parameter(description: "Specifies the vCenter Server systems on which you want to run the cmdlet. If no value is given or $null is passed to this parameter, the command runs on the default servers.", wildcards: true)
    var server: [VIServerArgument]

    public init() {}

    public func process(_ context: CommandContext) throws {
        try ServiceInfoOperations.remove(.attestation, attestationServiceInfo, servers: server, context)
    }
}
