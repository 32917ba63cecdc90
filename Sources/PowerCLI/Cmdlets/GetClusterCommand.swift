import ShellEngine
import TrustAuthority

/// `Get-Cluster [[-Name] <String[]>] [-Location <VIContainer[]>] [-VMHost <VMHost[]>] [-Server <VIServer[]>]` /
/// `Get-Cluster -Id <String[]>`: the clusters (Trust Authority and workload) of the selected servers.
public final class GetClusterCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Get-Cluster", className: "VMware.VimAutomation.ViCore.Cmdlets.Commands.GetCluster", module: "VMware.VimAutomation.Core",
        synopsis: "This cmdlet retrieves the clusters available on a vCenter Server system.",
        description: "This cmdlet retrieves the clusters available on a vCenter Server system. Returns a set of clusters that correspond to the filter criteria provided by the cmdlet parameters.",
        defaultParameterSet: "Default", outputType: InventoryObjects.clusterType,
        examples: [HelpExample("Get-Cluster 'Workload Cluster' | Get-VMHost", "Retrieves the cluster named 'Workload Cluster' and passes it to Get-VMHost, which lists its hosts.")])

    @Parameter(position: 0, set: "Default", description: "Specifies the names of the clusters you want to retrieve.", wildcards: true)
    var name: [String]
    @Parameter(pipeline: .byValue, set: "Default", description: "Specifies vSphere container objects (folders, datacenters) you want to search for clusters.", wildcards: true)
    var location: [VIContainerArgument]
    @Parameter("VMHost", set: "Default", description: "Specifies the hosts whose clusters you want to retrieve.", wildcards: true)
    var vmHost: [VMHostArgument]
    @Parameter(mandatory: true, set: "ById", description: "Specifies the IDs of the clusters you want to retrieve.")
    var id: [String]
    @Parameter(description: "Specifies the vCenter Server systems on which you want to run the cmdlet. If no value is given or $null is passed to this parameter, the command runs on the default servers.", wildcards: true)
    var server: [VIServerArgument]

    public init() {}

    static var filter: InventoryFilter<(ConnectionInventory, ClusterRecord)> { InventoryFilter(typeLabel: "Cluster", name: { $0.1.name }, id: { "ClusterComputeResource-" + $0.1.id }) }

    public func process(_ context: CommandContext) throws {
        let session = try PowerCLISession.of(context)
        let inventories = try session.connections(server, context).map { ConnectionInventory($0, lab: session.lab) }
        var candidates: [(ConnectionInventory, ClusterRecord)] = []
        if $location.isBound {
            for (inventory, container) in try InventoryResolution.containers(location, in: inventories, context) {
                candidates += inventory.clusters(in: container).map { (inventory, $0) }
            }
        } else {
            candidates = inventories.flatMap { inventory in inventory.clusters.map { (inventory, $0) } }
        }
        if $vmHost.isBound {
            let hosts = try InventoryResolution.vmHosts(vmHost, in: inventories, context)
            candidates = candidates.filter { inventory, cluster in
                hosts.contains { $0.0.connection.sessionId == inventory.connection.sessionId && $0.1.clusterId.equalsIgnoringCase(cluster.id) }
            }
        }
        for (inventory, cluster) in try Self.filter.select(candidates, names: name, ids: id, byId: $id.isBound, context) {
            try context.write(.object(InventoryObjects.cluster(cluster, inventory.connection)))
        }
    }
}
