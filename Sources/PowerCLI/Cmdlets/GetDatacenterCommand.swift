import ShellEngine
import TrustAuthority

/// `Get-Datacenter [[-Name] <String[]>] [-Cluster <Cluster[]>] [-VMHost <VMHost[]>] [-Server <VIServer[]>]` /
/// `Get-Datacenter -Id <String[]>`: the datacenters of the selected servers.
public final class GetDatacenterCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Get-Datacenter", className: "VMware.VimAutomation.ViCore.Cmdlets.Commands.GetDatacenter", module: "VMware.VimAutomation.Core",
        synopsis: "This cmdlet retrieves the datacenters available on a vCenter Server system.",
        description: "This cmdlet retrieves the datacenters available on a vCenter Server system. Returns a set of datacenters that correspond to the filter criteria provided by the cmdlet parameters.",
        defaultParameterSet: "Default", outputType: InventoryObjects.datacenterType,
        examples: [HelpExample("Get-Datacenter -Server 192.168.210.23", "Retrieves the datacenters of the workload vCenter Server.")])

    @Parameter(position: 0, set: "Default", description: "Specifies the names of the datacenters you want to retrieve.", wildcards: true)
    var name: [String]
    @Parameter(pipeline: .byValue, set: "Default", description: "Specifies the clusters whose datacenters you want to retrieve.", wildcards: true)
    var cluster: [ClusterArgument]
    @Parameter("VMHost", set: "Default", description: "Specifies the hosts whose datacenters you want to retrieve.", wildcards: true)
    var vmHost: [VMHostArgument]
    @Parameter(mandatory: true, set: "ById", description: "Specifies the IDs of the datacenters you want to retrieve.")
    var id: [String]
    @Parameter(description: "Specifies the vCenter Server systems on which you want to run the cmdlet. If no value is given or $null is passed to this parameter, the command runs on the default servers.", wildcards: true)
    var server: [VIServerArgument]

    public init() {}

    static var filter: InventoryFilter<(ConnectionInventory, Datacenter)> { InventoryFilter(typeLabel: "Datacenter", name: { $0.1.name }, id: { "Datacenter-" + $0.1.id }) }

    public func process(_ context: CommandContext) throws {
        let session = try PowerCLISession.of(context)
        let inventories = try session.connections(server, context).map { ConnectionInventory($0, lab: session.lab) }
        var candidates = inventories.flatMap { inventory in inventory.datacenters.map { (inventory, $0) } }
        if $cluster.isBound {
            let clusters = try InventoryResolution.containers(cluster, in: inventories, context).filter { $0.1.kind == .cluster }
            candidates = candidates.filter { inventory, datacenter in
                let ids = Set(inventory.clusters(in: datacenter).map { $0.id.lowercased() })
                return clusters.contains { $0.0.connection.sessionId == inventory.connection.sessionId && ids.contains($0.1.id.lowercased()) }
            }
        }
        if $vmHost.isBound {
            let hosts = try InventoryResolution.vmHosts(vmHost, in: inventories, context)
            candidates = candidates.filter { inventory, datacenter in
                let ids = Set(inventory.clusters(in: datacenter).map { $0.id.lowercased() })
                return hosts.contains { $0.0.connection.sessionId == inventory.connection.sessionId && ids.contains($0.1.clusterId.lowercased()) }
            }
        }
        for (inventory, datacenter) in try Self.filter.select(candidates, names: name, ids: id, byId: $id.isBound, context) {
            try context.write(.object(InventoryObjects.datacenter(datacenter, inventory.connection)))
        }
    }
}
