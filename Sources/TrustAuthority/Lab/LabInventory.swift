/// The lab's hosts with their virtual machines, read as one and kept until the inventory is made anew:
/// a lab of 2,000 hosts is decoded once, not at every command.
struct LabInventory {
    private(set) var hosts: [VMHost] = []
    private var positionsByVCenter: [String: [Int]] = [:]
    private var positionByName: [String: Int] = [:]
    /// `vcenter|moid`, lower case: a host looked up by MoID (a command's `HostSystem-host-12`) without a scan.
    private var positionByVCenterAndId: [String: Int] = [:]

    init(hosts: [VMHost] = []) {
        self.hosts = hosts
        for (position, host) in hosts.enumerated() {
            positionsByVCenter[host.vCenter.lowercased(), default: []].append(position)
            if positionByName[host.name.lowercased()] == nil { positionByName[host.name.lowercased()] = position }
            positionByVCenterAndId[host.vCenter.lowercased() + "|" + host.id.lowercased()] = position
        }
    }

    /// The hosts of the vCenter at `address`, in the lab file's order.
    func hosts(on address: String) -> [VMHost] {
        (positionsByVCenter[address.lowercased()] ?? []).map { hosts[$0] }
    }

    /// The host named `name` (any case), on any vCenter (host names are unique in a lab).
    func host(named name: String) -> VMHost? {
        positionByName[name.lowercased()].map { hosts[$0] }
    }

    /// The host with MoID `id` on the vCenter at `address`.
    func host(id: String, on address: String) -> VMHost? {
        positionByVCenterAndId[address.lowercased() + "|" + id.lowercased()].map { hosts[$0] }
    }
}
