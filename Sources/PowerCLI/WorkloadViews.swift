import Foundation
import ShellEngine
import ShellFormatting

/// The table views of the inventory and workload objects. PowerCLI's format files were not retrievable
/// (reference §7); the columns are those PowerCLI prints for these types, widths chosen to fit the lab's
/// values (docs/workload-cmdlets.md).
enum WorkloadViews {
    static func register(into shell: Shell) {
        if let formatting = shell.output as? ViewFormatting { register(into: &formatting.views) }
        for type in InventoryObjects.enumTypes { shell.types.register(type) }
        shell.types.register(EnumType(name: KeyProviderType.typeName, names: KeyProviderType.allCases.map(\.rawValue)))
        shell.types.register(EnumType(name: WorkloadObjects.principalTypeEnum, names: ["STSUser", "STSGroup"]))
        for name in [InventoryObjects.datacenterType, InventoryObjects.clusterType, InventoryObjects.vmHostType,
                     InventoryObjects.virtualMachineType, InventoryObjects.containerType, WorkloadObjects.principalType,
                     WorkloadObjects.endorsementKeyType, WorkloadObjects.attestationServiceInfoType, WorkloadObjects.keyProviderServiceInfoType,
                     WorkloadObjects.appliedStatusType, WorkloadObjects.attestationType, WorkloadObjects.keyProviderType] {
            shell.types.registerName(name)
        }
    }

    static func register(into formats: inout FormatRegistry) {
        formats.register(FormatView(typeName: InventoryObjects.vmHostType, shape: .table([
            TableColumn("Name", width: 24), TableColumn("ConnectionState", width: 15), TableColumn("PowerState", width: 10),
            TableColumn("NumCpu", width: 6, alignment: .right), TableColumn("CpuUsageMhz", width: 11, alignment: .right),
            TableColumn("CpuTotalMhz", width: 11, alignment: .right),
            TableColumn("MemoryUsageGB", width: 13, alignment: .right, value: decimals("MemoryUsageGB")),
            TableColumn("MemoryTotalGB", width: 13, alignment: .right, value: decimals("MemoryTotalGB")),
            TableColumn("Version", width: 7, alignment: .right),
        ])))
        formats.register(FormatView(typeName: InventoryObjects.clusterType, shape: .table([
            TableColumn("Name", width: 24), TableColumn("HAEnabled", width: 10), TableColumn("HAFailoverLevel", width: 15, alignment: .right),
            TableColumn("DrsEnabled", width: 10), TableColumn("DrsAutomationLevel"),
        ])))
        formats.register(FormatView(typeName: WorkloadObjects.attestationType, shape: .table([
            TableColumn("VMHost", width: 24), TableColumn("Cluster", width: 20), TableColumn("Status", width: 7), TableColumn("Reason"),
        ])))
        formats.register(FormatView(typeName: WorkloadObjects.appliedStatusType, shape: .table([
            TableColumn("TrustedClusterName", width: 20), TableColumn("Health", width: 7), TableColumn("HealthDetails"),
        ])))
        formats.register(FormatView(typeName: WorkloadObjects.keyProviderType, shape: .table([
            TableColumn("Name", width: 20), TableColumn("Type", width: 20), TableColumn("DefaultForSystem", width: 16), TableColumn("Registered"),
        ])))
        formats.register(FormatView(typeName: WorkloadObjects.principalType, shape: .table([
            // The issuer (58 characters) does not fit beside the name in 120 columns: `| Format-List` shows it.
            TableColumn("Name", width: 52), TableColumn("Domain", width: 14), TableColumn("Type"),
        ])))
        formats.register(FormatView(typeName: WorkloadObjects.endorsementKeyType, shape: .table([
            TableColumn("VMHostName", width: 24), TableColumn("VMHostId", width: 20),
            TableColumn("Certificate") { item in
                guard case .object(let certificate) = property(item, "Certificate") else { return .null }
                return certificate["Subject"]
            },
        ])))
        formats.register(FormatView(typeName: WorkloadObjects.attestationServiceInfoType, shape: .table(serviceInfoColumns)))
        formats.register(FormatView(typeName: WorkloadObjects.keyProviderServiceInfoType, shape: .table(serviceInfoColumns)))
        formats.register(FormatView(typeName: InventoryObjects.datacenterType, shape: .table([TableColumn("Name")])))
        formats.register(FormatView(typeName: InventoryObjects.virtualMachineType, shape: .table([
            TableColumn("Name", width: 24), TableColumn("PowerState", width: 10),
            TableColumn("Num CPUs", width: 8, alignment: .right) { item in property(item, "NumCpu") },
            TableColumn("MemoryGB", width: 13, alignment: .right, value: decimals("MemoryGB")),
        ])))
    }

    static var serviceInfoColumns: [TableColumn] {
        [TableColumn("Id", width: 16), TableColumn("ServiceAddress", width: 26), TableColumn("ServicePort", width: 11, alignment: .right),
         TableColumn("ServiceGroup")]
    }

    static func property(_ item: Value, _ name: String) -> Value {
        guard case .object(let object) = item else { return .null }
        return object[name]
    }

    /// A number shown with three decimals, as PowerCLI's views show gigabytes (`16.000`).
    static func decimals(_ name: String) -> (Value) -> Value {
        { item in
            switch property(item, name) {
            case .double(let number): return .string(String(format: "%.3f", number))
            case .int(let number): return .string(String(format: "%.3f", Double(number)))
            default: return .null
            }
        }
    }
}
