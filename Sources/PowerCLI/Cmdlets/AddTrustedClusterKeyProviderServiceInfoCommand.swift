import ShellEngine
import TrustAuthority

/// `Add-TrustedClusterKeyProviderServiceInfo -TrustedCluster <TrustedCluster> -KeyProviderServiceInfo <KeyProviderServiceInfo[]> [-Server <VIServer[]>]`:
/// applies registered key provider services to the trusted cluster's applied configuration.
public final class AddTrustedClusterKeyProviderServiceInfoCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Add-TrustedClusterKeyProviderServiceInfo", className: "VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.AddTrustedClusterKeyProviderServiceInfo",
        module: "VMware.VimAutomation.Security",
        synopsis: "This cmdlet adds the specified Trust Authority key provider service information to the trusted cluster in the workload vCenter Server system.",
        supportsShouldProcess: true, confirmsByDefault: false, outputType: GetTrustedClusterCommand.clusterType,
        examples: [HelpExample("Add-TrustedClusterKeyProviderServiceInfo -TrustedCluster $TC -KeyProviderServiceInfo (Get-KeyProviderServiceInfo)",
                               "Applies every registered key provider service to the trusted cluster $TC.")])

    @Parameter(mandatory: true, pipeline: .byValue, description: "Specifies the trusted cluster.")
    var trustedCluster: TrustedClusterArgument
    @Parameter(mandatory: true, description: "Specifies the key provider service information.")
    var keyProviderServiceInfo: [KeyProviderServiceInfoArgument]
    @Parameter(description: "Specifies the vCenter Server systems on which you want to run the cmdlet. If no value is given or $null is passed to this parameter, the command runs on the default servers.", wildcards: true)
    var server: [VIServerArgument]

    public init() {}

    public func process(_ context: CommandContext) throws {
        try ServiceInfoOperations.change(.keyProvider, apply: true, cluster: trustedCluster, services: keyProviderServiceInfo, servers: server, context)
    }
}
