/// `$PSCmdlet` inside an advanced function: `ShouldProcess` and `ShouldContinue` (honouring `-WhatIf`,
/// `-Confirm`, `$ConfirmPreference` against the function's `ConfirmImpact`), the `Write*` methods and
/// `ThrowTerminatingError`, and `ParameterSetName`.
enum FunctionCmdlet {
    /// Yes to All / No to All, for the rest of one call.
    private final class Answers {
        var acceptedAll = false
        var declinedAll = false
    }

    static func object(for binding: ScriptBinding, commandName: String, shell: Shell) -> PSObject {
        let answers = Answers()
        let object = PSObject(typeNames: ["System.Management.Automation.PSScriptCmdlet", "System.Management.Automation.PSCmdlet",
                                          "System.Management.Automation.Cmdlet", "System.Object"],
                              properties: [PSProperty(name: "ParameterSetName", value: .string(binding.bound.parameterSetName))])
        object.stringText = commandName
        func preference(_ name: String, _ fallback: String) -> String {
            LanguagePrimitives.toString(shell.variable(name) ?? .string(fallback)).lowercased()
        }
        func text(_ arguments: [Value], _ index: Int) -> String {
            index < arguments.count ? LanguagePrimitives.toString(arguments[index]) : ""
        }
        object.addMethod("ShouldProcess", PSMethod(definition: "bool ShouldProcess(string target), bool ShouldProcess(string target, string action), bool ShouldProcess(string verboseDescription, string verboseWarning, string caption)") { arguments in
            let description: String
            let query: String
            let caption: String
            if arguments.count >= 3 {
                description = text(arguments, 0)
                query = text(arguments, 1)
                caption = text(arguments, 2)
            } else {
                let action = arguments.count == 2 ? text(arguments, 1) : commandName
                description = "Performing the operation \"\(action)\" on target \"\(text(arguments, 0))\"."
                query = "Are you sure you want to perform this action?"
                caption = "Confirm"
            }
            if LanguagePrimitives.isTrue(shell.variable("WhatIfPreference") ?? .null) {
                shell.host.writeOutputLine("What if: " + description)
                return .bool(false)
            }
            if answers.declinedAll { return .bool(false) }
            if !answers.acceptedAll, mustConfirm(preference("ConfirmPreference", "High"), impact: binding.confirmImpact) {
                guard shell.host.isInteractive else { throw nonInteractive(commandName) }
                switch ConfirmationPrompt.ask(shell.host, caption: caption, query: query, description: description) {
                case .yes: return .bool(true)
                case .yesToAll: answers.acceptedAll = true; return .bool(true)
                case .no: return .bool(false)
                case .noToAll: answers.declinedAll = true; return .bool(false)
                }
            }
            if preference("VerbosePreference", "SilentlyContinue") == "continue" { shell.host.writeVerboseLine("VERBOSE: " + description) }
            return .bool(true)
        })
        object.addMethod("ShouldContinue", PSMethod(definition: "bool ShouldContinue(string query, string caption)") { arguments in
            guard shell.host.isInteractive else { throw nonInteractive(commandName) }
            switch ConfirmationPrompt.ask(shell.host, caption: text(arguments, 1), query: text(arguments, 0), description: "") {
            case .yes, .yesToAll: return .bool(true)
            case .no, .noToAll: return .bool(false)
            }
        })
        object.addMethod("WriteVerbose", PSMethod(definition: "void WriteVerbose(string text)") { arguments in
            if preference("VerbosePreference", "SilentlyContinue") == "continue" { shell.host.writeVerboseLine("VERBOSE: " + text(arguments, 0)) }
            return .null
        })
        object.addMethod("WriteDebug", PSMethod(definition: "void WriteDebug(string text)") { arguments in
            if preference("DebugPreference", "SilentlyContinue") == "continue" { shell.host.writeVerboseLine("DEBUG: " + text(arguments, 0)) }
            return .null
        })
        object.addMethod("WriteWarning", PSMethod(definition: "void WriteWarning(string text)") { arguments in
            shell.recordWarning(text(arguments, 0))
            switch preference("WarningPreference", "Continue") {
            case "silentlycontinue", "ignore": break
            default: shell.host.writeWarningLine("WARNING: " + text(arguments, 0))
            }
            return .null
        })
        object.addMethod("WriteError", PSMethod(definition: "void WriteError(System.Management.Automation.ErrorRecord errorRecord)") { arguments in
            let record = errorRecord(arguments.first ?? .null, commandName: commandName)
            switch preference("ErrorActionPreference", "Continue") {
            case "stop":
                var stopped = record
                stopped.stoppedByPreference = true
                throw RuntimeError(stopped, endsScript: true)
            case "ignore": break
            case "silentlycontinue": shell.remember(record)
            default: shell.report(record)
            }
            return .null
        })
        object.addMethod("ThrowTerminatingError", PSMethod(definition: "void ThrowTerminatingError(System.Management.Automation.ErrorRecord errorRecord)") { arguments in
            throw RuntimeError(errorRecord(arguments.first ?? .null, commandName: commandName))
        })
        return object
    }

    /// PowerShell asks when the command's impact is at least `$ConfirmPreference` (and it is not None).
    private static func mustConfirm(_ preference: String, impact: String) -> Bool {
        let levels = ["low": 1, "medium": 2, "high": 3]
        guard let wanted = levels[preference], let level = levels[impact] else { return false }
        return level >= wanted
    }

    private static func errorRecord(_ value: Value, commandName: String) -> ErrorRecord {
        if case .object(let object) = value, let box = object.baseObject as? ErrorRecordBox { return box.record }
        return ErrorRecord(message: LanguagePrimitives.toString(value), errorId: "Microsoft.PowerShell.Commands.WriteErrorException",
                           category: .notSpecified, reason: "WriteErrorException", commandName: commandName)
    }

    private static func nonInteractive(_ commandName: String) -> RuntimeError {
        RuntimeError(ErrorRecord(message: "PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.",
                                 errorId: "HostFunctionNotImplemented", category: .notImplemented, reason: "HostException",
                                 commandName: commandName, commandClass: commandName))
    }
}
