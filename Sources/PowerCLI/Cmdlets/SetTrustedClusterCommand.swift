import ShellEngine
import TrustAuthority

/// `Set-TrustedCluster -TrustedCluster <TrustedCluster[]> -State <TrustedState>` /
/// `Set-TrustedCluster -TrustedCluster <TrustedCluster[]> -Remediate`: enables or disables a trusted cluster, or
/// re-applies its desired state (the imported services information) as its applied configuration.
public final class SetTrustedClusterCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Set-TrustedCluster", className: "VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.SetTrustedCluster",
        module: "VMware.VimAutomation.Security",
        synopsis: "This cmdlet modifies the configuration of the specified trusted clusters in the workload vCenter Server system.",
        description: "This cmdlet modifies the configuration of the specified trusted clusters in the workload vCenter Server system: their state (Enabled or Disabled), or, with Remediate, their applied configuration, which becomes their desired state again.",
        defaultParameterSet: "State", supportsShouldProcess: true, outputType: GetTrustedClusterCommand.clusterType,
        examples: [HelpExample("Set-TrustedCluster -TrustedCluster $TC -State Enabled", "Enables the trusted cluster $TC."),
                   HelpExample("Get-TrustedCluster 'Workload Cluster' | Set-TrustedCluster -Remediate", "Applies the desired state of 'Workload Cluster' again.")])

    @Parameter(mandatory: true, pipeline: .byValue, description: "Specifies the trusted clusters you want to modify.", wildcards: true)
    var trustedCluster: [TrustedClusterArgument]
    @Parameter(mandatory: true, set: "State", description: "Specifies the state of the trusted clusters: Enabled or Disabled.")
    var state: TrustedState
    @Parameter(mandatory: true, set: "Remediate", description: "Indicates that the applied configuration of the trusted clusters becomes their desired state again.")
    var remediate: SwitchParameter
    @Parameter(description: "Specifies the vCenter Server systems on which you want to run the cmdlet. If no value is given or $null is passed to this parameter, the command runs on the default servers.", wildcards: true)
    var server: [VIServerArgument]

    public init() {}

    public func process(_ context: CommandContext) throws {
        let session = try PowerCLISession.of(context)
        for (connection, cluster) in try WorkloadResolution.trustedClusters(trustedCluster, servers: server, context) {
            let user = connection.sessionUser
            let id = cluster.cluster.id
            if remediate.isPresent {
                guard try context.shouldProcess(target: cluster.cluster.name, action: "Remediate trusted cluster") else { continue }
                _ = try WorkloadFailure.run(context) { () throws(LabError) in try session.lab.remediateTrustedCluster(id, by: user) }
            } else {
                guard try context.shouldProcess(target: cluster.cluster.name, action: "Set trusted cluster state to '\(state.rawValue)'") else { continue }
                let enabled = state == .enabled
                _ = try WorkloadFailure.run(context) { () throws(LabError) in try session.lab.setTrustedClusterState(id, enabled: enabled, by: user) }
            }
            let updated = try WorkloadFailure.run(context) { () throws(LabError) in try session.lab.trustedCluster(id, by: user) }
            try context.write(.object(GetTrustedClusterCommand.object(updated, connection)))
        }
    }
}
