import Foundation
import PowerShellSyntax

/// One command of a running pipeline.
protocol PipelineStage: AnyObject {
    var downstream: Emit { get set }
    func begin() throws
    /// `nil`: run once without pipeline input (the command is first in the pipeline).
    func process(_ input: Value?) throws
    func end() throws
    var failed: Bool { get }
}

extension Shell {
    func runPipeline(_ pipeline: Pipeline, emit: @escaping Emit) throws {
        var stages: [PipelineStage] = []
        var leadingValue: Value?
        var hasLeadingExpression = false
        for (offset, element) in pipeline.elements.enumerated() {
            switch element {
            case .expression(let expression, let redirections):
                if offset == 0 {
                    leadingValue = try evaluate(expression)
                    hasLeadingExpression = true
                    // A void method, or member enumeration that found nothing, writes nothing (AutomationNull).
                    if lastExpressionGaveNothing, expression.kind.isMemberAccess {
                        lastExpressionGaveNothing = false
                        leadingValue = .array([])
                    }
                    // `[void]expr` writes nothing at all (a System.Void value is AutomationNull), not one $null.
                    if case .convert(let typeName, _) = expression.kind, typeName.count <= 11,
                       ["void", "system.void"].contains(typeName.lowercased()) {
                        leadingValue = .array([])
                    }
                    // `$x | ...` where `$x` got nothing from a command pipes nothing at all (AutomationNull).
                    if case .variable(let path) = expression.kind, path.scope == nil, session.lookup(path.name)?.holdsAutomationNull == true {
                        leadingValue = .array([])
                    }
                    // `'x' > file` sends the value to the file; `'x' 2>$null` redirects only errors and keeps it.
                    let redirectsOutput = redirections.contains { redirection in
                        guard redirection.stream == 1 || redirection.stream == 0, case .file = redirection.target else { return false }
                        return true
                    }
                    if redirectsOutput, let value = leadingValue {
                        try redirectOutput(value.enumerated, redirections: redirections)
                        leadingValue = .array([])
                    }
                } else {
                    throw error("Expressions are only allowed as the first element of a pipeline.", id: "ExpressionsMustBeFirstInPipeline", category: .parserError, span: expression.span, reason: "ParentContainsErrorRecordException")
                }
            case .command(let command):
                stages.append(try makeStage(command, position: offset + 1, isFirst: offset == 0))
            }
        }
        lastSucceeded = true
        if stages.isEmpty {
            if let value = leadingValue {
                if let items = value.collectionElements { for item in items { try emit(item) } } else { try emit(value) }
            }
            return
        }
        // Wire each stage to the next; the last writes to the pipeline's consumer. An object a `begin` block writes
        // reaches the next command before that command's own `begin` ran in the loop below: it runs its `begin`
        // first (CommandProcessor/ScriptCommandProcessor.ProcessRecord, RanBeginAlready), and not again.
        let begun = StageBegins(count: stages.count)
        for index in stages.indices {
            if index + 1 < stages.count {
                let next = stages[index + 1]
                let nextIndex = index + 1
                stages[index].downstream = { value in
                    if !begun.ran[nextIndex] { try begun.begin(next, at: nextIndex) }
                    try next.process(value)
                }
            } else {
                stages[index].downstream = emit
            }
        }
        var firstActive = 0
        do {
            for index in stages.indices where !begun.ran[index] { try begun.begin(stages[index], at: index) }
            if hasLeadingExpression {
                let items: [Value]
                if let value = leadingValue {
                    items = value.collectionElements ?? [value]
                } else { items = [] }
                for item in items {
                    if takeInterruptIfPending() { throw PipelineInterrupted() }
                    try stages[0].process(item)
                }
            } else {
                try stages[0].process(nil)
            }
        } catch let stop as StopUpstream {
            guard let index = stages.firstIndex(where: { ($0 as? CmdletStage).map { ObjectIdentifier($0.context) } == stop.stageIdentifier }) else { throw stop }
            firstActive = index
        }
        for stage in stages[firstActive...] {
            do {
                try stage.end()
            } catch let stop as StopUpstream {
                _ = stop
            }
        }
        if stages.contains(where: { $0.failed }) { lastSucceeded = false }
    }

    func takeInterruptIfPending() -> Bool { host.takeInterrupt() }

    func redirectOutput(_ values: [Value], redirections: [Redirection]) throws {
        for redirection in redirections where redirection.stream == 1 || redirection.stream == 0 {
            guard case .file(let target) = redirection.target else { continue }
            let path = LanguagePrimitives.toString(try evaluate(target))
            if path.lowercased() == "$null" || path.isEmpty { continue }
            let text = output.render(values, shell: self).joined(separator: "\n") + (values.isEmpty ? "" : "\n")
            try FileText.write(text, to: resolvePath(path), append: redirection.append, shell: self, span: redirection.span)
        }
    }

