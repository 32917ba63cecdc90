import ShellEngine
import TrustAuthority

/// `Get-TrustedClusterAppliedStatus [[-TrustedCluster] <TrustedCluster[]>] [-Server <VIServer[]>]`: each trusted
/// cluster's applied configuration against its desired state (Health Ok, Error with the differences, None
/// before any services information was imported).
public final class GetTrustedClusterAppliedStatusCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Get-TrustedClusterAppliedStatus", className: "VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.GetTrustedClusterAppliedStatus",
        module: "VMware.VimAutomation.Security",
        synopsis: "This cmdlet retrieves the applied status of the Trust Authority services configuration of the specified trusted clusters in the workload vCenter Server system.",
        outputType: WorkloadObjects.appliedStatusType,
        examples: [HelpExample("Get-TrustedCluster 'Workload Cluster' | Get-TrustedClusterAppliedStatus", "Compares the applied configuration of 'Workload Cluster' with its desired state.")])

    @Parameter(position: 0, pipeline: .byValue, description: "Specifies the trusted clusters whose applied status you want to retrieve. By default, every trusted cluster.", wildcards: true)
    var trustedCluster: [TrustedClusterArgument]
    @Parameter(description: "Specifies the vCenter Server systems on which you want to run the cmdlet. If no value is given or $null is passed to this parameter, the command runs on the default servers.", wildcards: true)
    var server: [VIServerArgument]

    public init() {}

    public func process(_ context: CommandContext) throws {
        let session = try PowerCLISession.of(context)
        let arguments = trustedCluster.isEmpty ? [TrustedClusterArgument.name("*")] : trustedCluster
        for (connection, cluster) in try WorkloadResolution.trustedClusters(arguments, servers: server, context) {
            let user = connection.sessionUser
            let id = cluster.cluster.id
            let status = try WorkloadFailure.run(context) { () throws(LabError) in try session.lab.appliedStatus(ofTrustedCluster: id, by: user) }
            try context.write(.object(WorkloadObjects.appliedStatus(status, connection)))
        }
    }
}
