import ShellEngine
import TrustAuthority

/// PowerCLI's vSphere inventory objects (`Get-Datacenter`, `Get-Cluster`, `Get-VMHost`, `Get-VM`), with
/// their type names (implementation class first, then the interfaces parameters are typed with) and Uids
/// carrying the connection (`/VIServer=vsphere.local\trustedadmin@192.168.210.23:443/VMHost=HostSystem-host-12/`).
enum InventoryObjects {
    static let typesNamespace = "VMware.VimAutomation.ViCore.Types.V1."
    static let implNamespace = "VMware.VimAutomation.ViCore.Impl.V1.Inventory."
    static let containerType = typesNamespace + "Inventory.VIContainer"
    static let datacenterType = typesNamespace + "Inventory.Datacenter"
    static let clusterType = typesNamespace + "Inventory.Cluster"
    static let vmHostType = typesNamespace + "Inventory.VMHost"
    static let virtualMachineType = typesNamespace + "Inventory.VirtualMachine"
    static let vmHostStateType = typesNamespace + "Host.VMHostState"
    static let vmHostPowerStateType = typesNamespace + "Host.VMHostPowerState"
    static let powerStateType = typesNamespace + "Inventory.PowerState"
    static let drsLevelType = typesNamespace + "Cluster.DrsAutomationLevel"

    static let datacenterTypeNames = [implNamespace + "DatacenterImpl", datacenterType, containerType, "System.Object"]
    static let clusterTypeNames = [implNamespace + "ClusterImpl", clusterType, containerType, "System.Object"]
    static let vmHostTypeNames = [implNamespace + "VMHostImpl", vmHostType, containerType, "System.Object"]
    static let virtualMachineTypeNames = [implNamespace + "VirtualMachineImpl", virtualMachineType, "System.Object"]

    static let datacenterLayout = PropertyLayout(["Name", "ParentFolderId", "Id", "Uid"])
    static let clusterLayout = PropertyLayout(["Name", "HAEnabled", "HAFailoverLevel", "DrsEnabled", "DrsAutomationLevel", "ParentId", "Id", "Uid"])
    static let vmHostLayout = PropertyLayout([
        "Name", "ConnectionState", "PowerState", "NumCpu", "CpuUsageMhz", "CpuTotalMhz", "MemoryUsageGB", "MemoryTotalGB",
        "Version", "Build", "Manufacturer", "Model", "ParentId", "Parent", "Id", "Uid",
    ])
    static let virtualMachineLayout = PropertyLayout(["Name", "PowerState", "NumCpu", "MemoryMB", "MemoryGB", "VMHostId", "VMHost", "Id", "Uid"])

    /// Enum types of these objects, member names in the .NET enums' order.
    static let enumTypes = [
        EnumType(name: vmHostStateType, names: ["Connected", "Disconnected", "NotResponding", "Maintenance"]),
        EnumType(name: vmHostPowerStateType, names: ["PoweredOff", "PoweredOn", "Standby", "Unknown"]),
        EnumType(name: powerStateType, names: ["PoweredOff", "PoweredOn", "Suspended"]),
        EnumType(name: drsLevelType, names: ["Manual", "PartiallyAutomated", "FullyAutomated"]),
    ]

    /// Per-CPU clock of the lab's hosts: what `CpuTotalMhz` is made of (nothing public fixes it).
    static let megahertzPerCPU = 2_100

    static func datacenter(_ datacenter: Datacenter, _ connection: PowerCLISession.Connection) -> PSObject {
        let id = "Datacenter-" + datacenter.id
        let object = PSObject(typeNames: datacenterTypeNames, layout: datacenterLayout, values: [
            .string(datacenter.name), .string("Folder-group-d1"), .string(id), .string(connection.uid + "Datacenter=\(id)/"),
        ])
        object.stringText = datacenter.name
        object.baseObject = reference(.datacenter, datacenter.id, datacenter.name, connection)
        return object
    }

    static func cluster(_ cluster: ClusterRecord, _ connection: PowerCLISession.Connection) -> PSObject {
        let id = "ClusterComputeResource-" + cluster.id
        let object = PSObject(typeNames: clusterTypeNames, layout: clusterLayout, values: [
            .string(cluster.name), .bool(false), .int(1), .bool(false), enumValue(drsLevelType, "FullyAutomated"),
            cluster.datacenterId.map { .string("Folder-group-h-" + $0) } ?? .null,
            .string(id), .string(connection.uid + "Cluster=\(id)/"),
        ])
        object.stringText = cluster.name
        object.baseObject = reference(.cluster, cluster.id, cluster.name, connection)
        return object
    }

    static func vmHost(_ host: VMHost, cluster: ClusterRecord?, _ connection: PowerCLISession.Connection) -> PSObject {
        let id = "HostSystem-" + host.id
        let running = host.virtualMachines.filter(\.poweredOn)
        let object = PSObject(typeNames: vmHostTypeNames, layout: vmHostLayout, values: [
            .string(host.name), enumValue(vmHostStateType, "Connected"), enumValue(vmHostPowerStateType, "PoweredOn"),
            .int(host.cpuCount), .int(running.reduce(0) { $0 + $1.cpuCount } * 100), .int(host.cpuCount * megahertzPerCPU),
            .double(Double(running.reduce(0) { $0 + $1.memoryGB })), .double(Double(host.memoryGB)),
            .string(host.version), .string(host.build), .string("VMware, Inc."), .string("VMware7,1"),
            .string("ClusterComputeResource-" + host.clusterId),
            cluster.map { .object(self.cluster($0, connection)) } ?? .null,
            .string(id), .string(connection.uid + "VMHost=\(id)/"),
        ])
        object.stringText = host.name
        object.baseObject = reference(.vmHost, host.id, host.name, connection)
        return object
    }

    static func virtualMachine(_ machine: VirtualMachine, host: VMHost, _ connection: PowerCLISession.Connection) -> PSObject {
        let id = "VirtualMachine-" + machine.id
        let object = PSObject(typeNames: virtualMachineTypeNames, layout: virtualMachineLayout, values: [
            .string(machine.name), enumValue(powerStateType, machine.poweredOn ? "PoweredOn" : "PoweredOff"),
            .int(machine.cpuCount), .double(Double(machine.memoryGB * 1024)), .double(Double(machine.memoryGB)),
            .string("HostSystem-" + host.id), .string(host.name), .string(id), .string(connection.uid + "VirtualMachine=\(id)/"),
        ])
        object.stringText = machine.name
        object.baseObject = reference(.virtualMachine, machine.id, machine.name, connection)
        return object
    }

    private static func reference(_ kind: InventoryReference.Kind, _ id: String, _ name: String, _ connection: PowerCLISession.Connection) -> InventoryReference {
        InventoryReference(kind: kind, id: id, name: name, server: connection.server, vCenter: connection.vCenter, sessionId: connection.sessionId)
    }

    static func enumValue(_ typeName: String, _ name: String) -> Value {
        let names = enumTypes.first { $0.name == typeName }?.names ?? []
        return .enumValue(EnumValue(typeName: typeName, name: name, rawValue: names.firstIndex(of: name) ?? 0))
    }
}
