import ShellEngine
import TrustAuthority

/// `Remove-TrustedClusterKeyProviderServiceInfo -TrustedCluster <TrustedCluster> -KeyProviderServiceInfo <KeyProviderServiceInfo[]> [-Server <VIServer[]>]`:
/// removes key provider services from the trusted cluster's applied configuration.
public final class RemoveTrustedClusterKeyProviderServiceInfoCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Remove-TrustedClusterKeyProviderServiceInfo", className: "VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.RemoveTrustedClusterKeyProviderServiceInfo",
        module: "VMware.VimAutomation.Security",
        synopsis: "This cmdlet removes the specified Trust Authority key provider service information from the trusted cluster in the workload vCenter Server system.",
        supportsShouldProcess: true, confirmsByDefault: true, outputType: GetTrustedClusterCommand.clusterType,
        examples: [HelpExample("Remove-TrustedClusterKeyProviderServiceInfo -TrustedCluster $TC -KeyProviderServiceInfo (Get-KeyProviderServiceInfo) -Confirm:$false",
                               "Removes every registered key provider service from the trusted cluster $TC.")])

    @Parameter(mandatory: true, pipeline: .byValue, description: "Specifies the trusted cluster.")
    var trustedCluster: TrustedClusterArgument
    @Parameter(mandatory: true, description: "Specifies the key provider service information.")
    var keyProviderServiceInfo: [KeyProviderServiceInfoArgument]
    @Parameter(description: "Specifies the vCenter Server systems on which you want to run the cmdlet. If no value is given or $null is passed to this parameter, the command runs on the default servers.", wildcards: true)
    var server: [VIServerArgument]

    public init() {}

    public func process(_ context: CommandContext) throws {
        try ServiceInfoOperations.change(.keyProvider, apply: false, cluster: trustedCluster, services: keyProviderServiceInfo, servers: server, context)
    }
}
