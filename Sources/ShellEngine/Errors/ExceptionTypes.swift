/// The .NET exception types scripts name (`throw [ArgumentException]::new('...')`, `catch [System.IO.IOException]`),
/// each with its base type, so that a `catch` of a base type handles the derived ones and the most specific
/// handler wins (ExceptionHandlingOps.FindMatchingHandler in PowerShell's engine).
public enum ExceptionTypes {
    /// Full name → base type's full name.
    static let bases: [String: String] = {
        var table: [String: String] = [:]
        func add(_ base: String, _ names: [String]) { for name in names { table[name] = base } }
        table["System.Exception"] = "System.Object"
        add("System.Exception", ["System.SystemException", "System.ApplicationException", "System.AggregateException"])
        add("System.SystemException", [
            "System.ArgumentException", "System.InvalidOperationException", "System.NotSupportedException",
            "System.NotImplementedException", "System.FormatException", "System.IndexOutOfRangeException",
            "System.NullReferenceException", "System.InvalidCastException", "System.ArithmeticException",
            "System.IO.IOException", "System.UnauthorizedAccessException", "System.TimeoutException",
            "System.OperationCanceledException", "System.OutOfMemoryException", "System.Collections.Generic.KeyNotFoundException",
            "System.Security.SecurityException", "System.Management.Automation.RuntimeException",
            "System.Security.Cryptography.CryptographicException", "System.ComponentModel.Win32Exception",
        ])
        add("System.ArgumentException", ["System.ArgumentNullException", "System.ArgumentOutOfRangeException",
                                         "System.Management.Automation.PSArgumentException"])
        add("System.ArgumentNullException", ["System.Management.Automation.PSArgumentNullException"])
        add("System.ArgumentOutOfRangeException", ["System.Management.Automation.PSArgumentOutOfRangeException"])
        add("System.InvalidOperationException", ["System.ObjectDisposedException", "System.Management.Automation.PSInvalidOperationException"])
        add("System.NotSupportedException", ["System.PlatformNotSupportedException", "System.Management.Automation.PSNotSupportedException"])
        add("System.ArithmeticException", ["System.DivideByZeroException", "System.OverflowException"])
        add("System.IO.IOException", ["System.IO.FileNotFoundException", "System.IO.DirectoryNotFoundException",
                                      "System.IO.PathTooLongException", "System.IO.EndOfStreamException"])
        add("System.Management.Automation.RuntimeException", [
            "System.Management.Automation.SessionStateException", "System.Management.Automation.CommandNotFoundException",
            "System.Management.Automation.ParameterBindingException", "System.Management.Automation.MethodException",
            "System.Management.Automation.PSInvalidCastException", "System.Management.Automation.ActionPreferenceStopException",
            "System.Management.Automation.CmdletInvocationException", "System.Management.Automation.ParseException",
            "System.Management.Automation.PipelineStoppedException", "System.Management.Automation.MetadataException",
            "System.Management.Automation.ScriptCallDepthException", "System.Management.Automation.WildcardPatternException",
            "System.Management.Automation.WriteErrorException", "System.Management.Automation.PSSecurityException",
        ])
        add("System.Management.Automation.SessionStateException", ["System.Management.Automation.ItemNotFoundException",
                                                                   "System.Management.Automation.DriveNotFoundException"])
        add("System.Management.Automation.MethodException", ["System.Management.Automation.MethodInvocationException"])
        add("System.Management.Automation.MetadataException", ["System.Management.Automation.ValidationMetadataException"])
        add("System.Management.Automation.ParameterBindingException", ["System.Management.Automation.ParameterBindingValidationException"])
        add("System.Management.Automation.ParseException", ["System.Management.Automation.IncompleteParseException"])
        return table
    }()

    /// Lower-cased full names → full names.
    private static let byLowerName: [String: String] = {
        var table: [String: String] = [:]
        for name in bases.keys { table[name.lowercased()] = name }
        return table
    }()

    /// The full name of a written exception type (`system.argumentexception`, `argumentexception`, `io.ioexception`).
    static func canonical(_ lowerName: String) -> String? {
        byLowerName[lowerName] ?? byLowerName["system." + lowerName]
    }

    public static func isException(_ fullName: String) -> Bool { bases[fullName] != nil }

    /// The type and its bases, most derived first, ending with `System.Object`; an unknown type is taken as a
    /// direct RuntimeException when it is PowerShell's, else as a SystemException.
    public static func chain(_ fullName: String) -> [String] {
        var names = [fullName]
        var current = fullName
        if bases[current] == nil, current != "System.Object" {
            current = fallbackBase(current)
            names.append(current)
        }
        while let base = bases[current] {
            names.append(base)
            current = base
        }
        return names
    }

    private static func fallbackBase(_ name: String) -> String {
        name.hasPrefix("System.Management.Automation.") ? "System.Management.Automation.RuntimeException" : "System.SystemException"
    }

    /// The message .NET Framework gives an exception made without one.
    static func defaultMessage(_ fullName: String) -> String {
        switch fullName {
        case "System.ArgumentException": return "Value does not fall within the expected range."
        case "System.ArgumentNullException": return "Value cannot be null."
        case "System.ArgumentOutOfRangeException": return "Specified argument was out of the range of valid values."
        case "System.InvalidOperationException": return "Operation is not valid due to the current state of the object."
        case "System.NotSupportedException": return "Specified method is not supported."
        case "System.NotImplementedException": return "The method or operation is not implemented."
        case "System.DivideByZeroException": return "Attempted to divide by zero."
        case "System.IO.FileNotFoundException": return "Unable to find the specified file."
        case "System.Exception", "System.SystemException": return "Exception of type '\(fullName)' was thrown."
        default: return "Exception of type '\(fullName)' was thrown."
        }
    }
}
