import Foundation
import PowerShellSyntax

/// A Swift cmdlet in a pipeline: binds each input object and calls `process`.
final class CmdletStage: PipelineStage {
    let shell: Shell
    let cmdlet: any Cmdlet
    let binder: ParameterBinder
    let bound: BoundParameters
    let context: CommandContext
    var downstream: Emit {
        get { context.downstream }
        set {
            // -OutVariable keeps a copy of everything the command writes.
            if bound.has("OutVariable") {
                context.downstream = { [unowned self] value in
                    self.outVariable.append(value)
                    try newValue(value)
                }
            } else {
                context.downstream = newValue
            }
        }
    }
    var failed: Bool { context.hadError }
    var outVariable: [Value] = []
    /// Computed at the first pipeline object: the command line does not change between objects.
    private lazy var pipelinePlan = binder.pipelinePlan(for: bound)

    init(shell: Shell, type: any Cmdlet.Type, binder: ParameterBinder, bound: BoundParameters, invocationName: String,
         isFirst: Bool, span: SourceSpan, source: SourceText) {
        self.shell = shell
        self.cmdlet = type.init()
        self.binder = binder
        self.bound = bound
        self.context = CommandContext(shell: shell, metadata: type.metadata, invocationName: invocationName, parameters: bound,
                                      isFirstInPipeline: isFirst, span: span, source: source, downstream: { _ in })
    }

    func begin() throws {
        try guarded { try cmdlet.begin(context) }
    }

    func process(_ input: Value?) throws {
        if let input {
            guard let itemBound = binder.bindPipelineObject(input, onto: bound, plan: pipelinePlan) else {
                try context.writeError(context.errorRecord(
                    "The input object cannot be bound to any parameters for the command either because the command does not take pipeline input or the input and its properties do not match any of the parameters that take pipeline input.",
                    id: "InputObjectNotBound", category: .invalidArgument, reason: "ParameterBindingException", targetObject: input))
                return
            }
            context.parameters = itemBound
            shell.noteBinding(of: type(of: cmdlet), itemBound)  // Shell+Secrets.swift
        }
        context.inputObject = input
        try guarded { try cmdlet.process(context) }
    }

    func end() throws {
        context.inputObject = nil
        context.parameters = bound
        try guarded { try cmdlet.end(context) }
        publishCommonVariables()
    }

    /// `-ErrorVariable`, `-WarningVariable`, `-OutVariable` (a leading `+` appends).
    func publishCommonVariables() {
        func publish(_ parameter: String, _ values: [Value]) {
            guard let name = bound.string(parameter) else { return }
            shell.publishCommonVariable(name, values)
        }
        publish("ErrorVariable", context.errorVariable.map { .object(shell.errorRecordObject($0)) })
        publish("WarningVariable", context.warningVariable.map { .string($0) })
        publish("OutVariable", outVariable)
    }

    /// Errors thrown by a cmdlet honour `-ErrorAction` for non-terminating records it raises by throwing
    /// a record marked as such; terminating errors pass through.
    private func guarded(_ body: () throws -> Void) throws {
        try body()
    }
}

/// `& { ... }` and `. { ... }`.
final class ScriptBlockStage: PipelineStage {
    let shell: Shell
    let block: ScriptBlockValue
    let arguments: [CommandArgument]
    let dotSource: Bool
    let isFirst: Bool
    var downstream: Emit = { _ in }
    var failed = false
    var input: [Value] = []

    init(shell: Shell, block: ScriptBlockValue, arguments: [CommandArgument], dotSource: Bool, isFirst: Bool) {
        self.shell = shell
        self.block = block
        self.arguments = arguments
        self.dotSource = dotSource
        self.isFirst = isFirst
    }

    func begin() throws {}
    func process(_ item: Value?) throws {
        if let item { input.append(item) }
    }