    // MARK: - Command resolution

    func makeStage(_ command: CommandAst, position: Int, isFirst: Bool) throws -> PipelineStage {
        var arguments: [CommandArgument] = []
        var afterEndOfParameters = false
        for element in command.elements {
            switch element {
            case .parameter(let name, let argument, let usedColon, let text, let span):
                if afterEndOfParameters {
                    arguments.append(.positional(.string(text), span: span))
                } else if usedColon, let argument {
                    arguments.append(.named(name: name, value: try evaluate(argument), text: text, span: span))
                } else {
                    arguments.append(.named(name: name, value: nil, text: text, span: span))
                }
            case .argument(let expression, let span):
                arguments.append(.positional(try evaluate(expression), span: span))
            case .splat(let path, let span):
                let value = try readVariable(path, span: span)
                switch value {
                case .hashtable(let table):
                    for (key, entry) in table.entries {
                        arguments.append(.named(name: LanguagePrimitives.toString(key), value: entry, text: "-" + LanguagePrimitives.toString(key), span: span))
                    }
                case .array(let items):
                    // `@args` relays what the caller wrote: a `-Name` PowerShell kept from a parameter token
                    // names a parameter again (about_Splatting, "Splatting command parameters").
                    let relaysArgs = VariableKey.of(path.name) == "args"
                    for item in items {
                        if relaysArgs, case .string(let text) = item, let name = Self.parameterToken(text) {
                            arguments.append(.named(name: name, value: nil, text: text, span: span))
                        } else {
                            arguments.append(.positional(item, span: span))
                        }
                    }
                case .null:
                    break
                default:
                    arguments.append(.positional(value, span: span))
                }
            case .endOfParameters:
                afterEndOfParameters = true
            }
        }
        let name: String
        switch command.name {
        case .word(let word):
            name = word
        case .expression(let expression):
            let value = try evaluate(expression)
            if case .scriptBlock(let block) = value {
                return FunctionStage(shell: self, block: block, arguments: arguments, dotSource: command.invocation == .dotSource,
                                     isFirst: isFirst, span: command.span, source: currentSource)
            }
            name = LanguagePrimitives.toString(value)
        }
        let redirectErrors = command.redirections.contains { redirection in
            guard redirection.stream == 2 || redirection.stream == 0, case .file = redirection.target else { return false }
            return true
        }
        let stage = try resolveStage(name: name, command: command, arguments: arguments, position: position, isFirst: isFirst)
        if !command.redirections.isEmpty {
            return RedirectingStage(shell: self, inner: stage, redirections: command.redirections, silenceErrors: redirectErrors)
        }
        return stage
    }

    /// `-Name` as a function keeps an unbound parameter in `$args`: the parameter's name, else `nil`.
    static func parameterToken(_ text: String) -> String? {
        guard text.count > 1, text.first == "-", let first = text.dropFirst().first, first.isLetter || first == "_" else { return nil }
        let name = text.dropFirst()
        guard name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else { return nil }
        return String(name)
    }

    func resolveStage(name: String, command: CommandAst, arguments: [CommandArgument], position: Int, isFirst: Bool) throws -> PipelineStage {
        // A name resolved to a cmdlet before stays so until a function is defined or the registry changes.
        if command.invocation != .dotSource, let resolved = registry.resolvedCmdlet(name) {
            return try cmdletStage(resolved.type, table: resolved.table, name: name, command: command, arguments: arguments,
                                   position: position, isFirst: isFirst)
        }
        var lookup = name
        // Names set as aliases in a function's scope resolve through the scopes and are never cached (Shell+Aliases).
        let scopedAlias = !session.scopedAliasNames.isEmpty && session.scopedAliasNames.contains(VariableKey.of(name))
        if let target = scopedAlias ? aliasTarget(name) : registry.aliasTarget(name) { lookup = target }
        if command.invocation != .dotSource || !(lookup.contains("/") || lookup.lowercased().hasSuffix(".ps1")) {
            if let function = function(named: lookup) {
                return FunctionStage(shell: self, function: function, arguments: arguments, isFirst: isFirst, span: command.span, source: currentSource)
            }
            if let type = registry.cmdlet(named: lookup) {
                let table = bindingTable(for: type)
                if command.invocation != .dotSource, !scopedAlias { registry.remember(name, ResolvedCommands.Entry(lookup: lookup, type: type, table: table)) }
                return try cmdletStage(type, table: table, name: name, command: command, arguments: arguments, position: position,
                                       isFirst: isFirst)
            }
        }
        if isSandboxed {
            // Nothing outside the process: fall through to "not recognized".
        } else if lookup.lowercased().hasSuffix(".ps1") || lookup.contains("/") {
            let path = resolvePath(lookup)
            if lookup.lowercased().hasSuffix(".ps1"), FileManager.default.fileExists(atPath: path) {
                return ScriptFileStage(shell: self, path: path, arguments: arguments, dotSource: command.invocation == .dotSource)
            }
            if FileManager.default.isExecutableFile(atPath: path) {
                return ExternalStage(shell: self, executable: path, arguments: arguments, span: command.span)
            }
        } else if let executable = ExternalStage.find(lookup) {
            return ExternalStage(shell: self, executable: executable, arguments: arguments, span: command.span)
        }
        var record = ErrorRecord(
            message: "The term '\(name)' is not recognized as the name of a cmdlet, function, script file, or operable program. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.",
            errorId: "CommandNotFoundException", category: .objectNotFound, reason: "CommandNotFoundException",
            targetName: name, targetType: "String", commandName: name,
            position: ErrorPosition(source: currentSource, span: command.nameSpan))
        record.activity = ""
        throw RuntimeError(record)
    }

