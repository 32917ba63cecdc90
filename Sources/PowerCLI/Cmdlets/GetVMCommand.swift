import ShellEngine
import TrustAuthority

/// `Get-VM [[-Name] <String[]>] [-Location <VIContainer[]>] [-Server <VIServer[]>]` / `Get-VM -Id <String[]>`:
/// the virtual machines of the selected servers, of the containers piped in (`Get-VMHost 'esxi-01…' | Get-VM`).
public final class GetVMCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Get-VM", className: "VMware.VimAutomation.ViCore.Cmdlets.Commands.GetVM", module: "VMware.VimAutomation.Core",
        synopsis: "This cmdlet retrieves the virtual machines on a vCenter Server system.",
        description: "This cmdlet retrieves the virtual machines on a vCenter Server system. Returns a set of virtual machines that correspond to the filter criteria provided by the cmdlet parameters.",
        defaultParameterSet: "Default", outputType: InventoryObjects.virtualMachineType,
        examples: [HelpExample("Get-Cluster 'Workload Cluster' | Get-VM", "Retrieves the virtual machines that run on the hosts of the cluster 'Workload Cluster'.")])

    @Parameter(position: 0, set: "Default", description: "Specifies the names of the virtual machines you want to retrieve.", wildcards: true)
    var name: [String]
    @Parameter(pipeline: .byValue, set: "Default", description: "Specifies vSphere container objects (folders, datacenters, clusters, hosts) you want to search for virtual machines.", wildcards: true)
    var location: [VIContainerArgument]
    @Parameter(mandatory: true, set: "ById", description: "Specifies the IDs of the virtual machines you want to retrieve.")
    var id: [String]
    @Parameter(description: "Specifies the vCenter Server systems on which you want to run the cmdlet. If no value is given or $null is passed to this parameter, the command runs on the default servers.", wildcards: true)
    var server: [VIServerArgument]

    public init() {}

    typealias Found = (inventory: ConnectionInventory, machine: VirtualMachine, host: VMHost)
    static var filter: InventoryFilter<Found> { InventoryFilter(typeLabel: "VM", name: { $0.machine.name }, id: { "VirtualMachine-" + $0.machine.id }) }

    public func process(_ context: CommandContext) throws {
        let session = try PowerCLISession.of(context)
        let inventories = try session.connections(server, context).map { ConnectionInventory($0, lab: session.lab) }
        var hosts: [(ConnectionInventory, VMHost)] = []
        if $location.isBound {
            for (inventory, container) in try InventoryResolution.containers(location, in: inventories, context) {
                hosts += inventory.hosts(in: container).map { (inventory, $0) }
            }
        } else {
            hosts = inventories.flatMap { inventory in inventory.hosts.map { (inventory, $0) } }
        }
        let candidates: [Found] = hosts.flatMap { inventory, host in host.virtualMachines.map { (inventory, $0, host) } }
        for found in try Self.filter.select(candidates, names: name, ids: id, byId: $id.isBound, context) {
            try context.write(.object(InventoryObjects.virtualMachine(found.machine, host: found.host, found.inventory.connection)))
        }
    }
}