    func end() throws {
        let invocation = ScriptInvocation(arguments: arguments.map { argument in
            switch argument {
            case .named(let name, let value, _, _): return .named(name, value)
            case .positional(let value, _): return .positional(value)
            }
        })
        try shell.runScriptBlock(block, dollarUnder: nil, invocation: invocation, input: isFirst ? nil : input, newScope: !dotSource, emit: downstream)
    }
}

/// `./script.ps1 args`, `& path args`, `. ./common.ps1`.
final class ScriptFileStage: PipelineStage {
    let shell: Shell
    let path: String
    let arguments: [CommandArgument]
    let dotSource: Bool
    var downstream: Emit = { _ in }
    var failed = false

    init(shell: Shell, path: String, arguments: [CommandArgument], dotSource: Bool) {
        self.shell = shell
        self.path = path
        self.arguments = arguments
        self.dotSource = dotSource
    }

    func begin() throws {}
    func process(_ item: Value?) throws {}
    func end() throws {
        var values: [Value] = []
        for argument in arguments {
            switch argument {
            case .named(let name, let value, _, _):
                values.append(.string("-" + name))
                if let value { values.append(value) }
            case .positional(let value, _):
                values.append(value)
            }
        }
        try shell.runScriptFile(path: path, arguments: values, dotSource: dotSource, emit: downstream)
    }
}

/// Wraps a stage whose output is redirected to a file or whose errors are silenced.
final class RedirectingStage: PipelineStage {
    let shell: Shell
    let inner: PipelineStage
    let redirections: [Redirection]
    let silenceErrors: Bool
    var collected: [Value] = []
    var downstream: Emit = { _ in }
    var failed: Bool { inner.failed }
    let redirectsOutput: Bool

    init(shell: Shell, inner: PipelineStage, redirections: [Redirection], silenceErrors: Bool) {
        self.shell = shell
        self.inner = inner
        self.redirections = redirections
        self.silenceErrors = silenceErrors
        self.redirectsOutput = redirections.contains { ($0.stream == 1 || $0.stream == 0) && { if case .file = $0.target { return true } else { return false } }($0) }
    }

    func begin() throws {
        if redirectsOutput {
            inner.downstream = { [unowned self] value in self.collected.append(value) }
        } else {
            inner.downstream = downstream
        }
        try withErrorsSilenced { try inner.begin() }
    }

    func process(_ input: Value?) throws { try withErrorsSilenced { try inner.process(input) } }

    func end() throws {
        try withErrorsSilenced { try inner.end() }
        if redirectsOutput { try shell.redirectOutput(collected, redirections: redirections) }
    }

    func withErrorsSilenced(_ body: () throws -> Void) throws {
        guard silenceErrors else { return try body() }
        let saved = shell.variable("ErrorActionPreference")
        shell.setVariable("ErrorActionPreference", .string("SilentlyContinue"))
        defer { shell.setVariable("ErrorActionPreference", saved ?? .string("Continue")) }
        try body()
    }
}

/// Writes text files for redirections, Out-File and Set-Content.
enum FileText {
    static func write(_ text: String, to path: String, append: Bool, shell: Shell, span: SourceSpan, mode: Int? = nil) throws {
        if shell.isSandboxed {
            throw shell.error("Access to the path '\(path)' is denied.", id: "FileOpenFailure", category: .openError, span: span, reason: "UnauthorizedAccessException")
        }
        let url = URL(fileURLWithPath: path)
        do {
            if append, let handle = try? FileHandle(forWritingTo: url) {
                defer { try? handle.close() }
                try handle.seekToEnd()
                try handle.write(contentsOf: Data(text.utf8))
            } else {
                try Data(text.utf8).write(to: url)
                if let mode { _ = chmod(path, mode_t(mode)) }
            }
        } catch {
            throw shell.error("Could not find a part of the path '\(path)'.", id: "FileOpenFailure", category: .openError, span: span, reason: "DirectoryNotFoundException")
        }
    }
}
