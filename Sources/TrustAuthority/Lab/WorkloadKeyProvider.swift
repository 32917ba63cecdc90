/// A key provider as a workload vCenter lists it (`Get-KeyProvider`): a trusted key provider of a
/// Trust Authority cluster whose key provider service the vCenter registered, a standard key provider
/// (a KMS cluster the vCenter talks to itself) or a native key provider.
public struct WorkloadKeyProvider: Sendable, Equatable, Hashable {
    public enum Kind: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
        case trusted = "TrustedKeyProvider"
        case standard = "KeyProvider"
        case native = "NativeKeyProvider"
    }

    public var name: String
    public var kind: Kind
    /// Registered with `Register-KeyProvider` (a standard key provider never is).
    public var registered: Bool
    /// The vCenter's default key provider (`Set-KeyProvider -DefaultForSystem`).
    public var defaultForSystem: Bool
    /// For a trusted key provider: the Trust Authority cluster that holds it (MoID) and its vCenter.
    public var trustAuthorityClusterId: String?
    public var trustAuthorityVCenter: String?

    public init(name: String, kind: Kind, registered: Bool = false, defaultForSystem: Bool = false,
                trustAuthorityClusterId: String? = nil, trustAuthorityVCenter: String? = nil) {
        self.name = name
        self.kind = kind
        self.registered = registered
        self.defaultForSystem = defaultForSystem
        self.trustAuthorityClusterId = trustAuthorityClusterId
        self.trustAuthorityVCenter = trustAuthorityVCenter
    }
}

extension WorkloadKeyProvider: Codable {}
