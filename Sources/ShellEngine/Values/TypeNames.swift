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
        "system.security.cryptography.x509certificates.x509certificate2": "System.Security.Cryptography.X509Certificates.X509Certificate2",
    ]

    /// The full name for a written type name, or `nil` when the shell does not know the type.
    public static func canonical(_ written: String) -> String? {
        let key = written.trimmingCharacters(in: .whitespaces).lowercased()
        if let name = accelerators[key] { return name }
        if key.hasSuffix("[]"), let element = canonical(String(key.dropLast(2))) { return element + "[]" }
        return nil
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
