import PowerShellSyntax

/// A script function (or filter) in a pipeline, called as PowerShell calls one: `begin` once, `process`
/// once per input object with that object bound to the parameters that take pipeline input, `end` once,
/// all in one scope, so a function streams and keeps its state between objects.
/// `& $block` and `. $block` run the same way (ScriptCommandProcessor serves both), an advanced block taking
/// the common parameters as an advanced function does; only the scope and the call's name differ.
final class FunctionStage: PipelineStage {
    let shell: Shell
    let function: FunctionInfo
    let arguments: [CommandArgument]
    let isFirst: Bool
    let span: SourceSpan
    let source: SourceText
    var downstream: Emit = { _ in }
    var failed = false
    /// The call's scope, made in `begin`.
    private var scope: Scope?
    private var binding: ScriptBinding?
    /// Input of a function without a `process` block: its `$input` in `end`.
    private var collected: [Value] = []
    /// What the function wrote, when `-OutVariable` asks for it.
    private var written: [Value]?
    /// `$Error`'s count of recorded errors when the call began, for `-ErrorVariable`.
    private var errorsAtBegin = 0
    /// `-WarningVariable`/`-InformationVariable` of an advanced function: what its code and the commands it calls write.
    private var collector: RecordCollector?
    /// `-PipelineVariable` of an advanced function, a variable of its caller's scope.
    private var pipelineVariable: PipelineVariableSlot?
    /// `& { }` or `. { }`: a script block, not a named function (no entry of its own on the invocation stack).
    private let isScriptBlock: Bool
    /// `. { }`: the block runs in its caller's scope.
    private let dotSource: Bool

    init(shell: Shell, function: FunctionInfo, arguments: [CommandArgument], isFirst: Bool, span: SourceSpan = .unknown, source: SourceText? = nil) {
        self.shell = shell
        self.function = function
        self.arguments = arguments
        self.isFirst = isFirst
        self.span = span
        self.source = source ?? shell.currentSource
        isScriptBlock = false
        dotSource = false
    }

    /// `& $block` (`dotSource` false) or `. $block`.
    init(shell: Shell, block: ScriptBlockValue, arguments: [CommandArgument], dotSource: Bool, isFirst: Bool, span: SourceSpan,
         source: SourceText) {
        self.shell = shell
        function = FunctionInfo(name: "", definition: block, isFilter: false)
        self.arguments = arguments
        self.isFirst = isFirst
        self.span = span
        self.source = source
        isScriptBlock = true
        self.dotSource = dotSource
    }

    private var ast: ScriptBlockAst { function.definition.ast }

    var invocation: ScriptInvocation {
        ScriptInvocation(arguments: arguments.map { argument in
            switch argument {
            case .named(let name, let value, _, _): return .named(name, value)
            case .positional(let value, _): return .positional(value)
            }
        })
    }

    func begin() throws {
        guard !function.isFilter else { return }
        // A module's function sees the module's scope, not its caller's (module functions are not dynamically scoped).
        let callerScope = shell.currentScope
        if !dotSource { scope = Scope(parent: function.module?.scope ?? function.definition.capturedScope ?? callerScope) }
        errorsAtBegin = shell.errorsRecorded
        try inCall {
            let binding: ScriptBinding?
            do {
                binding = try shell.bindScriptBlockParameters(function.definition, invocation: invocation, commandName: function.name,
                                                              span: span, expectsPipelineInput: !isFirst)
            } catch var error as RuntimeError where error.record.position == nil {
                // A binding error points at the call, as the binder's errors for cmdlets do.
                error.record.position = ErrorPosition(source: source, span: span)
                throw error
            }
            self.binding = shell.noteBinding(binding)  // Shell+Secrets.swift
            if binding?.boundParameters["OutVariable"] != nil { written = [] }
            if let binding, binding.isAdvanced { takeStreamVariables(binding, callerScope: callerScope) }
            if let begin = ast.beginBlock { try shell.executeStatements(begin, emit: emit) }
        }
    }

    func process(_ item: Value?) throws {
        if function.isFilter {
            if let item { try runFilter(on: item) }
            return
        }
        guard let item else { return }
        try inCall {
            if let binding, !(try shell.bindPipelineInput(item, to: binding)) {
                failed = true
                shell.report(ErrorRecord(
                    message: "The input object cannot be bound to any parameters for the command either because the command does not take pipeline input or the input and its properties do not match any of the parameters that take pipeline input.",
                    errorId: "InputObjectNotBound", category: .invalidArgument, reason: "ParameterBindingException",
                    commandName: function.name, commandClass: function.name, targetObject: item,
                    position: ErrorPosition(source: source, span: span)))
                return
            }
            shell.noteBinding(binding)  // Shell+Secrets.swift
            guard let process = ast.processBlock else {
                collected.append(item)
                return
            }
            shell.setVariable("_", item, scope: "local")
            shell.setVariable("PSItem", item, scope: "local")
            try shell.executeStatements(process, emit: emit)
        }
    }

