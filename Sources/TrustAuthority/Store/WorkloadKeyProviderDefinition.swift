/// A key provider entry of a vCenter in a lab file: a standard or native key provider the vCenter has,
/// or the registration of a trusted key provider (which exists on its Trust Authority cluster).
public struct WorkloadKeyProviderDefinition: Sendable, Equatable {
    public var vCenter: String
    public var name: String
    public var kind: WorkloadKeyProvider.Kind
    public var registered: Bool
    public var defaultForSystem: Bool

    public init(vCenter: String, name: String, kind: WorkloadKeyProvider.Kind, registered: Bool = false, defaultForSystem: Bool = false) {
        self.vCenter = vCenter
        self.name = name
        self.kind = kind
        self.registered = registered
        self.defaultForSystem = defaultForSystem
    }
}
