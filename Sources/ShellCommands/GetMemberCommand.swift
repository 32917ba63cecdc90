import ShellEngine
import ShellFormatting
/// `Get-Member` (`gm`): the properties and methods of the input objects, one group per type.
public final class GetMemberCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Get-Member", className: "Microsoft.PowerShell.Commands.GetMemberCommand",
        synopsis: "Gets the properties and methods of objects.",
        description: "The Get-Member cmdlet gets the members, the properties and methods, of objects.")

    @Parameter(pipeline: .byValue, description: "Specifies the object whose members are retrieved.")
    var inputObject: Value
    @Parameter(position: 0, description: "Specifies the names of one or more properties or methods of the object.", wildcards: true)
    var name: [String]
    @Parameter(aliases: ["Type"], description: "Specifies the member type that this cmdlet gets, such as Property or Method.",
               validValues: ["AliasProperty", "CodeProperty", "Property", "NoteProperty", "ScriptProperty", "Properties", "PropertySet", "Method", "CodeMethod", "ScriptMethod", "Methods", "ParameterizedProperty", "MemberSet", "Event", "Dynamic", "All"])
    var memberType: [String]
    @Parameter("Static", description: "Indicates that this cmdlet gets only the static properties and methods of the object.")
    var staticMembers: SwitchParameter
    @Parameter(description: "Adds the intrinsic members and the compiler-generated get_ and set_ methods to the display.")
    var force: SwitchParameter

    static let typeName = "Microsoft.PowerShell.Commands.MemberDefinition"
    private var seenTypes: Set<String> = []
    private var sawInput = false

    public init() {}

    public func process(_ context: CommandContext) throws {
        guard $inputObject.isBound else { return }
        let item = inputObject
        sawInput = true
        let typeName = LanguagePrimitives.typeName(of: item)
        guard !item.isNull, !seenTypes.contains(typeName) else { return }
        seenTypes.insert(typeName)
        let names = name.map { WildcardPattern($0) }
        let kinds = memberType.map { $0.lowercased() }
        let members = Self.members(of: item)
            .filter { member in names.isEmpty || names.contains { $0.matches(member.name) } }
            .filter { member in
                kinds.isEmpty || kinds.contains("all") || kinds.contains(member.kind.lowercased())
                    || (kinds.contains("properties") && member.kind.hasSuffix("Property"))
                    || (kinds.contains("methods") && member.kind.hasSuffix("Method"))
            }
            .sorted { ($0.kind.lowercased(), $0.name.lowercased()) < ($1.kind.lowercased(), $1.name.lowercased()) }
        for member in members {
            let object = PSObject(typeNames: [Self.typeName, "System.Object"])
            object.setProperty("TypeName", .string(typeName))
            object.setProperty("Name", .string(member.name))
            object.setProperty("MemberType", .enumValue(EnumValue(typeName: "System.Management.Automation.PSMemberTypes", name: member.kind, rawValue: 0)))
            object.setProperty("Definition", .string(member.definition))
            try context.write(.object(object))
        }
    }

    public func end(_ context: CommandContext) throws {
        if !sawInput || seenTypes.isEmpty {
            try context.writeError(context.errorRecord("You must specify an object for the Get-Member cmdlet.", id: "NoObjectInGetMember",
                                                       category: .closeError, reason: "InvalidOperationException"))
        }
    }

    struct Member {
        var name: String
        var kind: String
        var definition: String
    }

    static let objectMethods = [
        Member(name: "Equals", kind: "Method", definition: "bool Equals(System.Object obj)"),
        Member(name: "GetHashCode", kind: "Method", definition: "int GetHashCode()"),
        Member(name: "GetType", kind: "Method", definition: "type GetType()"),
        Member(name: "ToString", kind: "Method", definition: "string ToString()"),
    ]

    static func members(of value: Value) -> [Member] {
        switch value {
        case .object(let object):
            let wrapped = object.baseObject != nil ? object.wrappedValue : nil
            let custom = object.isCustomObject || object.typeName.hasPrefix("Selected.") || wrapped != nil
            var members = wrapped != nil ? [] : objectMethods.filter { object.method($0.name) == nil }
            for (key, method) in object.methods {
                if key.hasPrefix(Shell.propertySetterKey("")) { continue }  // a computed property's setter: part of its entry
                if let name = method.memberName {
                    members.append(Member(name: name, kind: method.memberType, definition: method.definition))
                    continue
                }
                let shown = method.definition.split(separator: "(").first.map { String($0.split(separator: " ").last ?? "") } ?? key
                members.append(Member(name: shown.isEmpty ? key : shown, kind: method.memberType, definition: method.definition))
            }
            for property in object.properties {
                let type = property.declaredType ?? shortTypeName(property.value)
                if custom {
                    members.append(Member(name: property.name, kind: "NoteProperty", definition: "\(type) \(property.name)=\(noteText(property.value))"))
                } else {
                    members.append(Member(name: property.name, kind: "Property", definition: "\(type) \(property.name) {get;set;}"))
                }
            }
            // A wrapped string or number lists its own members after the ones added to it.
            if let wrapped {
                let added = Set(members.map { $0.name.lowercased() })
                members += Self.members(of: wrapped).filter { !added.contains($0.name.lowercased()) }
            }
            return members
        case .string:
            return objectMethods.filter { $0.name != "ToString" } + [
                Member(name: "Clone", kind: "Method", definition: "System.Object Clone(), System.Object ICloneable.Clone()"),
                Member(name: "CompareTo", kind: "Method", definition: "int CompareTo(System.Object value), int CompareTo(string strB)"),
                Member(name: "Contains", kind: "Method", definition: "bool Contains(string value)"),
                Member(name: "EndsWith", kind: "Method", definition: "bool EndsWith(string value)"),
                Member(name: "IndexOf", kind: "Method", definition: "int IndexOf(string value)"),
                Member(name: "Insert", kind: "Method", definition: "string Insert(int startIndex, string value)"),
                Member(name: "LastIndexOf", kind: "Method", definition: "int LastIndexOf(string value)"),
                Member(name: "PadLeft", kind: "Method", definition: "string PadLeft(int totalWidth)"),
                Member(name: "PadRight", kind: "Method", definition: "string PadRight(int totalWidth)"),
                Member(name: "Remove", kind: "Method", definition: "string Remove(int startIndex, int count)"),
                Member(name: "Replace", kind: "Method", definition: "string Replace(string oldValue, string newValue)"),
                Member(name: "Split", kind: "Method", definition: "string[] Split(Params char[] separator)"),
                Member(name: "StartsWith", kind: "Method", definition: "bool StartsWith(string value)"),
                Member(name: "Substring", kind: "Method", definition: "string Substring(int startIndex), string Substring(int startIndex, int length)"),
                Member(name: "ToLower", kind: "Method", definition: "string ToLower()"),
                Member(name: "ToString", kind: "Method", definition: "string ToString()"),
                Member(name: "ToUpper", kind: "Method", definition: "string ToUpper()"),
                Member(name: "Trim", kind: "Method", definition: "string Trim(Params char[] trimChars), string Trim()"),
                Member(name: "TrimEnd", kind: "Method", definition: "string TrimEnd(Params char[] trimChars)"),
                Member(name: "TrimStart", kind: "Method", definition: "string TrimStart(Params char[] trimChars)"),
                Member(name: "Chars", kind: "ParameterizedProperty", definition: "char Chars(int index) {get;}"),
                Member(name: "Length", kind: "Property", definition: "int Length {get;}"),
            ]
        case .date:
            // The members of System.DateTime that vtash answers (see Members.dateProperty and DateMethods).
            let adds = ["AddDays", "AddHours", "AddMilliseconds", "AddMinutes", "AddMonths", "AddSeconds", "AddYears"].map { name in
                Member(name: name, kind: "Method", definition: "datetime \(name)(\(name == "AddMonths" || name == "AddYears" ? "int" : "double") value)")
            }
            let properties = [("Date", "datetime"), ("Day", "int"), ("DayOfWeek", "System.DayOfWeek"), ("Hour", "int"), ("Millisecond", "int"),
                              ("Minute", "int"), ("Month", "int"), ("Second", "int"), ("Ticks", "long"), ("Year", "int")]
            return adds + [
                Member(name: "CompareTo", kind: "Method", definition: "int CompareTo(System.Object value), int CompareTo(datetime value)"),
                Member(name: "Equals", kind: "Method", definition: "bool Equals(System.Object value), bool Equals(datetime value)"),
                Member(name: "GetHashCode", kind: "Method", definition: "int GetHashCode()"),
                Member(name: "GetType", kind: "Method", definition: "type GetType()"),
                Member(name: "ToLocalTime", kind: "Method", definition: "datetime ToLocalTime()"),
                Member(name: "ToLongDateString", kind: "Method", definition: "string ToLongDateString()"),
                Member(name: "ToShortDateString", kind: "Method", definition: "string ToShortDateString()"),
                Member(name: "ToString", kind: "Method", definition: "string ToString(), string ToString(string format)"),
                Member(name: "ToUniversalTime", kind: "Method", definition: "datetime ToUniversalTime()"),
            ] + properties.map { Member(name: $0.0, kind: "Property", definition: "\($0.1) \($0.0) {get;}") }
        case .int, .double, .decimal, .bool:
            let short = shortTypeName(value)
            return objectMethods + [
                Member(name: "CompareTo", kind: "Method", definition: "int CompareTo(System.Object value), int CompareTo(\(short) value)"),
                Member(name: "GetTypeCode", kind: "Method", definition: "System.TypeCode GetTypeCode()"),
            ]
        case .hashtable:
            return objectMethods + [
                Member(name: "Add", kind: "Method", definition: "void Add(System.Object key, System.Object value)"),
                Member(name: "Clear", kind: "Method", definition: "void Clear()"),
                Member(name: "Clone", kind: "Method", definition: "System.Object Clone()"),
                Member(name: "Contains", kind: "Method", definition: "bool Contains(System.Object key)"),
                Member(name: "ContainsKey", kind: "Method", definition: "bool ContainsKey(System.Object key)"),
                Member(name: "ContainsValue", kind: "Method", definition: "bool ContainsValue(System.Object value)"),
                Member(name: "GetEnumerator", kind: "Method", definition: "System.Collections.IDictionaryEnumerator GetEnumerator()"),
                Member(name: "Remove", kind: "Method", definition: "void Remove(System.Object key)"),
                Member(name: "Item", kind: "ParameterizedProperty", definition: "System.Object Item(System.Object key) {get;set;}"),
                Member(name: "Count", kind: "Property", definition: "int Count {get;}"),
                Member(name: "Keys", kind: "Property", definition: "System.Collections.ICollection Keys {get;}"),
                Member(name: "Values", kind: "Property", definition: "System.Collections.ICollection Values {get;}"),
            ]
        case .dotNet(let object):
            // A .NET object the engine implements (ArrayList, List[T], StringBuilder...) lists the members it answers.
            return object.members.map { Member(name: $0.name, kind: $0.kind, definition: $0.definition) }
        default:
            return objectMethods
        }
    }

    /// The short type names Get-Member prints: `string`, `int`, `bool`, `Object[]`...
    static func shortTypeName(_ value: Value) -> String {
        switch value {
        case .null: return "object"
        case .string: return "string"
        case .int(let number): return number >= Int(Int32.min) && number <= Int(Int32.max) ? "int" : "long"
        case .double: return "double"
        case .decimal: return "decimal"
        case .bool: return "bool"
        case .date: return "datetime"
        case .array: return "Object[]"
        case .hashtable: return "hashtable"
        case .scriptBlock: return "scriptblock"
        case .secureString: return "securestring"
        default: return LanguagePrimitives.typeName(of: value)
        }
    }

    static func noteText(_ value: Value) -> String {
        switch value {
        case .null: return "null"
        case .array: return "System.Object[]"
        default: return LanguagePrimitives.toString(value)
        }
    }
}
