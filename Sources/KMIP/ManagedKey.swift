/// A symmetric key held by the simulated key server.
public struct ManagedKey: Sendable, Hashable, Codable {
    public var uniqueIdentifier: String
    public var state: KeyState
    /// The client identity (certificate CN) that created the key.
    public var owner: String
    public var cryptographicAlgorithm: CryptographicAlgorithm
    public var cryptographicLength: Int32
    public var usageMask: CryptographicUsageMask
    /// "default": only the owner may use the key; "shared": anyone may read it, only the owner may change it.
    public var operationPolicyName: String
    public var names: [String]
    public var material: [UInt8]
    /// Seconds since the Unix epoch.
    public var initialDate: Int64

    public init(
        uniqueIdentifier: String, state: KeyState, owner: String, cryptographicAlgorithm: CryptographicAlgorithm,
        cryptographicLength: Int32, usageMask: CryptographicUsageMask, operationPolicyName: String, names: [String],
        material: [UInt8], initialDate: Int64
    ) {
        self.uniqueIdentifier = uniqueIdentifier
        self.state = state
        self.owner = owner
        self.cryptographicAlgorithm = cryptographicAlgorithm
        self.cryptographicLength = cryptographicLength
        self.usageMask = usageMask
        self.operationPolicyName = operationPolicyName
        self.names = names
        self.material = material
        self.initialDate = initialDate
    }

    /// Attributes in the order PyKMIP reports them when all are asked for.
    var allAttributes: [Attribute] {
        var attributes = [Attribute.uniqueIdentifier(uniqueIdentifier)]
        for (index, name) in names.enumerated() {
            attributes.append(.name(name, index: Int32(clamping: index)))
        }
        attributes += [
            .objectType(.symmetricKey),
            .cryptographicAlgorithm(cryptographicAlgorithm),
            .cryptographicLength(cryptographicLength),
            .operationPolicyName(operationPolicyName),
            .cryptographicUsageMask(usageMask),
            .state(state),
            .initialDate(initialDate),
        ]
        return attributes
    }

    /// The attributes answering one requested name; unknown names give none, as in PyKMIP.
    func attributes(named name: String) -> [Attribute] {
        allAttributes.filter { $0.name == name }
    }
}
