import Foundation
import PowerShellSyntax

/// Binding a script block's or a function's `param()` block: its declarations become command metadata
/// (``ScriptCommand``) and the cmdlets' binder binds them; what is bound then becomes the call's variables,
/// `$args`, `$PSBoundParameters`, the preference variables of the common parameters and `$PSCmdlet`.
extension Shell {
    /// Binds the command line and sets the call's variables. When `expectsPipelineInput`, parameters that
    /// take pipeline input may stay unbound for ``bindPipelineInput(_:to:)``. `nil` for a block without
    /// parameters or arguments.
    @discardableResult
    func bindScriptBlockParameters(_ block: ScriptBlockValue, invocation: ScriptInvocation, commandName: String,
                                   span: SourceSpan = .unknown, expectsPipelineInput: Bool = false) throws -> ScriptBinding? {
        if isTrivial(block.ast, invocation) { return nil }
        return try bind(scriptCommand(for: block, name: commandName), invocation: invocation, source: block.source,
                        span: span, expectsPipelineInput: expectsPipelineInput)
    }

    /// The same for a script file's `param()` block (read once per run).
    @discardableResult
    func bindScriptBlockParameters(_ ast: ScriptBlockAst, invocation: ScriptInvocation, source: SourceText, commandName: String) throws -> ScriptBinding? {
        if isTrivial(ast, invocation) { return nil }
        return try bind(scriptCommand(for: ast, name: commandName), invocation: invocation, source: source, span: .unknown,
                        expectsPipelineInput: false)
    }

    /// The common `{ $_.State -eq 'x' }`: nothing to bind, only the two automatic variables.
    private func isTrivial(_ ast: ScriptBlockAst, _ invocation: ScriptInvocation) -> Bool {
        guard ast.parameters?.isEmpty ?? true, invocation.arguments.isEmpty, ast.attributes.isEmpty else { return false }
        currentScope.setLocal("args", name: "args", .array([]))
        currentScope.setLocal("psboundparameters", name: "PSBoundParameters", .hashtable(PSHashtable()))
        return true
    }

    private func bind(_ command: ScriptCommand, invocation: ScriptInvocation, source: SourceText, span: SourceSpan,
                      expectsPipelineInput: Bool) throws -> ScriptBinding {
        let binder = ParameterBinder(table: command.table, shell: self, source: source, commandSpan: span, pipelinePosition: 1,
                                     expectsInput: expectsPipelineInput)
        var bound = try binder.bindCommandLine(invocation.commandArguments(span: span))
        try binder.completeMandatory(&bound)
        let binding = ScriptBinding(command: command, binder: binder, bound: bound)
        for parameter in command.metadata.parameters {
            if let value = bound[parameter.name] {
                setVariable(parameter.name, value, scope: "local")
            } else {
                setVariable(parameter.name, try unboundValue(of: parameter), scope: "local")
            }
        }
        for name in bound.names {
            guard let value = bound[name] else { continue }
            binding.boundParameters[name] = value
            if command.isAdvanced, command.table.isCommon(name) { applyCommonParameter(name, value) }
        }
        setVariable("args", .array(command.isAdvanced ? [] : bound.remaining), scope: "local")
        setVariable("PSBoundParameters", .hashtable(binding.boundParameters), scope: "local")
        if command.isAdvanced {
            setVariable("PSCmdlet", .object(FunctionCmdlet.object(for: binding, commandName: command.metadata.name, shell: self)), scope: "local")
        }
        return binding
    }

    /// A parameter left unbound: its default, evaluated now in the call's scope; else a switch's `$false`;
    /// else `$null` converted to its type, as PowerShell initialises typed parameters (`[int]` is 0).
    private func unboundValue(of parameter: ParameterMetadata) throws -> Value {
        if parameter.type.isSwitch { return .bool(false) }
        var value: Value = .null
        if let defaultValue = parameter.script?.ast.defaultValue { value = try evaluate(defaultValue) }
        if case .script(let typeName) = parameter.type, let span = parameter.script?.ast.span {
            if value.isNull {
                return (try? Conversion.convert(.null, to: typeName, shell: self, span: span)) ?? .null
            }
            return try Conversion.convert(value, to: typeName, shell: self, span: span)
        }
        return value
    }

    /// Binds one pipeline object to the parameters that take it, in the function's scope. False when the
    /// function has such parameters but none could take it.
    func bindPipelineInput(_ item: Value, to binding: ScriptBinding) throws -> Bool {
        guard binding.command.takesPipelineInput else { return true }
        guard let itemBound = binding.binder.bindPipelineObject(item, onto: binding.bound, plan: binding.pipelinePlan) else { return false }
        for name in itemBound.names where !binding.bound.has(name) {
            guard let value = itemBound[name] else { continue }
            setVariable(name, value, scope: "local")
            binding.boundParameters[name] = value
        }
        return true
    }

    /// A common parameter of an advanced function sets the matching preference variable in its scope,
    /// which every command inside it then honours.
    private func applyCommonParameter(_ name: String, _ value: Value) {
        let on = LanguagePrimitives.isTrue(value)
        let preference: Value
        if case .enumValue(let member) = value { preference = .string(member.name) } else { preference = value }
        switch name {
        case "Verbose": setVariable("VerbosePreference", .string(on ? "Continue" : "SilentlyContinue"), scope: "local")
        case "Debug": setVariable("DebugPreference", .string(on ? "Continue" : "SilentlyContinue"), scope: "local")
        case "ErrorAction": setVariable("ErrorActionPreference", preference, scope: "local")
        case "WarningAction": setVariable("WarningPreference", preference, scope: "local")
        case "InformationAction": setVariable("InformationPreference", preference, scope: "local")
        case "ProgressAction": setVariable("ProgressPreference", preference, scope: "local")
        case "WhatIf": setVariable("WhatIfPreference", .bool(on), scope: "local")
        case "Confirm": setVariable("ConfirmPreference", .string(on ? "Low" : "None"), scope: "local")
        default: return  // -OutVariable and -ErrorVariable are kept by the function's pipeline stage.
        }
    }
}

extension ScriptInvocation {
    /// The arguments as the binder takes them, positioned at the call.
    func commandArguments(span: SourceSpan) -> [CommandArgument] {
        arguments.map { argument in
            switch argument {
            case .named(let name, let value): return .named(name: name, value: value, text: "-" + name, span: span)
            case .positional(let value): return .positional(value, span: span)
            }
        }
    }
}
