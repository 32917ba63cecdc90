/// A host of a lab file: where it is, its ESXi version and build, the maker of its TPM 2.0 and its
/// virtual machines. The TPM's endorsement key is made when the lab is made.
public struct VMHostDefinition: Sendable, Equatable {
    public var vCenter: String
    public var clusterId: String
    public var id: String
    public var name: String
    public var version: String
    public var build: String
    /// A `tpmManufacturers` name; nil for a host without a TPM 2.0.
    public var tpmManufacturer: String?
    public var virtualMachines: [VirtualMachine]

    public init(vCenter: String, clusterId: String, id: String, name: String, version: String, build: String,
                tpmManufacturer: String? = nil, virtualMachines: [VirtualMachine] = []) {
        self.vCenter = vCenter
        self.clusterId = clusterId
        self.id = id
        self.name = name
        self.version = version
        self.build = build
        self.tpmManufacturer = tpmManufacturer
        self.virtualMachines = virtualMachines
    }
}
