/// A virtual machine on a lab host (`Get-VM`); only what the procedure's pipelines touch.
public struct VirtualMachine: Sendable, Equatable, Hashable, Codable {
    /// The MoID, e.g. `vm-31`; PowerCLI shows `VirtualMachine-vm-31`.
    public var id: String
    public var name: String
    public var poweredOn: Bool
    public var cpuCount: Int
    public var memoryGB: Int

    public init(id: String, name: String, poweredOn: Bool = true, cpuCount: Int = 2, memoryGB: Int = 4) {
        self.id = id
        self.name = name
        self.poweredOn = poweredOn
        self.cpuCount = cpuCount
        self.memoryGB = memoryGB
    }
}
