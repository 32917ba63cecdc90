/// The .NET types a session knows by name beyond the built-in ones: enums (`[TrustAuthorityState]::Enabled`,
/// parameter conversion) and the names of object types that modules register (type literals by short name).
public struct TypeRegistry {
    private var enums: [String: EnumType] = [:]
    private var names: Set<String> = []

    public init() {}

    public mutating func register(_ type: EnumType) { enums[type.name] = type }

    /// Makes a full type name known (a module's object type), so that `[ShortName]` resolves to it.
    public mutating func registerName(_ name: String) { names.insert(name) }

    public func enumeration(_ name: String) -> EnumType? { enums[name] }

    public var knownTypeNames: [String] { Array(names) + Array(enums.keys) }
}
