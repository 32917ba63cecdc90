import ShellEngine
import ShellFormatting
import Foundation

/// `Write-Warning`: `WARNING: text` on the warning stream.
public final class WriteWarningCommand: Cmdlet {
    public static let metadata = CommandMetadata(
        name: "Write-Warning", className: "Microsoft.PowerShell.Commands.WriteWarningCommand",
        synopsis: "Writes a warning message.",
        parameters: [ParameterMetadata("Message", .string, aliases: ["Msg"], mandatory: true, position: 0, pipeline: .byValue, description: "Specifies the warning message.")])

    public init() {}

    public func process(_ context: CommandContext) throws {
        context.writeWarning(context.parameters.string("Message") ?? "")
    }
}

/// `Write-Verbose`: `VERBOSE: text` when `-Verbose` or `$VerbosePreference` asks for it.
public final class WriteVerboseCommand: Cmdlet {
    public static let metadata = CommandMetadata(
        name: "Write-Verbose", className: "Microsoft.PowerShell.Commands.WriteVerboseCommand",
        synopsis: "Writes text to the verbose message stream.",
        parameters: [ParameterMetadata("Message", .string, aliases: ["Msg"], mandatory: true, position: 0, pipeline: .byValue, description: "Specifies the message to send to the verbose message stream.")])

    public init() {}

    public func process(_ context: CommandContext) throws {
        context.writeVerbose(context.parameters.string("Message") ?? "")
    }
}

/// `Write-Debug`: `DEBUG: text` when `-Debug` or `$DebugPreference` asks for it.
public final class WriteDebugCommand: Cmdlet {
    public static let metadata = CommandMetadata(
        name: "Write-Debug", className: "Microsoft.PowerShell.Commands.WriteDebugCommand",
        synopsis: "Writes a debug message to the console.",
        parameters: [ParameterMetadata("Message", .string, aliases: ["Msg"], mandatory: true, position: 0, pipeline: .byValue, description: "Specifies the debug message to send to the console.")])

    public init() {}

    public func process(_ context: CommandContext) throws {
        let enabled = context.parameters.has("Debug") ? context.parameters.isOn("Debug")
            : LanguagePrimitives.toString(context.shell.variable("DebugPreference") ?? .null).lowercased() == "continue"
        if enabled { context.host.writeVerboseLine("DEBUG: " + (context.parameters.string("Message") ?? "")) }
    }
}

/// `Write-Information`: the information stream, shown when `$InformationPreference` is Continue.
public final class WriteInformationCommand: Cmdlet {
    public static let metadata = CommandMetadata(
        name: "Write-Information", className: "Microsoft.PowerShell.Commands.WriteInformationCommand",
        synopsis: "Specifies how PowerShell handles information stream data for a command.",
        parameters: [
            ParameterMetadata("MessageData", .any, aliases: ["Msg", "Message"], mandatory: true, position: 0, description: "Specifies an informational message that you want to display to users."),
            ParameterMetadata("Tags", .array(.string), position: 1, description: "One or more strings that you can use to sort and filter messages."),
        ])

    public init() {}

    public func process(_ context: CommandContext) throws {
        let preference = context.parameters.string("InformationAction")
            ?? LanguagePrimitives.toString(context.shell.variable("InformationPreference") ?? .string("SilentlyContinue"))
        if preference.lowercased() == "continue" {
            context.host.writeHost(LanguagePrimitives.toString(context.parameters["MessageData"] ?? .null), newline: true)
        }
    }
}

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

/// `Write-Progress`: a progress bar on a terminal; nothing when the output is not a terminal.
public final class WriteProgressCommand: Cmdlet {
    public static let metadata = CommandMetadata(
        name: "Write-Progress", className: "Microsoft.PowerShell.Commands.WriteProgressCommand",
        synopsis: "Displays a progress bar within a PowerShell command window.",
        parameters: [
            ParameterMetadata("Activity", .string, position: 0, description: "Specifies the first line of text in the heading above the status bar."),
            ParameterMetadata("Status", .string, position: 1, description: "Specifies the second line of text in the heading above the status bar."),
            ParameterMetadata("Id", .int, position: 2, description: "Specifies an ID that distinguishes each progress bar from the others."),
            ParameterMetadata("PercentComplete", .int, description: "Specifies the percentage of the activity that is completed."),
            ParameterMetadata("SecondsRemaining", .int, description: "Specifies the projected number of seconds remaining until the activity is completed."),
            ParameterMetadata("CurrentOperation", .string, description: "Specifies the line of text below the progress bar."),
            ParameterMetadata("ParentId", .int, description: "Specifies the parent activity of the current activity."),
            ParameterMetadata("Completed", .switchParameter, description: "Indicates whether the progress bar is visible."),
        ])

    public init() {}

    public func process(_ context: CommandContext) throws {
        let p = context.parameters
        let preference = p.string("ProgressAction") ?? LanguagePrimitives.toString(context.shell.variable("ProgressPreference") ?? .string("Continue"))
        guard preference.lowercased() == "continue" else { return }
        context.host.writeProgress(ProgressRecord(
            activity: p.string("Activity") ?? "", status: p.string("Status") ?? "Processing",
            percentComplete: p.int("PercentComplete") ?? -1, currentOperation: p.string("CurrentOperation"),
            isCompleted: p.isOn("Completed")))
    }
}

/// `Start-Sleep` (`sleep`): waits, in short slices so Ctrl+C ends it at once.
public final class StartSleepCommand: Cmdlet {
    public static let metadata = CommandMetadata(
        name: "Start-Sleep", className: "Microsoft.PowerShell.Commands.StartSleepCommand",
        synopsis: "Suspends the activity in a script or session for the specified period of time.",
        parameters: [
            ParameterMetadata("Seconds", .double, aliases: ["s"], mandatory: true, position: 0, pipeline: [.byValue, .byPropertyName], set: "Seconds", description: "Specifies how long the resource sleeps in seconds."),
            ParameterMetadata("Milliseconds", .int, aliases: ["ms"], mandatory: true, pipeline: .byPropertyName, set: "Milliseconds", description: "Specifies how long the resource sleeps in milliseconds."),
        ],
        defaultParameterSet: "Seconds")

    public init() {}

    public func process(_ context: CommandContext) throws {
        let p = context.parameters
        let seconds = p.parameterSetName == "Milliseconds" ? Double(p.int("Milliseconds") ?? 0) / 1000 : ((try? LanguagePrimitives.toDouble(p["Seconds"] ?? .int(0))) ?? 0)
        guard seconds > 0, seconds.isFinite else { return }
        let deadline = Date().addingTimeInterval(min(seconds, 86_400 * 365))
        while Date() < deadline {
            if context.host.takeInterrupt() { throw PipelineInterrupted() }
            Thread.sleep(forTimeInterval: min(0.05, max(0, deadline.timeIntervalSinceNow)))
        }
    }
}
