import ShellEngine
import TrustAuthority

/// `Remove-TrustedClusterAttestationServiceInfo -TrustedCluster <TrustedCluster> -AttestationServiceInfo <AttestationServiceInfo[]> [-Server <VIServer[]>]`:
/// removes attestation services from the trusted cluster's applied configuration.
public final class RemoveTrustedClusterAttestationServiceInfoCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Remove-TrustedClusterAttestationServiceInfo", className: "VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.RemoveTrustedClusterAttestationServiceInfo",
        module: "VMware.VimAutomation.Security",
        synopsis: "This cmdlet removes the specified Trust Authority attestation service information from the trusted cluster in the workload vCenter Server system.",
        supportsShouldProcess: true, confirmsByDefault: true, outputType: GetTrustedClusterCommand.clusterType,
        examples: [HelpExample("Remove-TrustedClusterAttestationServiceInfo -TrustedCluster $TC -AttestationServiceInfo (Get-AttestationServiceInfo) -Confirm:$false",
                               "Removes every registered attestation service from the trusted cluster $TC.")])

    @Parameter(mandatory: true, pipeline: .byValue, description: "Specifies the trusted cluster.")
    var trustedCluster: TrustedClusterArgument
    @Parameter(mandatory: true, description: "Specifies the attestation service information.")
    var attestationServiceInfo: [AttestationServiceInfoArgument]
    @Parameter(description: "Specifies the vCenter Server systems on which you want to run the cmdlet. If no value is given or $null is passed to this parameter, the command runs on the default servers.", wildcards: true)
    var server: [VIServerArgument]

    public init() {}

    public func process(_ context: CommandContext) throws {
        try ServiceInfoOperations.change(.attestation, apply: false, cluster: trustedCluster, services: attestationServiceInfo, servers: server, context)
    }
}
