import ShellEngine

/// `Write-Error`: a non-terminating error attributed to the caller.
public final class WriteErrorCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Write-Error", className: "Microsoft.PowerShell.Commands.WriteErrorCommand",
        synopsis: "Writes an object to the error stream.",
        defaultParameterSet: "NoException")

    // Source: PS:src/Microsoft.PowerShell.Commands.Utility/commands/utility/write.cs at 60b3b304f2 (WriteOrThrowErrorCommand): with
    // -Exception, -Message is the record's ErrorDetails message.
    @Parameter(aliases: ["Msg"], sets: [ParameterSetUse("NoException", mandatory: true, position: 0, pipeline: .byValue), ParameterSetUse("WithException")],
               description: "Specifies the message text of the error.", allowNull: true, allowEmptyString: true)
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
        var record: ErrorRecord
        if $exception.isBound {
            record = exceptionRecord(context)
        } else {
            record = ErrorRecord(message: message ?? "", errorId: errorId, category: category, reason: categoryReason,
                                 exceptionType: "Microsoft.PowerShell.Commands.WriteErrorException",
                                 targetName: categoryTargetName, targetType: categoryTargetType, targetObject: targetObject)
        }
        if let action = recommendedAction, !action.isEmpty {
            if record.details == nil { record.details = ErrorDetails(message: record.message) }
            record.details?.recommendedAction = action
        }
        record.activity = categoryActivity
        // The error belongs to whoever called Write-Error: the function, or the command line itself.
        if let caller = context.shell.invocationStack.last {
            record.commandName = caller.name
            // ErrorRecord.FullyQualifiedErrorId (ErrorPackage.cs): the id, then the name of the script command it was written in.
            record.commandClass = caller.name
            record.position = ErrorPosition(source: caller.source, span: caller.span)
        } else if let file = context.source.fileName {
            record.commandName = file
        } else {
            record.commandName = context.source.lineText(containing: context.span).trimmingCharacters(in: .whitespaces)
        }
        try context.writeError(record)
    }

    /// The record of `-Exception`: that exception, its type's full name as the id and its short name as the reason
    /// unless given, and `-Message` (when not empty) as the ErrorDetails message the console shows.
    private func exceptionRecord(_ context: CommandContext) -> ErrorRecord {
        var typeName = "System.Exception"
        var exceptionObject: PSObject?
        let messageProperty = Members.property(of: exception, named: "Message", shell: context.shell)
        var exceptionMessage = LanguagePrimitives.toString(messageProperty.isNull ? exception : messageProperty)
        if case .object(let object) = exception, object.typeNames.contains("System.Exception") {
            typeName = object.typeName
            exceptionObject = object
            exceptionMessage = LanguagePrimitives.toString(object["Message"])
        }
        let shortName = String(typeName.split(separator: ".").last ?? "Exception")
        var record = ErrorRecord(message: exceptionMessage, errorId: $errorId.isBound ? errorId : typeName, category: category,
                                 reason: $categoryReason.isBound ? categoryReason : shortName, exceptionType: typeName,
                                 targetName: categoryTargetName, targetType: categoryTargetType, targetObject: targetObject)
        record.exceptionObject = exceptionObject
        if let message, !message.isEmpty {
            record.message = message
            record.details = ErrorDetails(message: message)
        }
        return record
    }
}
