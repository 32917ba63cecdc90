/// A value of a .NET enum, e.g. `TrustAuthoritySettingsConfigHealth.Ok`.
///
/// Enums print their name, compare equal to their name as a string (case-insensitively),
/// and align right in tables, as PowerShell does.
public struct EnumValue: Equatable, Sendable {
    public var typeName: String
    public var name: String
    public var rawValue: Int

    public init(typeName: String, name: String, rawValue: Int) {
        self.typeName = typeName
        self.name = name
        self.rawValue = rawValue
    }
}