    /// Binds the command line of cmdlet `type` and makes its stage.
    private func cmdletStage(_ type: any Cmdlet.Type, table: BindingTable, name: String, command: CommandAst,
                             arguments: [CommandArgument], position: Int, isFirst: Bool) throws -> PipelineStage {
        let binder = ParameterBinder(table: table, shell: self, source: currentSource, commandSpan: command.span,
                                     pipelinePosition: position, expectsInput: !isFirst)
        var bound = try binder.bindCommandLine(arguments)
        noteBinding(of: table, bound)  // Shell+Secrets.swift
        try binder.completeMandatory(&bound)
        noteBinding(of: table, bound)
        return CmdletStage(shell: self, type: type, binder: binder, bound: bound, invocationName: name,
                           isFirst: isFirst, span: command.span, source: currentSource)
    }

    // MARK: - Script blocks and functions

    /// `{ ... }.GetNewClosure()`: a copy of the block bound to copies of the variables visible now, so later
    /// changes to them do not reach it (about_Script_Blocks).
    func closure(of block: ScriptBlockValue) -> ScriptBlockValue {
        let captured = Scope(parent: globalScope)
        var cursor: Scope? = currentScope
        while let scope = cursor {
            for (key, variable) in scope.variables where captured.variables[key] == nil && !variable.isConstant {
                captured.variables[key] = Variable(name: variable.name, value: variable.value)
            }
            cursor = scope.parent
        }
        let copy = ScriptBlockValue(ast: block.ast, source: block.source)
        copy.capturedScope = captured
        return copy
    }

    /// A ScriptMethod or ScriptProperty (Add-Member): the block runs in a new scope with `$this` the object and
    /// `$args` (or its `param()`) the arguments; its output is one value, as a method's result is
    /// (about_Automatic_Variables, `$this`).
    public func invokeMemberScript(_ block: ScriptBlockValue, this: Value, arguments: [Value] = []) throws -> Value {
        var output: [Value] = []
        try runScriptBlock(block, dollarUnder: nil, invocation: ScriptInvocation(arguments: arguments.map { .positional($0) }),
                           input: nil, newScope: true, this: this, emit: { output.append($0) })
        return Value.fromPipelineOutput(output)
    }

    /// Runs a script block in a child scope; `dollarUnder` sets `$_`.
    func invokeScriptBlock(_ block: ScriptBlockValue, dollarUnder: Value?, arguments: [Value], input: [Value]? = nil,
                           newScope: Bool = true) throws -> [Value] {
        var output: [Value] = []
        try runScriptBlock(block, dollarUnder: dollarUnder, invocation: ScriptInvocation(arguments: arguments.map { .positional($0) }),
                           input: input, newScope: newScope, emit: { output.append($0) })
        return output
    }

    /// A caller's variable as it was before a block ran in its scope (a struct: arrays of tuples are destroyed
    /// through generic value witnesses).
    struct SavedVariable {
        var variable: Variable
        var value: Value
        var automationNull: Bool
    }

    /// The automatic variables a block run in its caller's scope keeps to itself, by key.
    static let callerScopeAutomaticKeys = ["_", "psitem", "args", "psboundparameters", "input", "this", "pscmdlet"]