    func end() throws {
        if function.isFilter {
            if isFirst { try runFilter(on: nil) }
            return
        }
        try inCall {
            if isFirst, let process = ast.processBlock {
                // First in its pipeline: `process` runs once, without an object: `$_` is `$null`, not the
                // caller's (ScriptCommandProcessor.ProcessRecord runs the clause with a null dollar-underbar).
                shell.setVariable("_", .null, scope: "local")
                shell.setVariable("PSItem", .null, scope: "local")
                try shell.executeStatements(process, emit: emit)
            }
            shell.setVariable("input", .array(collected), scope: "local")
            try shell.executeStatements(ast.endBlock, emit: emit)
        }
        publishCommonVariables()
    }

    /// Output goes on down the pipeline, and into `-OutVariable` when given.
    private func emit(_ value: Value) throws {
        written?.append(value)
        if let pipelineVariable { pipelineVariable.variable.value = value }
        if let collector {
            try shell.notGathering(into: collector) { try downstream(value) }
        } else {
            try downstream(value)
        }
    }

    /// `-WarningVariable`, `-InformationVariable` and `-PipelineVariable` given to an advanced function.
    private func takeStreamVariables(_ binding: ScriptBinding, callerScope: Scope) {
        let bound = binding.bound
        let warnings = bound.has("WarningVariable")
        let information = bound.has("InformationVariable")
        if warnings || information {
            let collector = RecordCollector(warnings: warnings, information: information)
            self.collector = collector
            // The call's code is already running: gather from here on (inCall gathers for later blocks).
            shell.recordCollectors.append(collector)
        }
        if let name = bound.string("PipelineVariable") {
            let saved = shell.currentScope
            shell.currentScope = callerScope
            pipelineVariable = shell.pipelineVariable(named: name)
            shell.currentScope = saved
        }
    }

    /// Runs `body` in the call's scope, with the call on the invocation stack; `return` ends the block.
    private func inCall(_ body: () throws -> Void) throws {
        shell.callDepth += 1
        defer { shell.callDepth -= 1 }
        guard shell.callDepth <= shell.maximumCallDepth else {
            throw shell.error("The script failed due to call depth overflow.", id: "CallDepthOverflow", category: .invalidOperation,
                              span: ast.span, reason: "ScriptCallDepthException")
        }
        let savedScope = shell.currentScope
        let savedScriptScope = shell.scriptScope
        let savedSource = shell.currentSource
        if !isScriptBlock { shell.invocationStack.append((function.name, span, source)) }
        if let scope { shell.currentScope = scope }
        if let moduleScope = function.module?.scope { shell.scriptScope = moduleScope }
        shell.currentSource = function.definition.source
        if let collector { shell.recordCollectors.append(collector) }
        defer {
            shell.currentScope = savedScope
            shell.scriptScope = savedScriptScope
            shell.currentSource = savedSource
            if !isScriptBlock { shell.invocationStack.removeLast() }
            // Also the collector that begin's binding made (takeStreamVariables).
            if let collector, let index = shell.recordCollectors.lastIndex(where: { $0 === collector }) { shell.recordCollectors.remove(at: index) }
        }
        do {
            try body()
        } catch ControlFlow.returnFromScope {
            return
        } catch {
            // A terminating error still leaves what was gathered in the variables (PipelineBehaviour.Tests.ps1).
            if collector != nil { publishStreamVariables() }
            throw error
        }
    }

    /// A filter's body is its process block: each object is a call of its own.
    private func runFilter(on item: Value?) throws {
        shell.invocationStack.append((function.name, span, source))
        defer { shell.invocationStack.removeLast() }
        try shell.runScriptBlock(function.definition, dollarUnder: item, invocation: invocation, input: item.map { [$0] },
                                 newScope: true, commandName: function.name, emit: downstream)
    }

    /// `-WarningVariable` and `-InformationVariable` of an advanced function.
    private func publishStreamVariables() {
        guard let collector, let bound = binding?.bound else { return }
        shell.publishRecords(of: collector, warningVariable: bound.string("WarningVariable"),
                             informationVariable: bound.string("InformationVariable"))
    }

    /// `-OutVariable`, `-ErrorVariable`, `-WarningVariable` and `-InformationVariable` of an advanced function.
    private func publishCommonVariables() {
        publishStreamVariables()
        guard let bound = binding?.boundParameters else { return }
        if let value = bound["OutVariable"] {
            shell.publishCommonVariable(LanguagePrimitives.toString(value), written ?? [])
        }
        if let value = bound["ErrorVariable"] {
            let name = LanguagePrimitives.toString(value)
            let count = min(shell.errorsRecorded - errorsAtBegin, shell.errorHistory.count)
            shell.publishCommonVariable(name, shell.errorHistory.prefix(count).reversed().map { .object(shell.errorRecordObject($0)) })
        }
    }
}
