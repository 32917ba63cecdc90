import ShellEngine
import TrustAuthority

/// `Get-VMHost [[-Name] <String[]>] [-Location <VIContainer[]>] [-Server <VIServer[]>]` / `Get-VMHost -Id <String[]>`:
/// the hosts of the selected servers, of the containers piped in (`Get-Cluster 'X' | Get-VMHost`).
public final class GetVMHostCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Get-VMHost", className: "VMware.VimAutomation.ViCore.Cmdlets.Commands.GetVMHost", module: "VMware.VimAutomation.Core",
        synopsis: "This cmdlet retrieves the hosts on a vCenter Server system.",
        description: "This cmdlet retrieves the hosts on a vCenter Server system. Returns a set of hosts that correspond to the filter criteria provided by the cmdlet parameters. To specify a server different from the default one, use the Server parameter.",
        defaultParameterSet: "Default", outputType: InventoryObjects.vmHostType,
        examples: [HelpExample("Get-Cluster 'Workload Cluster' | Get-VMHost", "Retrieves the hosts of the cluster 'Workload Cluster'."),
                   HelpExample("$vmhost = Get-VMHost 'esxi-01.vsphere.local' -Server 192.168.210.23", "Retrieves a host of the workload vCenter Server.")])

    @Parameter(position: 0, set: "Default", description: "Specifies the names of the hosts you want to retrieve.", wildcards: true)
    var name: [String]
    @Parameter(pipeline: .byValue, set: "Default", description: "Specifies vSphere container objects (folders, datacenters, clusters) you want to search for hosts.", wildcards: true)
    var location: [VIContainerArgument]
    @Parameter(mandatory: true, set: "ById", description: "Specifies the IDs of the hosts you want to retrieve.")
    var id: [String]
    @Parameter(description: "Specifies the vCenter Server systems on which you want to run the cmdlet. If no value is given or $null is passed to this parameter, the command runs on the default servers.", wildcards: true)
    var server: [VIServerArgument]

    public init() {}

    static var filter: InventoryFilter<(ConnectionInventory, VMHost)> { InventoryFilter(typeLabel: "VMHost", name: { $0.1.name }, id: { "HostSystem-" + $0.1.id }) }

    public func process(_ context: CommandContext) throws {
        let session = try PowerCLISession.of(context)
        let inventories = try session.connections(server, context).map { ConnectionInventory($0, lab: session.lab) }
        var candidates: [(ConnectionInventory, VMHost)] = []
        if $location.isBound {
            for (inventory, container) in try InventoryResolution.containers(location, in: inventories, context) {
                candidates += inventory.hosts(in: container).map { (inventory, $0) }
            }
        } else {
            candidates = inventories.flatMap { inventory in inventory.hosts.map { (inventory, $0) } }
        }
        for (inventory, host) in try Self.filter.select(candidates, names: name, ids: id, byId: $id.isBound, context) {
            try context.write(.object(InventoryObjects.vmHost(host, cluster: inventory.cluster(of: host), inventory.connection)))
        }
    }
}
