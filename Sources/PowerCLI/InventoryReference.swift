/// Which lab inventory item a PowerCLI inventory object stands for, and through which connection it was
/// read (an object carries its server, as PowerCLI's objects do in their `Uid`).
struct InventoryReference: Sendable, Equatable {
    enum Kind: String, Sendable {
        case datacenter = "Datacenter"
        case cluster = "Cluster"
        case vmHost = "VMHost"
        case virtualMachine = "VM"
    }

    let kind: Kind
    /// The MoID: `datacenter-2`, `domain-c10`, `host-12`, `vm-20`.
    let id: String
    let name: String
    /// The connection's server (a vCenter address, or a host's name when connected to it directly).
    let server: String
    /// The vCenter whose inventory holds the item.
    let vCenter: String
    let sessionId: String
}
