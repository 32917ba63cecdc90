import ShellEngine
import TrustAuthority

/// `Get-VMHostAttestation [[-VMHost] <VMHost[]>] [-TrustedCluster <TrustedCluster[]>] [-Server <VIServer[]>]`: the
/// attestation of trusted hosts, computed from the lab's state on each call (Passed, or Failed with the failed
/// checks' reasons). vtash's own cmdlet: PowerCLI shows attestation only through the vSphere API, and the procedure's
/// step 9 checks it in the vSphere Client (reference §4, "Passed" / "Failed").
public final class GetVMHostAttestationCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Get-VMHostAttestation", className: "Vtash.Lab.GetVMHostAttestation", module: "Vtash.Lab",
        synopsis: "This cmdlet retrieves the attestation status (Passed or Failed, with the reasons) of the trusted hosts of the workload vCenter Server system.",
        description: "This cmdlet retrieves the attestation status of trusted hosts, as the vSphere Client shows it: Passed when the Trust Authority cluster is enabled, trusts the vCenter Server's principal, the host's TPM 2.0 endorsement key and its ESXi base image, and the trusted cluster is enabled with its desired configuration applied; Failed otherwise, with the reason of each failed check.",
        defaultParameterSet: "VMHost", outputType: WorkloadObjects.attestationType,
        examples: [HelpExample("Get-TrustedCluster 'Workload Cluster' | Get-VMHostAttestation", "Shows whether each host of 'Workload Cluster' passes attestation, and why not.")])

    @Parameter("VMHost", position: 0, set: "VMHost", description: "Specifies the hosts whose attestation you want to retrieve. By default, every host of every trusted cluster.", wildcards: true)
    var vmHost: [VMHostArgument]
    @Parameter(pipeline: .byValue, set: "TrustedCluster", description: "Specifies the trusted clusters whose hosts' attestation you want to retrieve.", wildcards: true)
    var trustedCluster: [TrustedClusterArgument]
    @Parameter(description: "Specifies the vCenter Server systems on which you want to run the cmdlet. If no value is given or $null is passed to this parameter, the command runs on the default servers.", wildcards: true)
    var server: [VIServerArgument]

    public init() {}

    public func process(_ context: CommandContext) throws {
        let session = try PowerCLISession.of(context)
        if $trustedCluster.isBound {
            for (connection, cluster) in try WorkloadResolution.trustedClusters(trustedCluster, servers: server, context) {
                let user = connection.sessionUser
                let id = cluster.cluster.id
                for attestation in try WorkloadFailure.run(context, { () throws(LabError) in try session.lab.attestations(ofTrustedCluster: id, by: user) }) {
                    try context.write(.object(WorkloadObjects.attestation(attestation, clusterName: cluster.cluster.name, connection)))
                }
            }
            return
        }
        let inventories = try session.connections(server, context).map { ConnectionInventory($0, lab: session.lab) }
        let hosts: [(ConnectionInventory, VMHost)]
        if $vmHost.isBound {
            hosts = try InventoryResolution.vmHosts(vmHost, in: inventories, context)
        } else {
            // Every host of a workload (trusted) cluster.
            hosts = inventories.flatMap { inventory in
                let workload = Set((session.lab.vCenter(at: inventory.connection.vCenter)?.clusters ?? []).map { $0.id.lowercased() })
                return inventory.hosts.filter { workload.contains($0.clusterId.lowercased()) }.map { (inventory, $0) }
            }
        }
        // The hosts of one connection in one call, so that their shared checks are made once (2,000 hosts, issue 12).
        var start = hosts.startIndex
        while start < hosts.endIndex {
            let inventory = hosts[start].0
            let connection = inventory.connection
            var end = start
            while end < hosts.endIndex, hosts[end].0.connection.sessionId == connection.sessionId { end += 1 }
            let group = hosts[start..<end].map(\.1)
            start = end
            try session.requireTrustedAdmin(connection, context)
            let user = connection.sessionUser
            let ids = group.map(\.id)
            let attestations = try WorkloadFailure.run(context) { () throws(LabError) in try session.lab.attestations(ofHosts: ids, by: user) }
            for (host, attestation) in zip(group, attestations) {
                try context.write(.object(WorkloadObjects.attestation(attestation, clusterName: inventory.cluster(of: host)?.name ?? host.clusterId, connection)))
            }
        }
    }
}
