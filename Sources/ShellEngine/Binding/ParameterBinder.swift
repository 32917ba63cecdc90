import PowerShellSyntax

/// Binds command-line arguments and pipeline objects to a cmdlet's parameters, following
/// PowerShell's order: named, positional, then pipeline by value and by property name.
struct ParameterBinder {
    /// The command's metadata, read from the shared table (copying the struct per invocation costs a
    /// retain for each of its fields).
    var metadata: CommandMetadata { table.metadata }
    let shell: Shell
    let source: SourceText
    let commandSpan: SourceSpan
    let pipelinePosition: Int
    let expectsInput: Bool
    /// Declared and common parameters, the set names and lookups, shared by every invocation of the command.
    let table: BindingTable
    private var setNames: [String] { table.setNames }

    init(table: BindingTable, shell: Shell, source: SourceText, commandSpan: SourceSpan, pipelinePosition: Int, expectsInput: Bool) {
        self.table = table
        self.shell = shell
        self.source = source
        self.commandSpan = commandSpan
        self.pipelinePosition = pipelinePosition
        self.expectsInput = expectsInput
    }

    func error(_ message: String, id: String, category: ErrorCategory = .invalidArgument,
               reason: String = "ParameterBindingException", span: SourceSpan?) -> RuntimeError {
        RuntimeError(ErrorRecord(message: message, errorId: id, category: category, reason: reason,
                                 commandName: metadata.name, commandClass: metadata.className,
                                 position: ErrorPosition(source: source, span: span ?? commandSpan)))
    }

    /// Finds a parameter by exact name or alias, then by unambiguous prefix.
    func resolve(_ written: String, span: SourceSpan) throws -> ParameterMetadata? {
        if let exact = table.exactMatch(written) {
            return exact
        }
        let matches = table.prefixMatches(VariableKey.of(written))
        if matches.count == 1 { return matches[0] }
        if matches.count > 1 {
            let declared = matches.filter { !$0.isCommon }
            if declared.count == 1 { return declared[0] }
            let names = matches.map { " -" + $0.name }.joined()
            throw error("Parameter cannot be processed because the parameter name '\(written)' is ambiguous. Possible matches include:\(names).",
                        id: "AmbiguousParameter", span: span)
        }
        return nil
    }

    /// Binds the command line. Returns the bound parameters with the chosen parameter set.
    func bindCommandLine(_ arguments: [CommandArgument]) throws -> BoundParameters {
        // A script repeats the same command lines: a cmdlet's binding of a shape of command line seen before is
        // replayed, converting only the values (``CommandLinePlan``); anything else binds the long way.
        guard table.takesPlans else { return try bindLongWay(arguments, recording: false).bound }
        let shape = CommandLinePlan.Shape(arguments, expectsInput: expectsInput)
        if let plan = table.commandLinePlan(for: shape), let bound = replay(plan, arguments) { return bound }
        let (bound, steps) = try bindLongWay(arguments, recording: true)
        if let steps, steps.count == bound.names.count, bound.remaining.isEmpty {
            let complete = missingMandatory(in: bound.parameterSetName, bound: bound, allowPipeline: expectsInput).isEmpty
            table.remember(CommandLinePlan(steps: steps, parameterSetName: bound.parameterSetName, missesNoMandatory: complete),
                           for: shape)
        }
        return bound
    }

    /// The binding `plan` recorded for this shape of command line, with these arguments' values; `nil` when a value
    /// does not convert (the long way then reports it, or binds the positional arguments in another set).
    private func replay(_ plan: CommandLinePlan, _ arguments: [CommandArgument]) -> BoundParameters? {
        var bound = BoundParameters()
        bound.reserveCapacity(plan.steps.count)
        for step in plan.steps {
            guard step.argument < arguments.count else { return nil }
            let value: Value
            let span: SourceSpan
            switch (step.source, arguments[step.argument]) {
            case (.value, .named(_, let given?, _, let namedSpan)):
                (value, span) = (given, namedSpan)
            case (.value, .positional(let given, let positionalSpan)):
                (value, span) = (given, positionalSpan)
            case (.switchOn, .named(_, _, _, let namedSpan)):
                (value, span) = (.bool(true), namedSpan)
            case (.text, .named(_, _, let text, let namedSpan)):
                (value, span) = (.string(text), namedSpan)
            default:
                return nil
            }
            if step.exact, !isExactPositionalMatch(value, step.parameter.type) { return nil }
            guard let converted = try? convert(value, for: step.parameter, span: span) else { return nil }
            bound.set(step.parameter.name, converted, slot: step.parameter.slot)
        }
        bound.parameterSetName = plan.parameterSetName
        bound.missesNoMandatory = plan.missesNoMandatory
        return bound
    }

