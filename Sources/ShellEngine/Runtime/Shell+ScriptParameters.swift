import Foundation
import PowerShellSyntax

/// Binding a script block's or a function's `param()` block: named and positional arguments, types,
/// `[Validate*()]` attributes, mandatory parameters, pipeline input, and for advanced functions the common
/// parameters and `$PSCmdlet`.
extension Shell {
    /// Binds the command line and sets `$args`, `$PSBoundParameters` (and `$PSCmdlet` for an advanced
    /// function). When `expectsPipelineInput`, parameters that take pipeline input are left for
    /// ``bindPipelineInput(_:to:commandName:)``. `nil` for a block without parameters or arguments.
    @discardableResult
    func bindScriptBlockParameters(_ ast: ScriptBlockAst, invocation: ScriptInvocation, source: SourceText, commandName: String,
                                   expectsPipelineInput: Bool = false) throws -> ScriptBinding? {
        if ast.parameters?.isEmpty ?? true, invocation.arguments.isEmpty, ast.attributes.isEmpty {
            // The common `{ $_.State -eq 'x' }`: nothing to bind, only the two automatic variables.
            setVariable("args", .array([]), scope: "local")
            setVariable("PSBoundParameters", .hashtable(PSHashtable()), scope: "local")
            return nil
        }
        let binding = ScriptBinding(ast, shell: self)
        var positional: [Value] = []
        var unbound: [Value] = []
        let arguments = invocation.arguments
        var index = 0
        func valueAfter(_ name: String, typeName: String) throws -> Value {
            guard index < arguments.count, case .positional(let next) = arguments[index] else {
                throw bindingError("Missing an argument for parameter '\(name)'. Specify a parameter of type '\(typeName)' and try again.",
                                   id: "MissingArgument", commandName: commandName)
            }
            index += 1
            return next
        }
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            switch argument {
            case .positional(let value):
                positional.append(value)
            case .named(let name, let value):
                if let parameter = binding.parameter(named: name) {
                    let typeName = parameter.ast.typeName.map { TypeNames.canonical($0) ?? $0 } ?? "System.Object"
                    let given = try value ?? (parameter.isSwitch ? .bool(true) : valueAfter(parameter.name, typeName: typeName))
                    try bind(parameter, given, in: binding, commandName: commandName)
                } else if binding.isAdvanced, let common = commonParameter(named: name, shouldProcess: binding.supportsShouldProcess) {
                    let isSwitch: Bool
                    if case .switchParameter = common.type { isSwitch = true } else { isSwitch = false }
                    let given = try value ?? (isSwitch ? .bool(true) : valueAfter(common.name, typeName: common.type.dotNetName))
                    try applyCommonParameter(common.name, given, commandName: commandName)
                    binding.boundParameters[common.name] = isSwitch ? .bool(LanguagePrimitives.isTrue(given)) : given
                } else if binding.isAdvanced {
                    throw bindingError("A parameter cannot be found that matches parameter name '\(name)'.", id: "NamedParameterNotFound", commandName: commandName)
                } else {
                    unbound.append(.string("-" + name))
                    if let value { unbound.append(value) }
                }
            }
        }
        var queue = positional[...]
        for parameter in binding.positionalOrder where !binding.boundByCommandLine.contains(parameter.name.lowercased()) {
            guard let next = queue.popFirst() else { break }
            try bind(parameter, next, in: binding, commandName: commandName)
        }
        if binding.isAdvanced, let extra = queue.first {
            throw bindingError("A positional parameter cannot be found that accepts argument '\(LanguagePrimitives.toString(extra))'.",
                               id: "PositionalParameterNotFound", commandName: commandName)
        }
        unbound.append(contentsOf: queue)
        try bindDefaultsAndMandatory(binding, commandName: commandName, leavingPipelineParameters: expectsPipelineInput)
        setVariable("args", .array(binding.isAdvanced ? [] : unbound), scope: "local")
        setVariable("PSBoundParameters", .hashtable(binding.boundParameters), scope: "local")
        if binding.isAdvanced {
            setVariable("PSCmdlet", .object(FunctionCmdlet.object(for: binding, commandName: commandName, shell: self)), scope: "local")
        }
        return binding
    }

    /// Binds one pipeline object to the parameters that take it (by value first, then by property name),
    /// in the function's scope. False when the function has such parameters but none could take it.
    func bindPipelineInput(_ item: Value, to binding: ScriptBinding, commandName: String) throws -> Bool {
        let open = binding.parameters.filter { $0.takesPipelineInput && !binding.boundByCommandLine.contains($0.name.lowercased()) }
        guard !open.isEmpty else { return !binding.isAdvanced || !binding.parameters.contains { $0.takesPipelineInput } }
        var boundAny = false
        for parameter in open where parameter.valueFromPipeline {
            if (try? bind(parameter, item, in: binding, commandName: commandName, fromPipeline: true)) != nil {
                boundAny = true
                break
            }
        }
        if !boundAny {
            for parameter in open where parameter.valueFromPipelineByPropertyName {
                let names = [parameter.name] + parameter.aliases
                guard case .object(let object) = item, let property = names.lazy.compactMap({ object.property($0) }).first else { continue }
                try bind(parameter, property.value, in: binding, commandName: commandName, fromPipeline: true)
                boundAny = true
            }
        }
        return boundAny
    }

    /// Converts, validates and sets one parameter.
    private func bind(_ parameter: ScriptParameter, _ value: Value, in binding: ScriptBinding, commandName: String, fromPipeline: Bool = false) throws {
        var converted = value
        if parameter.isSwitch {
            converted = .bool(LanguagePrimitives.isTrue(value))
        } else if let typeName = parameter.ast.typeName {
            do {
                converted = try Conversion.convert(value, to: typeName, shell: self, span: parameter.ast.span)
            } catch let error as RuntimeError where error.record.errorId != "TypeNotFound" {
                throw bindingError("Cannot process argument transformation on parameter '\(parameter.name)'. \(error.record.message)",
                                   id: "ParameterArgumentTransformationError", category: .invalidData,
                                   reason: "ParameterBindingArgumentTransformationException", commandName: commandName)
            }
        }
        try validate(parameter, converted, commandName: commandName)
        setVariable(parameter.name, converted, scope: "local")
        binding.boundParameters[parameter.name] = converted
        if !fromPipeline { binding.boundByCommandLine.insert(parameter.name.lowercased()) }
    }

    /// Defaults for the parameters left unbound; mandatory ones are asked for in an interactive session.
    private func bindDefaultsAndMandatory(_ binding: ScriptBinding, commandName: String, leavingPipelineParameters: Bool) throws {
        var missing: [ScriptParameter] = []
        for parameter in binding.parameters where !binding.boundByCommandLine.contains(parameter.name.lowercased()) {
            let isMandatory = parameter.mandatory.map { argument in
                argument.value.map { (try? evaluate($0)).map(LanguagePrimitives.isTrue) ?? false } ?? true
            } ?? false
            if isMandatory, !(leavingPipelineParameters && parameter.takesPipelineInput) {
                missing.append(parameter)
                continue
            }
            var value: Value = parameter.isSwitch ? .bool(false) : .null
            if let defaultValue = parameter.ast.defaultValue { value = try evaluate(defaultValue) }
            if let typeName = parameter.ast.typeName, !parameter.isSwitch, !value.isNull {
                value = try Conversion.convert(value, to: typeName, shell: self, span: parameter.ast.span)
            }
            setVariable(parameter.name, value, scope: "local")
        }
        guard !missing.isEmpty else { return }
        guard host.isInteractive else {
            throw bindingError("Cannot process command because of one or more missing mandatory parameters: \(missing.map(\.name).joined(separator: " ")).",
                               id: "MissingMandatoryParameter", commandName: commandName)
        }
        host.writeOutputLine("cmdlet \(commandName) at command pipeline position 1")
        host.writeOutputLine("Supply values for the following parameters:")
        for parameter in missing {
            guard let line = host.readLine(prompt: "\(parameter.name): ") else {
                throw bindingError("Cannot process command because of one or more missing mandatory parameters: \(parameter.name).",
                                   id: "MissingMandatoryParameter", commandName: commandName)
            }
            try bind(parameter, .string(line), in: binding, commandName: commandName)
        }
    }

    // MARK: - Validation attributes

    private func validate(_ parameter: ScriptParameter, _ value: Value, commandName: String) throws {
        for attribute in parameter.validations {
            let kind = attribute.name.lowercased()
            if let detail = try validationFailure(kind, attribute, value) {
                throw bindingError("Cannot validate argument on parameter '\(parameter.name)'. \(detail)",
                                   id: "ParameterArgumentValidationError", category: .invalidData,
                                   reason: "ParameterBindingValidationException", commandName: commandName)
            }
        }
    }

    /// What `[ValidateX(...)]` says of `value`, `nil` when it passes (or the attribute is not one vtash knows).
    private func validationFailure(_ kind: String, _ attribute: AttributeAst, _ value: Value) throws -> String? {
        let arguments = try attribute.positionalArguments.map { try evaluate($0) }
        let items = value.isNull ? [Value.null] : value.enumerated
        switch kind {
        case "validatenotnull":
            if value.isNull { return "The argument is null. Provide a valid value for the argument, and then try running the command again." }
        case "validatenotnullorempty":
            let empty: Bool
            switch value {
            case .null: empty = true
            case .string(let text): empty = text.isEmpty
            case .array(let elements): empty = elements.isEmpty || elements.contains { $0.isNull || LanguagePrimitives.toString($0).isEmpty }
            default: empty = false
            }
            if empty { return "The argument is null or empty. Provide an argument that is not null or empty, and then try the command again." }
        case "validateset":
            let allowed = arguments.flatMap(\.enumerated).map { LanguagePrimitives.toString($0) }
            for item in items {
                let text = LanguagePrimitives.toString(item)
                if !allowed.contains(where: { $0.caseInsensitiveCompare(text) == .orderedSame }) {
                    return "The argument \"\(text)\" does not belong to the set \"\(allowed.joined(separator: ","))\" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again."
                }
            }
        case "validaterange" where arguments.count == 2:
            for item in items {
                let number = try LanguagePrimitives.toDouble(item)
                let minimum = try LanguagePrimitives.toDouble(arguments[0])
                let maximum = try LanguagePrimitives.toDouble(arguments[1])
                let shown = LanguagePrimitives.toString(item)
                if number < minimum {
                    return "The \(shown) argument is less than the minimum allowed range of \(LanguagePrimitives.toString(arguments[0])). Supply an argument that is greater than or equal to \(LanguagePrimitives.toString(arguments[0])) and then try the command again."
                }
                if number > maximum {
                    return "The \(shown) argument is greater than the maximum allowed range of \(LanguagePrimitives.toString(arguments[1])). Supply an argument that is less than or equal to \(LanguagePrimitives.toString(arguments[1])) and then try the command again."
                }
            }
        case "validatepattern" where !arguments.isEmpty:
            let pattern = LanguagePrimitives.toString(arguments[0])
            let regex = try Operators.compileRegex(pattern, caseSensitive: false, shell: self, span: attribute.span)
            for item in items {
                let text = LanguagePrimitives.toString(item)
                if regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) == nil {
                    return "The argument \"\(text)\" does not match the \"\(pattern)\" pattern. Supply an argument that matches \"\(pattern)\" and try the command again."
                }
            }
        case "validatelength" where arguments.count == 2:
            let minimum = try LanguagePrimitives.toInt(arguments[0], typeName: "System.Int32")
            let maximum = try LanguagePrimitives.toInt(arguments[1], typeName: "System.Int32")
            for item in items {
                let length = LanguagePrimitives.toString(item).count
                if length < minimum {
                    return "The character length (\(length)) of the argument is too short. Specify an argument with a length that is greater than or equal to \"\(minimum)\", and then try the command again."
                }
                if length > maximum {
                    return "The character length of the \(length) argument is too long. Shorten the character length of the argument so it is fewer than or equal to \"\(maximum)\" characters, and then try the command again."
                }
            }
        case "validatescript":
            guard case .scriptBlock(let block)? = arguments.first else { return nil }
            for item in items {
                let result = try invokeScriptBlock(block, dollarUnder: item, arguments: [])
                if !LanguagePrimitives.isTrue(result.count == 1 ? result[0] : .array(result)) {
                    let body = String(block.source.slice(block.ast.span).dropFirst().dropLast())
                    return "The \"\(body)\" validation script for the argument with value \"\(LanguagePrimitives.toString(item))\" did not return a result of True. Determine why the validation script failed, and then try the command again."
                }
            }
        default:
            return nil
        }
        return nil
    }

    // MARK: - Common parameters of advanced functions

    /// The common parameter `written` names (exactly, by alias, or by a unique prefix).
    private func commonParameter(named written: String, shouldProcess: Bool) -> ParameterMetadata? {
        let lower = written.lowercased()
        let list = CommonParameters.list(shouldProcess: shouldProcess)
        if let exact = list.first(where: { $0.name.lowercased() == lower || $0.aliases.contains { $0.lowercased() == lower } }) { return exact }
        let prefixed = list.filter { $0.name.lowercased().hasPrefix(lower) }
        return prefixed.count == 1 ? prefixed[0] : nil
    }

    /// A common parameter of an advanced function sets the matching preference variable in its scope,
    /// which every command inside it then honours.
    private func applyCommonParameter(_ name: String, _ value: Value, commandName: String) throws {
        let on = LanguagePrimitives.isTrue(value)
        func actionPreference() throws -> Value {
            let text: String
            if case .enumValue(let e) = value { text = e.name } else { text = LanguagePrimitives.toString(value) }
            let names = ["SilentlyContinue", "Stop", "Continue", "Inquire", "Ignore", "Suspend", "Break"]
            guard let match = names.first(where: { $0.caseInsensitiveCompare(text) == .orderedSame }) else {
                throw bindingError("Cannot bind parameter '\(name)'. Cannot convert value \"\(text)\" to type \"System.Management.Automation.ActionPreference\". Error: \"Unable to match the identifier name \(text) to a valid enumerator name. Specify one of the following enumerator names and try again:\n\(names.joined(separator: ", "))\"",
                                   id: "CannotConvertArgumentNoMessage", commandName: commandName)
            }
            return .string(match)
        }
        switch name {
        case "Verbose": setVariable("VerbosePreference", .string(on ? "Continue" : "SilentlyContinue"), scope: "local")
        case "Debug": setVariable("DebugPreference", .string(on ? "Continue" : "SilentlyContinue"), scope: "local")
        case "ErrorAction": setVariable("ErrorActionPreference", try actionPreference(), scope: "local")
        case "WarningAction": setVariable("WarningPreference", try actionPreference(), scope: "local")
        case "InformationAction": setVariable("InformationPreference", try actionPreference(), scope: "local")
        case "ProgressAction": setVariable("ProgressPreference", try actionPreference(), scope: "local")
        case "WhatIf": setVariable("WhatIfPreference", .bool(on), scope: "local")
        case "Confirm": setVariable("ConfirmPreference", .string(on ? "Low" : "None"), scope: "local")
        default: return  // -OutVariable and -ErrorVariable are kept by the function's pipeline stage.
        }
    }

    func bindingError(_ message: String, id: String, category: ErrorCategory = .invalidArgument,
                      reason: String = "ParameterBindingException", commandName: String) -> RuntimeError {
        RuntimeError(ErrorRecord(message: message, errorId: id, category: category, reason: reason,
                                 commandName: commandName, commandClass: commandName))
    }
}
