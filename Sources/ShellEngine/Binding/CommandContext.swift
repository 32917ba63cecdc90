import Foundation
import PowerShellSyntax

/// What a running cmdlet sees: its bound parameters, the current input object and the ways to
/// write output, errors and warnings.
public final class CommandContext {
    public let shell: Shell
    public let metadata: CommandMetadata
    /// The name the command was invoked by (an alias shows as its target in errors, as in PowerShell).
    public let invocationName: String
    /// The bound arguments by name: the engine reads the common parameters here; cmdlets read their own
    /// `@Parameter` properties.
    @exclusivity(unchecked) var parameters: BoundParameters
    /// The pipeline object being processed, `nil` when the command runs without pipeline input.
    @exclusivity(unchecked) public internal(set) var inputObject: Value?
    public let isFirstInPipeline: Bool
    package let span: SourceSpan
    package let source: SourceText
    var downstream: Emit
    /// Set when the commands downstream threw while taking an object this command wrote: the error is not this
    /// command's (its `-ErrorAction`, `-ErrorVariable` and non-terminating handling do not apply to it).
    var errorCameFromDownstream = false
    var errorVariable: [ErrorRecord] = []
    var hadError = false
    /// "No to All" was answered: every later ShouldProcess of this command says no without asking.
    private var declinedAll = false

    init(shell: Shell, metadata: CommandMetadata, invocationName: String, parameters: BoundParameters,
         isFirstInPipeline: Bool, span: SourceSpan, source: SourceText, downstream: @escaping Emit) {
        self.shell = shell
        self.metadata = metadata
        self.invocationName = invocationName
        self.parameters = parameters
        self.isFirstInPipeline = isFirstInPipeline
        self.span = span
        self.source = source
        self.downstream = downstream
    }

    public var host: ShellHost { shell.host }

    /// Writes one object to the pipeline (an array goes as one object).
    public func write(_ value: Value) throws {
        do {
            try downstream(value)
        } catch {
            errorCameFromDownstream = true
            throw error
        }
    }

    /// Writes each element of a collection as its own pipeline object.
    public func writeEnumerated(_ value: Value) throws {
        if let items = value.collectionElements {
            for item in items { try write(item) }
        } else if !value.isNull {
            try write(value)
        }
    }

    /// Builds an error record attributed to this command, positioned at the command.
    public func errorRecord(
        _ message: String, id: String, category: ErrorCategory, reason: String = "RuntimeException",
        exceptionType: String? = nil, targetName: String = "", targetType: String = "", targetObject: Value = .null
    ) -> ErrorRecord {
        ErrorRecord(message: message, errorId: id, category: category, reason: reason, exceptionType: exceptionType,
                    targetName: targetName, targetType: targetType, commandName: metadata.name,
                    commandClass: metadata.className, targetObject: targetObject,
                    position: ErrorPosition(source: source, span: span))
    }

    /// A terminating error for this command.
    public func failure(
        _ message: String, id: String, category: ErrorCategory, reason: String = "RuntimeException",
        targetName: String = "", targetType: String = "", targetObject: Value = .null
    ) -> RuntimeError {
        RuntimeError(errorRecord(message, id: id, category: category, reason: reason, targetName: targetName,
                                 targetType: targetType, targetObject: targetObject))
    }

    /// A non-terminating error for the object being processed, to throw: processing of that object ends,
    /// and the error is written as ``writeError(_:)`` writes it (PowerCLI's way with server faults).
    public func nonTerminatingFailure(
        _ message: String, id: String, category: ErrorCategory, reason: String = "RuntimeException",
        targetName: String = "", targetType: String = "", targetObject: Value = .null
    ) -> RuntimeError {
        RuntimeError(errorRecord(message, id: id, category: category, reason: reason, targetName: targetName,
                                 targetType: targetType, targetObject: targetObject), isNonTerminating: true)
    }

    /// A non-terminating error: shown (or not) according to `-ErrorAction` / `$ErrorActionPreference`.
    public func writeError(_ record: ErrorRecord) throws {
        hadError = true
        errorVariable.append(record)
        switch errorAction {
        case "stop":
            var stopped = record
            stopped.stoppedByPreference = true
            throw RuntimeError(stopped, endsScript: true)
        case "ignore":
            return
        case "silentlycontinue":
            shell.remember(record)
        default:
            shell.report(record)
        }
    }

