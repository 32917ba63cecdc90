import ShellEngine
import ShellFormatting
import Foundation

/// `Write-Error`: a non-terminating error attributed to the caller.
public final class WriteErrorCommand: Cmdlet {
    public static let metadata = CommandMetadata(
        name: "Write-Error", className: "Microsoft.PowerShell.Commands.WriteErrorCommand",
        synopsis: "Writes an object to the error stream.",
        parameters: [
            ParameterMetadata("Message", .string, aliases: ["Msg"], mandatory: true, position: 0, pipeline: .byValue, set: "NoException", description: "Specifies the message text of the error."),
            ParameterMetadata("ErrorRecord", .any, mandatory: true, set: "ErrorRecord", description: "Specifies an error record object that represents the error."),
            ParameterMetadata("Exception", .any, mandatory: true, set: "WithException", description: "Specifies an exception object that represents the error."),
            ParameterMetadata("Category", .enumeration(typeName: "System.Management.Automation.ErrorCategory", names: ErrorCategory.allCases.map(\.rawValue)), description: "Specifies the category of the error."),
            ParameterMetadata("ErrorId", .string, description: "Specifies an ID string to identify the error."),
            ParameterMetadata("TargetObject", .any, description: "Specifies the object that was being processed when the error occurred."),
            ParameterMetadata("CategoryActivity", .string, aliases: ["Activity"], description: "Specifies the action that caused the error."),
            ParameterMetadata("CategoryReason", .string, aliases: ["Reason"], description: "Specifies how or why the activity caused the error."),
            ParameterMetadata("CategoryTargetName", .string, aliases: ["TargetName"], description: "Specifies the name of the object that was being processed when the error occurred."),
            ParameterMetadata("CategoryTargetType", .string, aliases: ["TargetType"], description: "Specifies the type of the object that was being processed when the error occurred."),
            ParameterMetadata("RecommendedAction", .string, description: "Specifies the action that the user should take to resolve or prevent the error."),
        ],
        defaultParameterSet: "NoException")

    public init() {}

    public func process(_ context: CommandContext) throws {
        let p = context.parameters
        if case .object(let object)? = p["ErrorRecord"], let box = object.baseObject as? ErrorRecordBox {
            try context.writeError(box.record)
            return
        }
        let message: String
        if let exception = p["Exception"] {
            message = LanguagePrimitives.toString(Members.property(of: exception, named: "Message", shell: context.shell).isNull ? exception : Members.property(of: exception, named: "Message", shell: context.shell))
        } else {
            message = p.string("Message") ?? ""
        }
        let category = p.string("Category").flatMap { ErrorCategory(rawValue: $0) } ?? .notSpecified
        var record = ErrorRecord(message: message, errorId: p.string("ErrorId") ?? "Microsoft.PowerShell.Commands.WriteErrorException",
                                 category: category, reason: p.string("CategoryReason") ?? "WriteErrorException",
                                 exceptionType: "Microsoft.PowerShell.Commands.WriteErrorException",
                                 targetName: p.string("CategoryTargetName") ?? "", targetType: p.string("CategoryTargetType") ?? "",
                                 targetObject: p["TargetObject"] ?? .null)
        record.activity = p.string("CategoryActivity") ?? "Write-Error"
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
