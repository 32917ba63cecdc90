/// The .NET types a session knows by name beyond the built-in ones: enums (`[TrustAuthorityState]::Enabled`,
/// parameter conversion) and the names of object types that modules register (type literals by short name).
public struct TypeRegistry {
    private var enums: [String: EnumType] = [:]
    private var names: Set<String> = []

    /// Starts with the .NET enums scripts name ([ConsoleColor], [DayOfWeek], [StringComparison]...).
    public init() {
        for type in Self.builtInEnums { enums[type.name] = type }
    }

    /// Their names and values as .NET Framework declares them (https://learn.microsoft.com/dotnet/api/<type>).
    static let builtInEnums: [EnumType] = [
        EnumType(name: "System.ConsoleColor", names: ["Black", "DarkBlue", "DarkGreen", "DarkCyan", "DarkRed", "DarkMagenta", "DarkYellow", "Gray",
                                                      "DarkGray", "Blue", "Green", "Cyan", "Red", "Magenta", "Yellow", "White"]),
        EnumType(name: "System.DayOfWeek", names: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]),
        EnumType(name: "System.MidpointRounding", names: ["ToEven", "AwayFromZero"]),
        EnumType(name: "System.StringComparison", names: ["CurrentCulture", "CurrentCultureIgnoreCase", "InvariantCulture",
                                                          "InvariantCultureIgnoreCase", "Ordinal", "OrdinalIgnoreCase"]),
        EnumType(name: "System.StringSplitOptions", names: ["None", "RemoveEmptyEntries"]),
        EnumType(name: "System.DateTimeKind", names: ["Unspecified", "Utc", "Local"]),
        EnumType(name: "System.Management.Automation.ActionPreference", names: ["SilentlyContinue", "Stop", "Continue", "Inquire", "Ignore", "Suspend"]),
        EnumType(name: "System.Text.RegularExpressions.RegexOptions",
                 names: ["None", "IgnoreCase", "Multiline", "ExplicitCapture", "Compiled", "Singleline", "IgnorePatternWhitespace", "RightToLeft", "ECMAScript", "CultureInvariant"],
                 values: [0, 1, 2, 4, 8, 16, 32, 64, 256, 512]),
        // https://learn.microsoft.com/dotnet/api/system.management.automation.psmembertypes (Add-Member takes `16` for ScriptProperty).
        EnumType(name: "System.Management.Automation.PSMemberTypes",
                 names: ["AliasProperty", "CodeProperty", "Property", "NoteProperty", "ScriptProperty", "Properties", "PropertySet", "Method",
                         "CodeMethod", "ScriptMethod", "Methods", "ParameterizedProperty", "MemberSet", "Event", "Dynamic", "All"],
                 values: [1, 2, 4, 8, 16, 31, 32, 64, 128, 256, 448, 512, 1024, 2048, 4096, 8191]),
    ]

    public mutating func register(_ type: EnumType) { enums[type.name] = type }

    /// Makes a full type name known (a module's object type), so that `[ShortName]` resolves to it.
    public mutating func registerName(_ name: String) { names.insert(name) }

    public func enumeration(_ name: String) -> EnumType? { enums[name] }

    public var knownTypeNames: [String] { Array(names) + Array(enums.keys) }
}
