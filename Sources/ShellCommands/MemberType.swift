import ShellEngine

/// `System.Management.Automation.PSMemberTypes`, `Add-Member -MemberType` (in the enum's value order).
enum MemberType: String, EnumerationValue {
    case aliasProperty = "AliasProperty"
    case codeProperty = "CodeProperty"
    case property = "Property"
    case noteProperty = "NoteProperty"
    case scriptProperty = "ScriptProperty"
    case properties = "Properties"
    case propertySet = "PropertySet"
    case method = "Method"
    case codeMethod = "CodeMethod"
    case scriptMethod = "ScriptMethod"
    case methods = "Methods"
    case parameterizedProperty = "ParameterizedProperty"
    case memberSet = "MemberSet"
    case event = "Event"
    case dynamic = "Dynamic"
    case all = "All"

    static let typeName = "System.Management.Automation.PSMemberTypes"
    static let unboundValue = MemberType.noteProperty
}