    /// Binds the command line the long way. `recording`: also returns each binding made, in order, for a plan;
    /// `nil` when the positional arguments did not bind in the first set tried (a replay would not try the others).
    private func bindLongWay(_ arguments: [CommandArgument], recording: Bool) throws -> (bound: BoundParameters, steps: [CommandLinePlan.Step]?) {
        var steps: [CommandLinePlan.Step]? = recording ? [] : nil
        var bound = BoundParameters()
        var positionals: [(Value, SourceSpan, Int)] = []
        // Arguments no parameter takes, with where they stood: `$args` keeps the order they were written in.
        var unbound: [(Int, Value)] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            switch argument {
            case .positional(let value, let span):
                positionals.append((value, span, index - 1))
            case .named(let name, let value, _, let span):
                guard let parameter = try resolve(name, span: span) else {
                    if metadata.collectsUnboundArguments {
                        // A simple function keeps what it does not declare in `$args`, the name as written.
                        unbound.append((index - 1, .string("-" + name)))
                        if let value { unbound.append((index - 1, value)) }
                        continue
                    }
                    throw error("A parameter cannot be found that matches parameter name '\(name)'.", id: "NamedParameterNotFound", span: span)
                }
                if bound.has(parameter.name) {
                    throw error("Cannot bind parameter because parameter '\(parameter.name)' is specified more than once. To provide multiple values to parameters that can accept multiple values, use the array syntax. For example, \"-parameter value1,value2,value3\".",
                                id: "ParameterAlreadyBound", span: span)
                }
                var argumentValue: Value
                var argumentSpan = span
                var source = CommandLinePlan.Source.value
                var sourceArgument = index - 1
                if let value {
                    argumentValue = value
                } else if parameter.type.isSwitch {
                    argumentValue = .bool(true)
                    source = .switchOn
                } else {
                    guard index < arguments.count else {
                        throw error("Missing an argument for parameter '\(parameter.name)'. Specify a parameter of type '\(parameter.type.dotNetName)' and try again.",
                                    id: "MissingArgument", span: span)
                    }
                    switch arguments[index] {
                    case .positional(let next, let nextSpan):
                        argumentValue = next
                        argumentSpan = nextSpan
                        sourceArgument = index
                    case .named(let nextName, _, let nextText, let nextSpan):
                        if (try? resolve(nextName, span: nextSpan)) ?? nil != nil {
                            throw error("Missing an argument for parameter '\(parameter.name)'. Specify a parameter of type '\(parameter.type.dotNetName)' and try again.",
                                        id: "MissingArgument", span: span)
                        }
                        argumentValue = .string(nextText)
                        argumentSpan = nextSpan
                        source = .text
                        sourceArgument = index
                    }
                    index += 1
                }
                bound.set(parameter.name, try convert(argumentValue, for: parameter, span: argumentSpan), slot: parameter.slot)
                steps?.append(CommandLinePlan.Step(argument: sourceArgument, source: source, parameter: parameter))
            }
        }
        var candidates = candidateSets(for: bound)
        if !positionals.isEmpty {
            // Try the preferred set first; when its positional parameters cannot take the arguments
            // (wrong type, too few slots), PowerShell goes on to the other sets.
            var firstFailure: Error?
            var done = false
            // First without type coercion: a set whose positional parameters take the arguments as they are wins over
            // one that would have to convert them (ParameterBinderController.BindPositionalParameters binds without
            // coercion before with it), so `Add-Member -InputObject $o @{ N = 1 }` is the hashtable set and
            // `Add-Member -InputObject a property Any` the note-property one.
            let ordered = orderedSets(candidates)
            let exactSet = ordered.count < 2 ? nil : ordered.first { set in
                let slots = positionalSlots(candidates: [set], bound: bound)
                return positionals.count <= slots.count
                    && positionals.indices.allSatisfy { isExactPositionalMatch(positionals[$0].0, slots[$0].type) }
            }
            // With several candidate sets the chosen one depends on the values' types (the pass above), not on the
            // command line's shape alone: such a binding is recorded only when the first set took the arguments as
            // they are, and its replay checks that the new values still do (the pass above then chooses it again).
            let typeDependent = ordered.count >= 2
            let planable = !typeDependent || (exactSet != nil && exactSet == ordered.first)
            for (setIndex, set) in ((exactSet.map { [$0] } ?? []) + ordered).enumerated() {
                let slots = positionalSlots(candidates: [set], bound: bound)
                var attempt = bound
                var attemptUnbound = unbound
                var attemptSteps: [CommandLinePlan.Step] = []
                do {
                    for (offset, (value, span, position)) in positionals.enumerated() {
                        guard offset < slots.count else {
                            if metadata.collectsUnboundArguments || remainingParameter != nil {
                                attemptUnbound.append((position, value))
                                continue
                            }
                            throw error("A positional parameter cannot be found that accepts argument '\(LanguagePrimitives.toString(value))'.",
                                        id: "PositionalParameterNotFound", span: span)
                        }
                        attempt.set(slots[offset].name, try convert(value, for: slots[offset], span: span), slot: slots[offset].slot)
                        attemptSteps.append(CommandLinePlan.Step(argument: position, source: .value, parameter: slots[offset],
                                                                 exact: typeDependent))
                    }
                    bound = attempt
                    unbound = attemptUnbound
                    done = true
                    if setIndex == 0 && planable { steps?.append(contentsOf: attemptSteps) } else { steps = nil }
                    break
                } catch {
                    if firstFailure == nil { firstFailure = error }
                }
            }
            if !done, let firstFailure { throw firstFailure }
            candidates = candidateSets(for: bound)
        }
        if !unbound.isEmpty {
            // By where each stood, then as collected (a name before the value written with it).
            bound.remaining = unbound.enumerated().sorted { ($0.element.0, $0.offset) < ($1.element.0, $1.offset) }.map(\.element.1)
        }
        if !bound.remaining.isEmpty, let remainingParameter, !bound.has(remainingParameter.name) {
            // `[Parameter(ValueFromRemainingArguments)]` takes what nothing else took, as a list.
            bound.set(remainingParameter.name, try convert(.array(bound.remaining), for: remainingParameter, span: commandSpan),
                      slot: remainingParameter.slot)
            bound.remaining = []
        }
        guard !candidates.isEmpty else {
            throw error("Parameter set cannot be resolved using the specified named parameters. One or more parameters issued cannot be used together or an insufficient number of parameters were provided.",
                        id: "AmbiguousParameterSet", span: nil)
        }
        bound.parameterSetName = chooseSet(candidates, bound: bound)
        return (bound, steps)
    }

    /// The script parameter that takes the arguments no other parameter takes, if any.
    var remainingParameter: ParameterMetadata? { table.remainingParameter }

    /// Parameter sets compatible with everything bound so far.
    func candidateSets(for bound: BoundParameters) -> [String] {
        table.candidateSets(for: bound.names) { computeCandidateSets(for: bound) }
    }

    private func computeCandidateSets(for bound: BoundParameters) -> [String] {
        setNames.filter { set in
            bound.names.allSatisfy { name in
                guard let parameter = table.byName[VariableKey.of(name)] else { return true }
                return parameter.isCommon || parameter.membership(in: set) != nil
            }
        }
    }

    /// Candidate sets with the default set first.
    func orderedSets(_ candidates: [String]) -> [String] {
        var ordered = candidates
        if let preferred = metadata.defaultParameterSet, let at = ordered.firstIndex(of: preferred) {
            ordered.remove(at: at)
            ordered.insert(preferred, at: 0)
        }
        return ordered
    }

    /// Unbound positional parameters in position order, for the preferred candidate set.
    func positionalSlots(candidates: [String], bound: BoundParameters) -> [ParameterMetadata] {
        var ordered = candidates
        if let preferred = metadata.defaultParameterSet, let at = ordered.firstIndex(of: preferred) {
            ordered.remove(at: at)
            ordered.insert(preferred, at: 0)
        }
        var best: [ParameterMetadata] = []
        for set in ordered {
            let slots = table.positionalParameters(in: set).filter { !bound.has($0.name) }
            if slots.count > best.count { best = slots }
            if !slots.isEmpty && set == ordered.first { return slots }
        }
        return best
    }

    func chooseSet(_ candidates: [String], bound: BoundParameters) -> String {
        if candidates.count == 1 { return candidates[0] }
        let satisfied = candidates.filter { missingMandatory(in: $0, bound: bound, allowPipeline: expectsInput).isEmpty }
        let pool = satisfied.isEmpty ? candidates : satisfied
        if let preferred = metadata.defaultParameterSet, pool.contains(preferred) { return preferred }
        return pool[0]
    }

    func missingMandatory(in set: String, bound: BoundParameters, allowPipeline: Bool) -> [ParameterMetadata] {
        table.mandatoryParameters(in: set).compactMap { entry in
            if bound.has(entry.parameter.name) { return nil }
            if allowPipeline && !entry.pipeline.isEmpty { return nil }
            return entry.parameter
        }
    }

    /// Mandatory parameters still missing after the command line: prompt, or fail when no one can answer.
    func completeMandatory(_ bound: inout BoundParameters) throws {
        if bound.missesNoMandatory { return }
        let missing = missingMandatory(in: bound.parameterSetName, bound: bound, allowPipeline: expectsInput)
        guard !missing.isEmpty else { return }
        guard shell.host.isInteractive else {
            throw error("Cannot process command because of one or more missing mandatory parameters:\(missing.map { " " + $0.name }.joined()).",
                        id: "MissingMandatoryParameter", span: nil)
        }
        shell.host.writeOutputLine("")
        shell.host.writeOutputLine("cmdlet \(metadata.name) at command pipeline position \(pipelinePosition)")
        shell.host.writeOutputLine("Supply values for the following parameters:")
        for parameter in missing {
            var value: Value
            if parameter.type.isArray {
                var items: [Value] = []
                while true {
                    guard let line = shell.host.readLine(prompt: "\(parameter.name)[\(items.count)]: ") else { throw PipelineInterrupted() }
                    if line.isEmpty { break }
                    items.append(.string(line))
                }
                value = .array(items)
            } else if parameter.type == .secureString {
                guard let line = shell.host.readSecret(prompt: "\(parameter.name): ") else { throw PipelineInterrupted() }
                value = .secureString(SecureString(plainText: line))
            } else {
                guard let line = shell.host.readLine(prompt: "\(parameter.name): ") else { throw PipelineInterrupted() }
                value = .string(line)
            }
            bound.set(parameter.name, try convert(value, for: parameter, span: commandSpan), slot: parameter.slot)
        }
    }

    /// What pipeline binding needs from the command-line parameters, the same for every input object:
    /// the candidate sets and the unbound parameters that take pipeline input by value or by property name.
    struct PipelinePlan {
        var sets: [String]
        var byValue: [ParameterMetadata]
        var byPropertyName: [ParameterMetadata]
        /// The mandatory parameters of the command line's set, checked after each object is bound.
        var baseSet: String
        var mandatoryInBaseSet: [(parameter: ParameterMetadata, pipeline: PipelineInput)]
    }

    func pipelinePlan(for base: BoundParameters) -> PipelinePlan {
        table.pipelinePlan(for: base) { computePipelinePlan(for: base) }
    }

    private func computePipelinePlan(for base: BoundParameters) -> PipelinePlan {
        let sets = candidateSets(for: base)
        func takesPipeline(_ parameter: ParameterMetadata, _ kind: PipelineInput) -> Bool {
            if base.has(parameter.name) { return false }
            return sets.contains { parameter.membership(in: $0)?.pipeline.contains(kind) == true }
        }
        return PipelinePlan(sets: sets, byValue: metadata.parameters.filter { takesPipeline($0, .byValue) },
                            byPropertyName: metadata.parameters.filter { takesPipeline($0, .byPropertyName) },
                            baseSet: base.parameterSetName,
                            mandatoryInBaseSet: table.mandatoryParameters(in: base.parameterSetName))
    }

    /// Binds one pipeline object on top of the command-line parameters; `nil` when it cannot bind.
    /// `plan` is `pipelinePlan(for: base)`, passed in so that a stage computes it once, not per object.
    func bindPipelineObject(_ item: Value, onto base: BoundParameters, plan given: PipelinePlan? = nil) -> BoundParameters? {
        var bound = base
        let set = base.parameterSetName
        let plan = given ?? pipelinePlan(for: base)
        let sets = plan.sets
        var boundAny = false
        var added: [ParameterMetadata] = []
        for parameter in plan.byValue {
            if isExactMatch(item, parameter.type), let converted = try? convert(item, for: parameter, span: commandSpan) {
                bound.set(parameter.name, converted, slot: parameter.slot)
                added.append(parameter)
                boundAny = true
                break
            }
        }
        if !boundAny {
            for parameter in plan.byPropertyName {
                let names = [parameter.name] + parameter.aliases
                let propertyValue: Value? = {
                    switch item {
                    case .object(let object):
                        return names.lazy.compactMap { object.property($0)?.value }.first
                    case .hashtable(let table):
                        return names.lazy.compactMap { table[$0] }.first
                    default:
                        return nil
                    }
                }()
                if let propertyValue, let converted = try? convert(propertyValue, for: parameter, span: commandSpan) {
                    bound.set(parameter.name, converted, slot: parameter.slot)
                    added.append(parameter)
                    boundAny = true
                }
            }
        }
        if !boundAny {
            for parameter in plan.byValue {
                if let converted = try? convert(item, for: parameter, span: commandSpan) {
                    bound.set(parameter.name, converted, slot: parameter.slot)
                    added.append(parameter)
                    boundAny = true
                    break
                }
            }
        }
        guard boundAny else { return nil }
        // The base's candidate sets narrowed by what this object bound (the same as `candidateSets(for: bound)`).
        // A parameter of every set (InputObject, usually) narrows nothing: no lookup per set (Where-Object has dozens).
        let newSets = added.allSatisfy { $0.isCommon || $0.isInAllSets } ? sets
            : sets.filter { set in added.allSatisfy { $0.isCommon || $0.membership(in: set) != nil } }
        if newSets.isEmpty { return nil }
        bound.parameterSetName = newSets.contains(set) ? set : chooseSet(newSets, bound: bound)
        if bound.parameterSetName == plan.baseSet {
            if plan.mandatoryInBaseSet.contains(where: { !bound.has($0.parameter.name) }) { return nil }
        } else if !missingMandatory(in: bound.parameterSetName, bound: bound, allowPipeline: false).isEmpty {
            return nil
        }
        return bound
    }

    func isExactMatch(_ value: Value, _ type: ParameterType) -> Bool {
        switch (type, value) {
        case (.any, _): return true
        case (.array(let element), _): return isExactMatch(value, element)
        case (.string, .string): return true
        case (.object(let typeName, _), .object(let object)): return object.typeNames.contains(typeName)
        case (.script(let typeName), _): return LanguagePrimitives.typeName(of: value) == (TypeNames.canonical(typeName) ?? typeName)
        default: return false
        }
    }

    /// A positional argument that a parameter takes without conversion. A single value of a list parameter's element
    /// type is one: the binder's pass without coercion makes it a list of one and needs no conversion for it
    /// (ParameterBinderBase.EncodeCollection, src/System.Management.Automation/engine/ParameterBinderBase.cs, sets
    /// `coercionRequired` only for an element of another type), so `ForEach-Object { ... }` binds `-Process` in that
    /// pass, as `ForEach-Object Name` binds `-MemberName`.
    func isExactPositionalMatch(_ value: Value, _ type: ParameterType) -> Bool {
        switch (type, value) {
        case (.hashtable, .hashtable), (.scriptBlock, .scriptBlock), (.int, .int), (.long, .int), (.double, .double), (.bool, .bool): return true
        case (.array(let element), .array(let items)): return items.allSatisfy { isExactPositionalMatch($0, element) }
        case (.array(let element), _): return isExactPositionalMatch(value, element)
        default: return isExactMatch(value, type)
        }
    }

    // MARK: - Conversion

    func convert(_ value: Value, for parameter: ParameterMetadata, span: SourceSpan) throws -> Value {
        let mandatory = parameter.isMandatoryInSomeSet
        if value.isNull {
            if mandatory, !parameter.allowsNull {
                throw error("Cannot bind argument to parameter '\(parameter.name)' because it is null.",
                            id: "ParameterArgumentValidationErrorNullNotAllowed", category: .invalidData,
                            reason: "ParameterBindingValidationException", span: span)
            }
            if parameter.type.isSwitch { return .bool(false) }
            // A script type converts `$null` as the language does (`[int]` gives 0); then its validation runs.
            guard case .script = parameter.type else { return .null }
        }
        let converted = try convert(value, to: parameter.type, parameter: parameter, span: span)
        if let script = parameter.script, !script.validations.isEmpty {
            try shell.validate(converted, against: script.validations, parameter: parameter.name, error: { message in
                error("Cannot validate argument on parameter '\(parameter.name)'. \(message)", id: "ParameterArgumentValidationError",
                      category: .invalidData, reason: "ParameterBindingValidationException", span: span)
            })
        }
        // PowerShell checks empty strings only for string parameters and empty collections only for collection
        // ones (ParameterBinderBase.ValidateNullOrEmptyArgument): an `[object]` parameter takes "" and @().
        if mandatory {
            if parameter.type.isStringType, !parameter.allowsEmptyString, case .string(let text) = converted, text.isEmpty {
                throw error("Cannot bind argument to parameter '\(parameter.name)' because it is an empty string.",
                            id: "ParameterArgumentValidationErrorEmptyStringNotAllowed", category: .invalidData,
                            reason: "ParameterBindingValidationException", span: span)
            }
            if parameter.type.isCollectionType, case .array(let items) = converted, items.isEmpty {
                throw error("Cannot bind argument to parameter '\(parameter.name)' because it is an empty array.",
                            id: "ParameterArgumentValidationErrorEmptyArrayNotAllowed", category: .invalidData,
                            reason: "ParameterBindingValidationException", span: span)
            }
        }
        if let valid = parameter.validValues {
            for item in converted.enumerated {
                let text = LanguagePrimitives.toString(item)
                if !valid.contains(where: { $0.caseInsensitiveCompare(text) == .orderedSame }) {
                    throw error("Cannot validate argument on parameter '\(parameter.name)'. The argument \"\(text)\" does not belong to the set \"\(valid.joined(separator: ","))\" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again.",
                                id: "ParameterArgumentValidationError", category: .invalidData,
                                reason: "ParameterBindingValidationException", span: span)
                }
            }
        }
        return converted
    }

    func conversionError(_ value: Value, _ parameter: ParameterMetadata, _ type: ParameterType, detail: String?, span: SourceSpan) -> RuntimeError {
        var message = ConversionError(value: value, targetType: type.dotNetName, detail: detail).message
        if detail == nil {
            // No conversion path at all: PowerShell names the source type too.
            message = "Cannot convert the \"\(LanguagePrimitives.toString(value))\" value of type \"\(LanguagePrimitives.typeName(of: value))\" to type \"\(type.dotNetName)\"."
        }
        return error("Cannot bind parameter '\(parameter.name)'. \(message)",
                     id: detail == nil ? "CannotConvertArgument" : "CannotConvertArgumentNoMessage", span: span)
    }

    func convert(_ value: Value, to type: ParameterType, parameter: ParameterMetadata, span: SourceSpan) throws -> Value {
        switch type {
        case .any:
            return value
        case .array(let element):
            if value.isNull { return .null }
            return .array(try value.enumerated.map { try convert($0, to: element, parameter: parameter, span: span) })
        case .string:
            if case .array(let items) = value {
                if items.count == 1 { return try convert(items[0], to: .string, parameter: parameter, span: span) }
                throw error("Cannot convert 'System.Object[]' to the type 'System.String' required by parameter '\(parameter.name)'. Specified method is not supported.",
                            id: "CannotConvertArgument", span: span)
            }
            return .string(LanguagePrimitives.toString(value))
        case .int, .long:
            do {
                return .int(try LanguagePrimitives.toInt(value, typeName: type == .int ? "System.Int32" : "System.Int64"))
            } catch let failure {
                throw conversionError(value, parameter, type, detail: failure.detail ?? "Input string was not in a correct format.", span: span)
            }
        case .double:
            do { return .double(try LanguagePrimitives.toDouble(value)) } catch let failure {
                throw conversionError(value, parameter, type, detail: failure.detail, span: span)
            }
        case .bool:
            switch value {
            case .bool: return value
            case .int(let number): return .bool(number != 0)
            case .double(let number): return .bool(number != 0)
            default:
                throw error("Cannot process argument transformation on parameter '\(parameter.name)'. Cannot convert value \"\(LanguagePrimitives.toString(value))\" to type \"System.Boolean\". Boolean parameters accept only Boolean values and numbers, such as $True, $False, 1 or 0.",
                            id: "ParameterArgumentTransformationError", category: .invalidData, span: span)
            }
        case .switchParameter:
            switch value {
            case .bool, .int, .double: return .bool(LanguagePrimitives.isTrue(value))
            default:
                throw error("Cannot process argument transformation on parameter '\(parameter.name)'. Cannot convert value \"\(LanguagePrimitives.toString(value))\" to type \"System.Management.Automation.SwitchParameter\". Boolean parameters accept only Boolean values and numbers, such as $True, $False, 1 or 0.",
                            id: "ParameterArgumentTransformationError", category: .invalidData, span: span)
            }
        case .secureString:
            if case .secureString = value { return value }
            throw conversionError(value, parameter, type, detail: nil, span: span)
        case .scriptBlock:
            if case .scriptBlock = value { return value }
            throw conversionError(value, parameter, type, detail: nil, span: span)
        case .hashtable:
            if case .hashtable = value { return value }
            throw conversionError(value, parameter, type, detail: nil, span: span)
        case .dateTime:
            if case .date = value { return value }
            if let date = DateFormatting.parse(LanguagePrimitives.toString(value)) { return .date(date) }
            throw conversionError(value, parameter, type, detail: "String was not recognized as a valid DateTime.", span: span)
        case .enumeration(let typeName, let names):
            let text: String
            if case .enumValue(let e) = value {
                text = e.name
            } else if case .int(let number) = value, let known = shell.types.enumeration(typeName)?.value(raw: number) {
                text = known.name  // a number names the member with that value, when the enum's values are known
            } else {
                text = LanguagePrimitives.toString(value)
            }
            if let index = names.firstIndex(where: { $0.caseInsensitiveCompare(text) == .orderedSame }) {
                return .enumValue(EnumValue(typeName: typeName, name: names[index], rawValue: index))
            }
            throw error("Cannot bind parameter '\(parameter.name)'. Cannot convert value \"\(text)\" to type \"\(typeName)\". Error: \"Unable to match the identifier name \(text) to a valid enumerator name. Specify one of the following enumerator names and try again:\n\(names.joined(separator: ", "))\"",
                        id: "CannotConvertArgumentNoMessage", span: span)
        case .script(let typeName):
            do {
                return try Conversion.convert(value, to: typeName, shell: shell, span: span)
            } catch let failure as RuntimeError where failure.record.errorId != "TypeNotFound" {
                throw error("Cannot process argument transformation on parameter '\(parameter.name)'. \(failure.record.message)",
                            id: "ParameterArgumentTransformationError", category: .invalidData,
                            reason: "ParameterBindingArgumentTransformationException", span: span)
            }
        case .object(let typeName, let acceptsName):
            if case .object(let object) = value, object.typeNames.contains(typeName) { return value }
            if acceptsName, case .string = value { return value }
            if case .array(let items) = value, items.count == 1 { return try convert(items[0], to: type, parameter: parameter, span: span) }
            throw conversionError(value, parameter, type, detail: nil, span: span)
        }
    }
}
