import PowerShellSyntax

/// An error as PowerShell records it: message, id, category and where it happened.
public struct ErrorRecord {
    public var message: String
    /// The bare id, e.g. `NamedParameterNotFound`.
    public var errorId: String
    public var category: ErrorCategory
    /// The exception's short type name shown after the category, e.g. `ParameterBindingException`.
    public var reason: String
    /// The exception's full .NET type name, matched by `catch [Type]`.
    public var exceptionType: String
    /// The .NET exception a RuntimeException wraps (`System.DivideByZeroException` for `1/0`), which
    /// `catch` and `trap` match too.
    public var innerExceptionType: String?
    public var targetName: String
    public var targetType: String
    /// The command that raised it (`Connect-VIServer`), or empty for expression errors.
    public var commandName: String
    /// The implementing class appended to the id: `NamedParameterNotFound,<class>`.
    public var commandClass: String
    public var targetObject: Value
    public var position: ErrorPosition?
    /// The `[Activity]` of CategoryInfo when it differs from the command name (empty for command-not-found).
    public var activity: String?
    /// The inner exception's message (a .NET method's own message inside a MethodInvocationException).
    public var innerMessage: String?
    /// The exception object a script threw (`throw [ArgumentException]::new('...')`), or the one `$_.Exception`
    /// first gave: kept so that every `$_` of this error shows the same object.
    public var exceptionObject: PSObject?
    /// `-ErrorAction Stop` (or `$ErrorActionPreference = 'Stop'`) made this error terminating: PowerShell wraps it
    /// in an ActionPreferenceStopException, which a `catch` of that type handles.
    public var stoppedByPreference = false
    /// The exception PowerShell wraps this error's exception in when it leaves a command that ran script
    /// (Invoke-Expression: CmdletInvocationException); a `catch` of that type handles it, `$_` stays this error.
    public var wrapperExceptionType: String?
    /// `ErrorDetails`: when set, its message is what the console shows (`message` holds it too).
    public var details: ErrorDetails?

    public init(
        message: String, errorId: String, category: ErrorCategory, reason: String = "RuntimeException",
        exceptionType: String? = nil, targetName: String = "", targetType: String = "",
        commandName: String = "", commandClass: String = "", targetObject: Value = .null, position: ErrorPosition? = nil
    ) {
        self.message = message
        self.errorId = errorId
        self.category = category
        self.reason = reason
        self.exceptionType = exceptionType ?? ErrorRecord.fullExceptionName(reason)
        self.targetName = targetName
        self.targetType = targetType
        self.commandName = commandName
        self.commandClass = commandClass
        self.targetObject = targetObject
        self.position = position
    }

    public var fullyQualifiedErrorId: String {
        commandClass.isEmpty ? errorId : "\(errorId),\(commandClass)"
    }

    static func fullExceptionName(_ reason: String) -> String {
        switch reason {
        case "RuntimeException", "ParameterBindingException", "CommandNotFoundException", "ParseException",
             "MethodInvocationException", "PSInvalidCastException", "ItemNotFoundException", "PSArgumentException",
             "ValidationMetadataException", "ParameterBindingValidationException", "PipelineStoppedException",
             "ActionPreferenceStopException", "WriteErrorException", "MethodException", "PSArgumentNullException":
            return "System.Management.Automation." + reason
        case "IOException", "FileNotFoundException", "DirectoryNotFoundException":
            return "System.IO." + reason
        case "ViError", "InvalidLogin":
            return "VMware.VimAutomation.Sdk.Types.V1.ErrorHandling.VimException." + reason
        default:
            return reason.contains(".") ? reason : "System." + reason
        }
    }
}
