import ShellEngine

/// `Write-Error`: a non-terminating error attributed to the caller.
public final class WriteErrorCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Write-Error", className: "Microsoft.PowerShell.Commands.WriteErrorCommand",
        synopsis: "Writes an object to the error stream.",
        defaultParameterSet: "NoException")

    @Parameter(aliases: ["Msg"], mandatory: true, position: 0, pipeline: .byValue, set: "NoException", description: "Specifies the message text of the error.")
    var message: String?
    @Parameter(mandatory: true, set: "ErrorRecord", description: "Specifies an error record object that represents the error.")
    var errorRecord: Value
    @Parameter(mandatory: true, set: "WithException", description: "Specifies an exception object that represents the error.")
    var exception: Value
    @Parameter(description: "Specifies the category of the error.")
    var category: ErrorCategory = .notSpecified
    @Parameter(description: "Specifies an ID string to identify the error.")
    var errorId: String = "Microsoft.PowerShell.Commands.WriteErrorException"
    @Parameter(description: "Specifies the object that was being processed when the error occurred.")
    var targetObject: Value
    @Parameter(aliases: ["Activity"], description: "Specifies the action that caused the error.")
    var categoryActivity: String = "Write-Error"
    @Parameter(aliases: ["Reason"], description: "Specifies how or why the activity caused the error.")
    var categoryReason: String = "WriteErrorException"
    @Parameter(aliases: ["TargetName"], description: "Specifies the name of the object that was being processed when the error occurred.")
    var categoryTargetName: String = ""
    @Parameter(aliases: ["TargetType"], description: "Specifies the type of the object that was being processed when the error occurred.")
    var categoryTargetType: String = ""
    @Parameter(description: "Specifies the action that the user should take to resolve or prevent the error.")
    var recommendedAction: String?

    public init() {}

    public func process(_ context: CommandContext) throws {
        if case .object(let object) = errorRecord, let box = object.baseObject as? ErrorRecordBox {
            try context.writeError(box.record)
            return
        }
        let text: String
        if $exception.isBound {
            let exceptionMessage = Members.property(of: exception, named: "Message", shell: context.shell)
            text = LanguagePrimitives.toString(exceptionMessage.isNull ? exception : exceptionMessage)
        } else {
            text = message ?? ""
        }
        var record = ErrorRecord(message: text, errorId: errorId, category: category, reason: categoryReason,
                                 exceptionType: "Microsoft.PowerShell.Commands.WriteErrorException",
                                 targetName: categoryTargetName, targetType: categoryTargetType, targetObject: targetObject)
        record.activity = categoryActivity
        // The error belongs to whoever called Write-Error: the function, or the command line itself.
        if let caller = context.shell.invocationStack.last {
            record.commandName = caller.name
            record.commandClass = record.errorId == "Microsoft.PowerShell.Commands.WriteErrorException" ? caller.name : ""
            record.position = ErrorPosition(source: caller.source, span: caller.span)
        } else if let file = context.source.fileName {
            record.commandName = file
        } else {
            record.commandName = context.source.lineText(containing: context.span).trimmingCharacters(in: .whitespaces)
        }
        try context.writeError(record)
    }
}
