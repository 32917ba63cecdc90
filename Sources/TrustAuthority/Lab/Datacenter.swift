/// A datacenter of a lab's vCenter (`Get-Datacenter`).
public struct Datacenter: Sendable, Equatable, Hashable, Codable {
    /// The MoID, e.g. `datacenter-3`; PowerCLI shows `Datacenter-datacenter-3`.
    public var id: String
    public var name: String

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}
