import ShellEngine
import TrustAuthority

/// `Add-TrustedClusterAttestationServiceInfo -TrustedCluster <TrustedCluster> -AttestationServiceInfo <AttestationServiceInfo[]> [-Server <VIServer[]>]`:
/// applies registered attestation services to the trusted cluster's applied configuration.
public final class AddTrustedClusterAttestationServiceInfoCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Add-TrustedClusterAttestationServiceInfo", className: "VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.AddTrustedClusterAttestationServiceInfo",
        module: "VMware.VimAutomation.Security",
        synopsis: "This cmdlet adds the specified Trust Authority attestation service information to the trusted cluster in the workload vCenter Server system.",
        supportsShouldProcess: true, confirmsByDefault: false, outputType: GetTrustedClusterCommand.clusterType,
        examples: [HelpExample("Add-TrustedClusterAttestationServiceInfo -TrustedCluster $TC -AttestationServiceInfo (Get-AttestationServiceInfo)",
                               "Applies every registered attestation service to the trusted cluster $TC.")])

    @Parameter(mandatory: true, pipeline: .byValue, description: "Specifies the trusted cluster.")
    var trustedCluster: TrustedClusterArgument
    @Parameter(mandatory: true, description: "Specifies the attestation service information.")
    var attestationServiceInfo: [AttestationServiceInfoArgument]
    @Parameter(description: "Specifies the vCenter Server systems on which you want to run the cmdlet. If no value is given or $null is passed to this parameter, the command runs on the default servers.", wildcards: true)
    var server: [VIServerArgument]

    public init() {}

    public func process(_ context: CommandContext) throws {
        try ServiceInfoOperations.change(.attestation, apply: true, cluster: trustedCluster, services: attestationServiceInfo, servers: server, context)
    }
}
