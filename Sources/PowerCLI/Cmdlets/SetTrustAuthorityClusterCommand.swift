import Foundation
import ShellEngine
import TrustAuthority

/// `Set-TrustAuthorityCluster -TrustAuthorityCluster $vTA -State Enabled [-RunAsync]` (step 2 of the procedure).
/// With `-RunAsync` the output is a Task object (the reference page: "In this mode, the output of the cmdlet is a
/// Task object"); the lab changes at once, so the task has finished when it is returned.
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
    @Parameter(description: "Indicates that the command returns immediately without waiting for the task to complete. In this mode, the output of the cmdlet is a Task object.")
    var runAsync: SwitchParameter
    @Parameter(description: "Specifies the vCenter Server systems on which you want to run the cmdlet.")
    var server: [VIServerArgument]

    public init() {}

    public func process(_ context: CommandContext) throws {
        let administrator = try TrustAuthorityAdministrator.of(context, servers: server)
        // Every cluster is resolved before any changes: a name that is not there changes nothing.
        let clusters = try trustAuthorityCluster.map(administrator.cluster)
        let connection = administrator.connection
        for cluster in clusters {
            guard try context.shouldProcess(target: cluster.name, action: "Set Trust Authority state to \(state.rawValue)") else { continue }
            let started = Date()
            let changed = try administrator.perform { () throws(LabError) in
                try administrator.lab.setTrustAuthorityClusterState(cluster.id, enabled: state == .enabled, by: administrator.user)
            }
            let object = PowerCLIObjects.cluster(changed, connection: connection)
            guard runAsync.isPresent else {
                try context.write(.object(object))
                continue
            }
            try context.write(.object(TaskObjects.completed(
                name: "UpdateTrustAuthorityCluster", description: "Set Trust Authority state of '\(changed.name)' to \(state.rawValue)",
                service: "com.vmware.vcenter.trusted_infrastructure.trust_authority_clusters", objectId: changed.trustAuthorityClusterId,
                result: .object(object), connection: connection, started: started)))
        }
    }
}
