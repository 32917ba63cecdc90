/// Type accelerators (`[int]`, `[string]`, ...) and their full .NET names.
public enum TypeNames {
    static let accelerators: [String: String] = [
        "int": "System.Int32", "int32": "System.Int32", "system.int32": "System.Int32",
        "long": "System.Int64", "int64": "System.Int64", "system.int64": "System.Int64",
        "byte": "System.Byte", "system.byte": "System.Byte", "char": "System.Char", "system.char": "System.Char",
        "double": "System.Double", "system.double": "System.Double", "float": "System.Single", "single": "System.Single",
        "decimal": "System.Decimal", "system.decimal": "System.Decimal",
        "string": "System.String", "system.string": "System.String",
        "bool": "System.Boolean", "boolean": "System.Boolean", "system.boolean": "System.Boolean",
        "datetime": "System.DateTime", "system.datetime": "System.DateTime",
        "timespan": "System.TimeSpan", "system.timespan": "System.TimeSpan",
        "object": "System.Object", "system.object": "System.Object", "psobject": "System.Management.Automation.PSObject",
        "array": "System.Array", "object[]": "System.Object[]", "string[]": "System.String[]", "int[]": "System.Int32[]",
        "hashtable": "System.Collections.Hashtable", "system.collections.hashtable": "System.Collections.Hashtable",
        "ordered": "System.Collections.Specialized.OrderedDictionary",
        "pscustomobject": "System.Management.Automation.PSCustomObject",
        "scriptblock": "System.Management.Automation.ScriptBlock",
        "securestring": "System.Security.SecureString", "system.security.securestring": "System.Security.SecureString",
        "switch": "System.Management.Automation.SwitchParameter",
        "regex": "System.Text.RegularExpressions.Regex", "math": "System.Math", "system.math": "System.Math",
        "guid": "System.Guid", "version": "System.Version", "void": "System.Void",
        "environment": "System.Environment", "system.environment": "System.Environment",
        "io.path": "System.IO.Path", "system.io.path": "System.IO.Path", "io.file": "System.IO.File", "system.io.file": "System.IO.File",
        "convert": "System.Convert", "system.convert": "System.Convert",
        "pscredential": "System.Management.Automation.PSCredential",
        "x509certificate2": "System.Security.Cryptography.X509Certificates.X509Certificate2",
        "system.management.automation.host.coordinates": "System.Management.Automation.Host.Coordinates",
        "system.management.automation.host.size": "System.Management.Automation.Host.Size",
        "system.security.cryptography.x509certificates.x509certificate2": "System.Security.Cryptography.X509Certificates.X509Certificate2",
        "sbyte": "System.SByte", "system.sbyte": "System.SByte", "int16": "System.Int16", "system.int16": "System.Int16",
        "uint16": "System.UInt16", "system.uint16": "System.UInt16", "uint32": "System.UInt32", "system.uint32": "System.UInt32",
        "uint64": "System.UInt64", "system.uint64": "System.UInt64", "system.single": "System.Single",
        "ref": "System.Management.Automation.PSReference", "system.management.automation.psreference": "System.Management.Automation.PSReference",
        "system.management.automation.psobject": "System.Management.Automation.PSObject",
        "system.management.automation.pscustomobject": "System.Management.Automation.PSCustomObject",
        "system.management.automation.scriptblock": "System.Management.Automation.ScriptBlock",
        "system.collections.specialized.ordereddictionary": "System.Collections.Specialized.OrderedDictionary",
        "system.collections.arraylist": "System.Collections.ArrayList", "system.collections.queue": "System.Collections.Queue",
        "system.collections.stack": "System.Collections.Stack", "system.text.stringbuilder": "System.Text.StringBuilder",
        "system.collections.ilist": "System.Collections.IList", "system.collections.icollection": "System.Collections.ICollection",
        "system.collections.ienumerable": "System.Collections.IEnumerable", "system.collections.idictionary": "System.Collections.IDictionary",
        "system.array": "System.Array", "system.stringcomparer": "System.StringComparer", "system.text.encoding": "System.Text.Encoding",
        "system.text.regularexpressions.regex": "System.Text.RegularExpressions.Regex", "system.guid": "System.Guid",
        "system.version": "System.Version", "system.void": "System.Void", "system.type": "System.Type", "type": "System.Type",
        "system.valuetype": "System.ValueType", "system.enum": "System.Enum",
    ]

    /// The full name for a written type name, or `nil` when the shell does not know the type.
    /// The namespace `System` may be left out (`[Collections.ArrayList]`, `[Text.StringBuilder]`), as PowerShell
    /// allows; generic types are written `[System.Collections.Generic.List[string]]`.
    public static func canonical(_ written: String) -> String? {
        var trimmed = written.trimmingCharacters(in: .whitespaces)
        // `[int]` written as text (`Where-Object V -Is [int]` passes the word) names the type inside the brackets.
        if trimmed.hasPrefix("["), trimmed.hasSuffix("]"), trimmed.count > 2 { trimmed = String(trimmed.dropFirst().dropLast()) }
        let key = trimmed.lowercased()
        if let name = accelerators[key] ?? accelerators["system." + key] { return name }
        if key.hasSuffix("[]"), let element = canonical(String(trimmed.dropLast(2))) { return element + "[]" }
        if let generic = GenericTypeName.parse(trimmed, resolve: canonical) { return generic.fullName }
        return ExceptionTypes.canonical(key)
    }

    /// `[type].Name`: the last part of the full name (``List`1`` for a generic list, `String[]` for an array).
    public static func name(ofFullName fullName: String) -> String {
        if fullName.hasSuffix("[]") { return name(ofFullName: String(fullName.dropLast(2))) + "[]" }
        if let generic = GenericTypeName.parse(fullName, resolve: { canonical($0) ?? $0 }) { return generic.name }
        return String(fullName.split(separator: ".").last ?? "")
    }

    /// The short name PowerShell shows, e.g. `System.Int32` → `int`.
    public static func shortName(_ fullName: String) -> String {
        switch fullName {
        case "System.Int32": return "int"
        case "System.Int64": return "long"
        case "System.String": return "string"
        case "System.Boolean": return "bool"
        case "System.Double": return "double"
        case "System.Object": return "System.Object"
        case "System.Object[]": return "System.Object[]"
        default: return fullName
        }
    }
}
