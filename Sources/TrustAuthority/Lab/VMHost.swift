/// An ESXi host of a lab's vCenter (`Get-VMHost`): its place in the inventory, its ESXi version and
/// build (what its base image database records), its TPM 2.0 and its virtual machines.
public struct VMHost: Sendable, Equatable {
    /// The MoID, e.g. `host-12`; PowerCLI shows `HostSystem-host-12`.
    public var id: String
    /// The host's name in vCenter, e.g. `esxi-01.vsphere.local`.
    public var name: String
    /// The address of the vCenter that manages the host.
    public var vCenter: String
    /// The MoID of the host's cluster.
    public var clusterId: String
    /// `7.0.3`.
    public var version: String
    /// `21930508`.
    public var build: String
    /// nil for a host without a TPM 2.0 chip (it cannot attest).
    public var tpm: HostTPM?
    public var virtualMachines: [VirtualMachine]
    public var cpuCount: Int
    public var memoryGB: Int

    public init(id: String, name: String, vCenter: String, clusterId: String, version: String, build: String,
                tpm: HostTPM? = nil, virtualMachines: [VirtualMachine] = [], cpuCount: Int = 32, memoryGB: Int = 256) {
        self.id = id
        self.name = name
        self.vCenter = vCenter
        self.clusterId = clusterId
        self.version = version
        self.build = build
        self.tpm = tpm
        self.virtualMachines = virtualMachines
        self.cpuCount = cpuCount
        self.memoryGB = memoryGB
    }

    /// What a base image records and attestation compares: `7.0.3-21930508`.
    public var imageVersion: String { VMHostBaseImage.imageVersion(version: version, build: build) }
}

extension VMHost: Codable {}
