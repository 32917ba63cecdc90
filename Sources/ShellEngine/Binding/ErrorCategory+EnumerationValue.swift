/// `System.Management.Automation.ErrorCategory` as a parameter type (`Write-Error -Category`): its cases are
/// declared in the .NET enum's value order with the member names as raw values.
extension ErrorCategory: EnumerationValue {
    public static var typeName: String { "System.Management.Automation.ErrorCategory" }
    public static var unboundValue: ErrorCategory { .notSpecified }
}