    /// Runs a script block in the current scope, as ForEach-Object and Where-Object do (`useLocalScope: false`):
    /// what it assigns stays in the caller's scope, but its own automatic variables do not replace the caller's
    /// (`$args` and `$PSBoundParameters` of a function calling it, `$_` of an enclosing block), as a dotted
    /// block keeps them in its own locals in PowerShell (CompiledScriptBlock.cs).
    func invokeScriptBlockInCurrentScope(_ block: ScriptBlockValue, dollarUnder: Value?, arguments: [Value]) throws -> [Value] {
        let scope = currentScope
        // The caller's own variables of these names, put back as they were (absent ones removed) afterwards.
        let keys = Self.callerScopeAutomaticKeys
        var saved: [SavedVariable?] = []
        saved.reserveCapacity(keys.count)
        for key in keys {
            if let variable = scope.variables[key] {
                saved.append(SavedVariable(variable: variable, value: variable.value, automationNull: variable.holdsAutomationNull))
            } else {
                saved.append(nil)
            }
        }
        guard arguments.isEmpty, block.ast.parameters?.isEmpty ?? true, block.ast.attributes.isEmpty else {
            defer { restore(saved, in: scope) }
            return try invokeScriptBlock(block, dollarUnder: dollarUnder, arguments: arguments, newScope: false)
        }
        // The common `{ $_.State -eq 'x' }`: nothing to bind. Its automatic variables are set here, on the objects
        // just looked up (a name the caller lacks is added, and remembered), as `runScriptBlock` would set them.
        var added: UInt8 = 0  // a bit for each index of `keys` added to the scope
        func set(_ index: Int, _ name: String, _ value: Value) {
            if let entry = saved[index] {
                entry.variable.value = value
                entry.variable.holdsAutomationNull = false
            } else {
                scope.variables[keys[index]] = Variable(name: name, value: value)
                added |= 1 << index
            }
        }
        if let dollarUnder {
            set(0, "_", dollarUnder)
            set(1, "PSItem", dollarUnder)
        }
        set(2, "args", .array([]))
        set(3, "PSBoundParameters", .hashtable(PSHashtable()))
        let layout = scope.layoutVersion
        defer {
            if scope.layoutVersion == layout {
                // Nothing added, removed or replaced a variable of this scope since: each saved name still holds its
                // object, and the names added above are the only ones to take away.
                for index in saved.indices {
                    guard let entry = saved[index] else { continue }
                    entry.variable.value = entry.value
                    entry.variable.holdsAutomationNull = entry.automationNull
                }
                for index in keys.indices where added & (1 << index) != 0 { scope.variables.removeValue(forKey: keys[index]) }
            } else {
                restore(saved, in: scope)
            }
        }
        var output: [Value] = []
        try runScriptBlock(block, dollarUnder: nil, invocation: ScriptInvocation(arguments: []), input: nil, newScope: false,
                           bindsParameters: false, emit: { output.append($0) })
        return output
    }

    /// Puts the caller's automatic variables back as `invokeScriptBlockInCurrentScope` found them.
    private func restore(_ saved: [SavedVariable?], in scope: Scope) {
        let keys = Self.callerScopeAutomaticKeys
        for index in keys.indices {
            if let entry = saved[index] {
                entry.variable.value = entry.value
                entry.variable.holdsAutomationNull = entry.automationNull
                if scope.variables[keys[index]] !== entry.variable { scope.variables[keys[index]] = entry.variable }
            } else {
                scope.variables.removeValue(forKey: keys[index])
            }
        }
    }

    /// `bindsParameters: false`: the caller has set the block's automatic variables itself and there is nothing to bind.
    package func runScriptBlock(_ block: ScriptBlockValue, dollarUnder: Value?, invocation: ScriptInvocation, input: [Value]?,
                        newScope: Bool, commandName: String = "", this: Value? = nil, bindsParameters: Bool = true,
                        emit: Emit) throws {
        callDepth += 1
        defer { callDepth -= 1 }
        guard callDepth <= maximumCallDepth else {
            throw error("The script failed due to call depth overflow.", id: "CallDepthOverflow", category: .invalidOperation, span: block.ast.span, reason: "ScriptCallDepthException")
        }
        let savedScope = currentScope
        let savedSource = currentSource
        if newScope { currentScope = Scope(parent: block.capturedScope ?? currentScope) }
        currentSource = block.source
        defer {
            currentScope = savedScope
            currentSource = savedSource
        }
        if let dollarUnder {
            currentScope.setLocal("_", name: "_", dollarUnder)
            currentScope.setLocal("psitem", name: "PSItem", dollarUnder)
        }
        if let this { currentScope.setLocal("this", name: "this", this) }
        if bindsParameters { noteBinding(try bindScriptBlockParameters(block, invocation: invocation, commandName: commandName)) }
        do {
            try executeBlocks(of: block.ast, input: input, emit: emit, statementDone: {})
        } catch ControlFlow.returnFromScope {
            return
        }
    }
}
