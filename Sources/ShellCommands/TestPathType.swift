import ShellEngine

/// `Microsoft.PowerShell.Commands.TestPathType`, `Test-Path -PathType`.
enum TestPathType: String, EnumerationValue {
    case any = "Any"
    case container = "Container"
    case leaf = "Leaf"

    static let typeName = "Microsoft.PowerShell.Commands.TestPathType"
    static let unboundValue = TestPathType.any
}
