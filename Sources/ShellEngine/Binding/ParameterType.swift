/// What a cmdlet parameter accepts; the binder converts arguments to it.
public indirect enum ParameterType: Sendable, Equatable {
    case string
    case int
    case long
    case double
    case bool
    /// Present means `$true`; only `-Switch:$false` passes a value.
    case switchParameter
    case secureString
    case scriptBlock
    case hashtable
    case dateTime
    /// Any value, unconverted (`-InputObject`, `-Value`).
    case any
    /// A .NET enum: the value must be one of `names` (case-insensitive).
    case enumeration(typeName: String, names: [String])
    /// A shell object whose type names include `typeName` (a PowerCLI type); a string is passed through
    /// when `acceptsName` is true, for cmdlets that look objects up by name (PowerCLI's "Obn").
    case object(typeName: String, acceptsName: Bool)
    case array(ParameterType)
    /// A script parameter's type constraint as written (`[int]`, `[string[]]`, `[PSCredential]`): arguments
    /// are converted the way the language converts (`[int]'5'`), and a failure is a transformation error.
    case script(typeName: String)

    /// The .NET name shown in errors and `Get-Help` syntax, e.g. `System.String[]`.
    public var dotNetName: String {
        switch self {
        case .string: return "System.String"
        case .int: return "System.Int32"
        case .long: return "System.Int64"
        case .double: return "System.Double"
        case .bool: return "System.Boolean"
        case .switchParameter: return "System.Management.Automation.SwitchParameter"
        case .secureString: return "System.Security.SecureString"
        case .scriptBlock: return "System.Management.Automation.ScriptBlock"
        case .hashtable: return "System.Collections.Hashtable"
        case .dateTime: return "System.DateTime"
        case .any: return "System.Object"
        case .enumeration(let typeName, _): return typeName
        case .object(let typeName, _): return typeName
        case .array(let element): return element.dotNetName + "[]"
        case .script(let typeName): return TypeNames.canonical(typeName) ?? typeName
        }
    }

    /// The short name `Get-Help` prints in syntax lines, e.g. `String[]`, `TrustAuthorityCluster`.
    public var syntaxName: String {
        switch self {
        case .array(let element): return element.syntaxName + "[]"
        case .switchParameter: return ""
        default:
            let full = dotNetName
            return String(full.split(separator: ".").last ?? Substring(full))
        }
    }

    public var isSwitch: Bool { self == .switchParameter }

    public var isArray: Bool {
        if case .array = self { return true }
        return false
    }
}

extension ParameterType {
    /// A `[string]` parameter (the only kind for which a mandatory parameter refuses "").
    var isStringType: Bool {
        switch self {
        case .string: return true
        case .script(let typeName): return ["string", "system.string"].contains(typeName.lowercased())
        default: return false
        }
    }

    /// A collection parameter (the only kind for which a mandatory parameter refuses an empty array).
    var isCollectionType: Bool {
        switch self {
        case .array: return true
        case .script(let typeName): return typeName.hasSuffix("[]") || typeName.lowercased().contains("list")
        default: return false
        }
    }
}