    var errorAction: String {
        if let value = parameters["ErrorAction"] { return LanguagePrimitives.toString(value).lowercased() }
        return LanguagePrimitives.toString(shell.variable("ErrorActionPreference") ?? .string("Continue")).lowercased()
    }

    public func writeWarning(_ text: String) {
        shell.recordWarning(text)
        let preference = parameters["WarningAction"].map { LanguagePrimitives.toString($0) }
            ?? LanguagePrimitives.toString(shell.variable("WarningPreference") ?? .string("Continue"))
        switch preference.lowercased() {
        case "silentlycontinue", "ignore": return
        default: host.writeWarningLine("WARNING: " + text)
        }
    }

    /// An information record (Write-Information, Write-Host) for `-InformationVariable`; showing it is the caller's.
    public func recordInformation(_ messageData: @autoclosure () -> Value, tags: [String]) {
        shell.recordInformation(messageData(), tags: tags, source: metadata.name)
    }

    public func writeVerbose(_ text: String) {
        let enabled = parameters.has("Verbose") ? parameters.isOn("Verbose")
            : LanguagePrimitives.toString(shell.variable("VerbosePreference") ?? .null).lowercased() == "continue"
        if enabled { host.writeVerboseLine("VERBOSE: " + text) }
    }

    /// `-WhatIf` / `-Confirm` handling. Returns false when the action must be skipped.
    public func shouldProcess(target: String, action: String) throws -> Bool {
        if parameters.isOn("WhatIf") || LanguagePrimitives.isTrue(shell.variable("WhatIfPreference") ?? .null) {
            host.writeOutputLine("What if: Performing the operation \"\(action)\" on target \"\(target)\".")
            return false
        }
        if declinedAll { return false }
        let description = "Performing the operation \"\(action)\" on target \"\(target)\"."
        let mustConfirm: Bool
        if parameters.has("Confirm") {
            mustConfirm = parameters.isOn("Confirm")
        } else {
            // $ConfirmPreference against the command's impact: High (the default) asks only for high-impact
            // commands; Medium or Low (what an advanced function's -Confirm sets) asks for every one.
            switch LanguagePrimitives.toString(shell.variable("ConfirmPreference") ?? .string("High")).lowercased() {
            case "none": mustConfirm = false
            case "low", "medium": mustConfirm = true
            default: mustConfirm = metadata.confirmsByDefault
            }
        }
        guard mustConfirm else {
            writeVerbose(description)
            return true
        }
        guard host.isInteractive else {
            throw failure("PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.",
                          id: "HostFunctionNotImplemented", category: .notImplemented, reason: "HostException")
        }
        switch ConfirmationPrompt.ask(host, description: description) {
        case .yes: return true
        case .yesToAll:
            parameters.set("Confirm", .bool(false))
            return true
        case .no: return false
        case .noToAll:
            declinedAll = true
            return false
        }
    }

    /// Tells the pipeline that this command needs no more input (`Select-Object -First`).
    public func stopUpstream() -> Error {
        StopUpstream(stageIdentifier: ObjectIdentifier(self))
    }

    /// Runs a script block with `$_` set (Where-Object, ForEach-Object, calculated properties).
    public func invoke(_ block: ScriptBlockValue, dollarUnder: Value?, arguments: [Value] = []) throws -> [Value] {
        try shell.invokeScriptBlock(block, dollarUnder: dollarUnder, arguments: arguments)
    }

    /// Runs a script block in the caller's scope, as ForEach-Object and Where-Object do (`useLocalScope:
    /// false` in ForEachObjectCommand.cs and WhereObjectCommand): `$n++` inside changes the caller's `$n`.
    public func invokeInCallerScope(_ block: ScriptBlockValue, dollarUnder: Value?, arguments: [Value] = []) throws -> [Value] {
        try shell.invokeScriptBlockInCurrentScope(block, dollarUnder: dollarUnder, arguments: arguments)
    }
}
