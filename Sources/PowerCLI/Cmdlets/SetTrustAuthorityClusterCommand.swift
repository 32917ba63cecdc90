import ShellEngine
import TrustAuthority

/// `Set-TrustAuthorityCluster -TrustAuthorityCluster $vTA -State Enabled` (step 2 of the procedure).
public final class SetTrustAuthorityClusterCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Set-TrustAuthorityCluster", className: "VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.SetTrustAuthorityCluster",
        module: "VMware.VimAutomation.Security",
        synopsis: "This cmdlet modifies the configuration of the specified Trust Authority clusters in the Trust Authority vCenter Server system.",
        description: "This cmdlet modifies the configuration of the specified Trust Authority clusters in the Trust Authority vCenter Server system. Enabling a cluster starts its attestation and key provider services; disabling it stops them.",
        supportsShouldProcess: true, confirmsByDefault: true, outputType: PowerCLIObjects.clusterType,
        examples: [HelpExample("Set-TrustAuthorityCluster -TrustAuthorityCluster $vTA -State Enabled -Confirm:$false", "Enables the Trust Authority state of the cluster $vTA.")])

    @Parameter(mandatory: true, pipeline: .byValue, description: "Specifies the Trust Authority clusters you want to modify.")
    var trustAuthorityCluster: [TrustAuthorityClusterArgument]
    @Parameter(mandatory: true, description: "Specifies the state of the Trust Authority clusters: Enabled or Disabled.")
    var state: TrustAuthorityState
    @Parameter(description: "Specifies the vCenter Server systems on which you want to run the cmdlet.")
    var server: [VIServerArgument]

    public init() {}

    public func process(_ context: CommandContext) throws {
        let administrator = try TrustAuthorityAdministrator.of(context, servers: server)
        // Every cluster is resolved before any changes: a name that is not there changes nothing.
        let clusters = try trustAuthorityCluster.map(administrator.cluster)
        let connection = administrator.user.vCenter
        for cluster in clusters {
            guard try context.shouldProcess(target: cluster.name, action: "Set Trust Authority state to \(state.rawValue)") else { continue }
            let changed = try administrator.perform { () throws(LabError) in
                try administrator.lab.setTrustAuthorityClusterState(cluster.id, enabled: state == .enabled, by: administrator.user)
            }
            try context.write(.object(PowerCLIObjects.cluster(changed, server: connection)))
        }
    }
}
