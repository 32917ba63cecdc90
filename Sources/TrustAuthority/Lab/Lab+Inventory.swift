/// The vSphere inventory of the lab's vCenters (`Get-Datacenter`, `Get-Cluster`, `Get-VMHost`, `Get-VM`).
/// Reading the inventory needs no Trust Authority privilege.
extension Lab {
    /// The datacenters of the vCenter at `address`, in the lab file's order.
    public func datacenters(on address: String) -> [Datacenter] {
        vCenter(at: address)?.datacenters ?? []
    }

    /// Every cluster of the vCenter at `address`: Trust Authority clusters first, then workload clusters.
    public func clusters(on address: String) -> [ClusterRecord] {
        vCenter(at: address)?.allClusters ?? []
    }

    /// The hosts of the vCenter at `address`, of one cluster (MoID) when `clusterId` is given.
    public func hosts(on address: String, clusterId: String? = nil) -> [VMHost] {
        let all = inventory.hosts(on: address)
        guard let clusterId else { return all }
        return all.filter { $0.clusterId.equalsIgnoringCase(clusterId) }
    }

    /// The host named `name` (any case) on any vCenter of the lab: what `Connect-VIServer` to a host finds.
    public func host(named name: String) -> VMHost? {
        inventory.host(named: name)
    }

    /// The host of the vCenter at `address` named `written`, or with that MoID (`host-12`, `HostSystem-host-12`).
    public func host(_ written: String, on address: String) -> VMHost? {
        // Indexed: attesting 2,000 hosts one by one looks each one up (issue 12's scale benchmark).
        if let named = inventory.host(named: written), named.vCenter.equalsIgnoringCase(address) { return named }
        let lowered = written.lowercased()
        let id = lowered.hasPrefix("hostsystem-") ? String(lowered.dropFirst("hostsystem-".count)) : lowered
        if let found = inventory.host(id: id, on: address) ?? inventory.host(id: lowered, on: address) { return found }
        // A name that another vCenter's host also has (the name index keeps the first).
        return inventory.hosts(on: address).first { $0.name.equalsIgnoringCase(written) }
    }

    /// The virtual machines of the vCenter at `address`, each with its host, in host order.
    public func virtualMachines(on address: String) -> [(virtualMachine: VirtualMachine, host: VMHost)] {
        inventory.hosts(on: address).flatMap { host in host.virtualMachines.map { ($0, host) } }
    }

    /// The simulated TPM manufacturers, whose CAs issued the hosts' endorsement key certificates.
    public var tpmManufacturers: [TPMManufacturer] { topologyManufacturers }

    /// The CA and token signing certificate of the vCenter at `address`.
    public func authority(of address: String) -> VCenterAuthority? {
        topologyAuthorities[address.lowercased()]
    }
}
