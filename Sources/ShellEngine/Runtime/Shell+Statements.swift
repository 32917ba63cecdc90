import Foundation
import PowerShellSyntax

package typealias Emit = (Value) throws -> Void

extension Shell {
    /// Runs begin/process/end blocks of a script or script block. `input` is the pipeline input
    /// (`nil` when the block is not in a pipeline).
    func executeBlocks(of ast: ScriptBlockAst, input: [Value]?, emit: Emit, statementDone: () -> Void) throws {
        if let begin = ast.beginBlock { try executeStatements(begin, emit: emit, statementDone: statementDone) }
        if let process = ast.processBlock {
            for item in input ?? [.null] {
                let saved = variable("_", scope: "local")
                setVariable("_", item, scope: "local")
                setVariable("PSItem", item, scope: "local")
                try executeStatements(process, emit: emit, statementDone: statementDone)
                if let saved { setVariable("_", saved, scope: "local") }
            }
        }
        if let input { setVariable("input", .array(input), scope: "local") }
        try executeStatements(ast.endBlock, emit: emit, statementDone: statementDone)
    }

    func executeStatements(_ statements: [Statement], emit: Emit, statementDone: () -> Void = {}) throws {
        for statement in statements {
            if case .trap = statement.kind { return try executeStatements(statements, trapping: Trap.declared(in: statements), emit: emit, statementDone: statementDone) }
        }
        for statement in statements {
            try executeListedStatement(statement, emit: emit, statementDone: statementDone)
        }
    }

    private func executeStatements(_ statements: [Statement], trapping traps: [Trap], emit: Emit, statementDone: () -> Void) throws {
        for statement in statements {
            try executeTrapped(statement, traps: traps, emit: emit, statementDone: statementDone)
        }
    }

    /// One statement of a list: a non-terminating failure outside `try` is reported and the list goes on.
    @inline(__always)
    func executeListedStatement(_ statement: Statement, emit: Emit, statementDone: () -> Void) throws {
        if host.takeInterrupt() { throw PipelineInterrupted() }
        do {
            try executeStatement(statement, emit: emit)
        } catch let error as RuntimeError where !error.endsScript && tryDepth == 0 {
            statementDone()
            // With $ErrorActionPreference = 'Stop' a statement-terminating error ends the script too.
            if actionPreference("ErrorActionPreference") == "stop" {
                throw RuntimeError(error.record, endsScript: true)
            }
            report(error.record)
            lastSucceeded = false
            return
        }
        statementDone()
    }

    /// A preference variable's value, lower-cased (`continue` when unset).
    func actionPreference(_ name: String) -> String {
        switch variable(name) {
        case .enumValue(let member)?: return member.name.lowercased()
        case let value?: return LanguagePrimitives.toString(value).lowercased()
        case nil: return "continue"
        }
    }

    func executeStatement(_ statement: Statement, emit: Emit) throws {
        switch statement.kind {
        case .pipeline(let pipeline):
            if pipeline.elements.count == 1, case .expression(let expression, let redirections) = pipeline.elements[0],
               redirections.isEmpty, isSilentExpression(expression) {
                _ = try evaluate(expression)
                lastSucceeded = true
                return
            }
            try withoutActuallyEscaping(emit) { try runPipeline(pipeline, emit: $0) }
        case .assignment(let target, let op, let value):
            let result = try evaluateAssignmentValue(value)
            try assign(result, to: target, op: op)
            if op == .assign, automationNullPending { markAutomationNull(target) }
            automationNullPending = false
            lastSucceeded = true
        case .ifStatement(let clauses, let elseBody):
            for clause in clauses where LanguagePrimitives.isTrue(try evaluatePipelineValue(clause.condition)) {
                try executeStatements(clause.body, emit: emit)
                return
            }
            if let elseBody { try executeStatements(elseBody, emit: emit) }
        case .whileLoop(let label, let condition, let body):
            while LanguagePrimitives.isTrue(try evaluatePipelineValue(condition)) {
                if try runLoopBody(body, label: label, emit: emit) { break }
            }
        case .doWhileLoop(let label, let body, let condition):
            repeat {
                if try runLoopBody(body, label: label, emit: emit) { break }
            } while LanguagePrimitives.isTrue(try evaluatePipelineValue(condition))
        case .doUntilLoop(let label, let body, let condition):
            repeat {
                if try runLoopBody(body, label: label, emit: emit) { break }
            } while !LanguagePrimitives.isTrue(try evaluatePipelineValue(condition))
        case .forLoop(let label, let initializer, let condition, let iterator, let body):
            if let initializer { try executeStatement(initializer, emit: { _ in }) }
            while true {
                if let condition, !LanguagePrimitives.isTrue(try evaluatePipelineValue(condition)) { break }
                if try runLoopBody(body, label: label, emit: emit) { break }
                if let iterator { try executeStatement(iterator, emit: { _ in }) }
            }
        case .foreachLoop(let label, let variablePath, let collection, let body):
            let items = try evaluatePipelineValue(collection)
            let elements: [Value] = items.isNull ? [] : items.enumerated
            for item in elements {
                setVariable(variablePath.name, item, scope: variablePath.scope)
                if try runLoopBody(body, label: label, emit: emit) { break }
            }
        case .switchStatement(let switchStatement):
            try executeSwitch(switchStatement, emit: emit)
        case .tryStatement(let body, let catches, let finally):
            try executeTry(body: body, catches: catches, finally: finally, emit: emit)
        case .trap:
            // Traps are registered by their enclosing block; a lone trap statement does nothing.
            break
        case .functionDefinition(let definition):
            let block = ScriptBlockValue(ast: definition.body, source: currentSource)
            currentScope.functions[definition.name.lowercased()] = FunctionInfo(name: definition.name, definition: block, isFilter: definition.isFilter, module: scriptScope.module)
            // The function may hide a cmdlet of the same name from here on.
            registry.forgetResolutions()
        case .breakStatement(let label):
            throw ControlFlow.breakLoop(label: label)
        case .continueStatement(let label):
            throw ControlFlow.continueLoop(label: label)
        case .returnStatement(let pipeline):
            if let pipeline { try withoutActuallyEscaping(emit) { try runPipeline(pipeline, emit: $0) } }
            throw ControlFlow.returnFromScope
        case .exitStatement(let pipeline):
            var code: Int32 = 0
            if let pipeline {
                let value = try evaluatePipelineValue(pipeline)
                code = Int32(truncatingIfNeeded: (try? LanguagePrimitives.toInt(value, typeName: "System.Int64")) ?? 0)
            }
            throw ControlFlow.exit(code)
        case .throwStatement(let pipeline):
            // A bare `throw` in a catch block throws the error being handled again (about_Throw).
            if pipeline == nil, let current = handledErrors.last { throw RuntimeError(current, endsScript: true) }
            let value = try pipeline.map { try evaluatePipelineValue($0) } ?? .null
            throw RuntimeError(thrownRecord(value, span: statement.span), endsScript: true)
        }
    }

    /// `$i++` and friends print nothing when they stand alone as a statement.
    func isSilentExpression(_ expression: Expression) -> Bool {
        if case .unary(let op, _) = expression.kind {
            return [.preIncrement, .preDecrement, .postIncrement, .postDecrement].contains(op)
        }
        return false
    }

    /// Runs one loop iteration; returns true when the loop must stop (`break`).
    func runLoopBody(_ body: [Statement], label: String?, emit: Emit) throws -> Bool {
        // Checked here too, so that `while ($true) {}` still stops on Ctrl+C.
        if body.isEmpty, host.takeInterrupt() { throw PipelineInterrupted() }
        do {
            try executeStatements(body, emit: emit)
        } catch ControlFlow.breakLoop(let target) {
            if target == nil || target?.lowercased() == label?.lowercased() { return true }
            throw ControlFlow.breakLoop(label: target)
        } catch ControlFlow.continueLoop(let target) {
            if target == nil || target?.lowercased() == label?.lowercased() { return false }
            throw ControlFlow.continueLoop(label: target)
        }
        return false
    }

    /// The error `throw value` raises (ExceptionHandlingOps.ConvertToException): an ErrorRecord as it is; an
    /// exception object with its message as the id and its type matched by `catch`; anything else as text.
    func thrownRecord(_ value: Value, span: SourceSpan) -> ErrorRecord {
        if case .object(let object) = value, let record = object.baseObject as? ErrorRecordBox {
            return record.record
        }
        if case .object(let object) = value, object.typeNames.contains("System.Exception") {
            let message = LanguagePrimitives.toString(object["Message"])
            var record = ErrorRecord(
                message: message, errorId: message, category: .operationStopped,
                reason: String(object.typeName.split(separator: ".").last ?? ""), exceptionType: object.typeName,
                position: ErrorPosition(source: currentSource, span: span))
            record.exceptionObject = object
            return record
        }
        let message = value.isNull ? "ScriptHalted" : LanguagePrimitives.toString(value)
        return ErrorRecord(
            message: message, errorId: value.isNull ? "ScriptHalted" : message, category: .operationStopped,
            reason: "RuntimeException", targetName: value.isNull ? "" : message, targetType: value.isNull ? "" : "String",
            targetObject: value, position: ErrorPosition(source: currentSource, span: span))
    }

    func executeTry(body: [Statement], catches: [CatchClause], finally: [Statement]?, emit: Emit) throws {
        defer {
            if let finally { try? executeStatements(finally, emit: emit) }
        }
        do {
            tryDepth += 1
            defer { tryDepth -= 1 }
            try executeStatements(body, emit: emit)
        } catch let error as RuntimeError {
            var record = error.record
            remember(record)
            guard let index = Self.matchingHandler(catches.map(\.typeNames), for: record) else { throw error }
            // One exception object for the whole handling, so `$_.Exception` is the same object each time it is read.
            if record.exceptionObject == nil { record.exceptionObject = exceptionObject(for: record) }
            let saved = variable("_", scope: "local")
            let item = Value.object(errorRecordObject(record))
            setVariable("_", item, scope: "local")
            setVariable("PSItem", item, scope: "local")
            handledErrors.append(record)
            defer {
                handledErrors.removeLast()
                if let saved { setVariable("_", saved, scope: "local") }
            }
            try executeStatements(catches[index].body, emit: emit)
        }
    }

    /// Whether a clause (or trap) with these types handles the error.
    func catchMatches(_ clause: CatchClause, record: ErrorRecord) -> Bool {
        Self.matchingHandler([clause.typeNames], for: record) != nil
    }

    /// The handler that takes the error, as ExceptionHandlingOps.FindMatchingHandler picks it: the most derived
    /// type of the exception that a clause names wins, whatever the clauses' order; the inner exception (the
    /// .NET exception a RuntimeException or MethodInvocationException wraps) is tried before the outer one, and
    /// an `-ErrorAction Stop` error also matches ActionPreferenceStopException; a clause without types takes
    /// what no typed clause takes.
    static func matchingHandler(_ clauses: [[String]], for record: ErrorRecord) -> Int? {
        var chains: [[String]] = []
        if let inner = record.innerExceptionType { chains.append(ExceptionTypes.chain(inner)) }
        chains.append(ExceptionTypes.chain(record.exceptionType))
        if let wrapper = record.wrapperExceptionType { chains.append(ExceptionTypes.chain(wrapper)) }
        if record.stoppedByPreference { chains.append(ExceptionTypes.chain("System.Management.Automation.ActionPreferenceStopException")) }
        let written = clauses.map { names in names.map { name -> String in
            var text = name.trimmingCharacters(in: .whitespaces)
            if text.hasPrefix("["), text.hasSuffix("]") { text = String(text.dropFirst().dropLast()) }
            return (TypeNames.canonical(text) ?? text).lowercased()
        } }
        for chain in chains {
            for type in chain.map({ $0.lowercased() }) {
                if let index = written.firstIndex(where: { names in names.contains { $0 == type || type.hasSuffix("." + $0) } }) { return index }
            }
        }
        return clauses.firstIndex { $0.isEmpty }
    }

    func executeSwitch(_ statement: SwitchStatement, emit: Emit) throws {
        var subjects: [Value]
        let subjectValue = try evaluatePipelineValue(statement.subject)
        if statement.isFile {
            let path = resolvePath(LanguagePrimitives.toString(subjectValue))
            let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
            subjects = text.split(separator: "\n", omittingEmptySubsequences: false).map { .string(String($0)) }
            if subjects.last.map({ LanguagePrimitives.toString($0).isEmpty }) == true { subjects.removeLast() }
        } else {
            subjects = subjectValue.isNull ? [.null] : subjectValue.enumerated
        }
        subjectLoop: for subject in subjects {
            let saved = variable("_", scope: "local")
            setVariable("_", subject, scope: "local")
            defer { if let saved { setVariable("_", saved, scope: "local") } }
            var matched = false
            do {
                for clause in statement.clauses where try switchClauseMatches(clause.pattern, subject: subject, statement: statement) {
                    matched = true
                    try executeStatements(clause.body, emit: emit)
                }
                if !matched, let defaultBody = statement.defaultBody {
                    try executeStatements(defaultBody, emit: emit)
                }
            } catch ControlFlow.breakLoop(let label) {
                if label == nil || label?.lowercased() == statement.label?.lowercased() { break subjectLoop }
                throw ControlFlow.breakLoop(label: label)
            } catch ControlFlow.continueLoop(let label) {
                if label == nil || label?.lowercased() == statement.label?.lowercased() { continue subjectLoop }
                throw ControlFlow.continueLoop(label: label)
            }
        }
    }

    func switchClauseMatches(_ pattern: Expression, subject: Value, statement: SwitchStatement) throws -> Bool {
        if case .scriptBlock(let block) = pattern.kind {
            let result = try invokeScriptBlock(ScriptBlockValue(ast: block, source: currentSource), dollarUnder: subject, arguments: [])
            return LanguagePrimitives.isTrue(Value.fromPipelineOutput(result))
        }
        let patternValue = try evaluate(pattern)
        let subjectText = LanguagePrimitives.toString(subject)
        let patternText = LanguagePrimitives.toString(patternValue)
        if statement.isRegex {
            // A matching clause sets $Matches for its block (about_Switch).
            let regex = try Operators.compileRegex(patternText, caseSensitive: statement.isCaseSensitive, shell: self, span: pattern.span)
            guard let match = try Operators.firstMatch(regex, in: subjectText, shell: self) else { return false }
            setVariable("Matches", .hashtable(Operators.matchesTable(match, in: subjectText, pattern: patternText)))
            return true
        }
        if statement.isWildcard {
            return WildcardPattern(patternText, caseSensitive: statement.isCaseSensitive).matches(subjectText)
        }
        // Both sides compare as strings ("Impact of string conversion", about_Switch).
        if subject.isNull || patternValue.isNull { return subject.isNull && patternValue.isNull }
        return statement.isCaseSensitive ? subjectText == patternText : CaseInsensitiveText.equal(subjectText, patternText)
    }

    // MARK: - Assignment

    /// The value of an assignment's right-hand side. When it ran commands that wrote nothing (or is a variable
    /// that holds such nothing), `automationNullPending` says so for the assignment to mark its variable.
    func evaluateAssignmentValue(_ statement: Statement) throws -> Value {
        automationNullPending = false
        switch statement.kind {
        case .pipeline(let pipeline):
            if pipeline.elements.count == 1, case .expression(let expression, let redirections) = pipeline.elements[0], redirections.isEmpty {
                let value = try evaluate(expression)
                if case .variable(let path) = expression.kind, path.scope == nil {
                    automationNullPending = session.lookup(path.name)?.holdsAutomationNull == true
                } else {
                    automationNullPending = expression.kind.isMemberAccess && lastExpressionGaveNothing
                }
                return value
            }
            var items: [Value] = []
            try runPipeline(pipeline, emit: { items.append($0) })
            automationNullPending = items.isEmpty
            return Value.fromPipelineOutput(items)
        case .assignment(let target, let op, let value):
            let result = try evaluateAssignmentValue(value)
            try assign(result, to: target, op: op)
            if op == .assign, automationNullPending { markAutomationNull(target) }
            return try evaluate(target)
        default:
            var items: [Value] = []
            try executeStatement(statement, emit: { items.append($0) })
            automationNullPending = items.isEmpty
            return Value.fromPipelineOutput(items)
        }
    }

    /// Marks a plain `$name` target as holding AutomationNull (typed or member targets hold a real value).
    func markAutomationNull(_ target: Expression) {
        guard case .variable(let path) = target.kind, path.scope != "env", let variable = session.lookup(path.name) else { return }
        variable.holdsAutomationNull = true
    }

    func assign(_ value: Value, to target: Expression, op: AssignmentOperator) throws {
        var newValue = value
        if op != .assign {
            let current = try evaluate(target)
            switch op {
            case .add: newValue = try Operators.binary(.add, current, value, shell: self, span: target.span)
            case .subtract: newValue = try Operators.binary(.subtract, current, value, shell: self, span: target.span)
            case .multiply: newValue = try Operators.binary(.multiply, current, value, shell: self, span: target.span)
            case .divide: newValue = try Operators.binary(.divide, current, value, shell: self, span: target.span)
            case .remainder: newValue = try Operators.binary(.remainder, current, value, shell: self, span: target.span)
            case .nullCoalesce: newValue = current.isNull ? value : current
            case .assign: break
            }
        }
        // Whatever built it (`.Replace()`, `-join`, a cmdlet), a value kept in a variable stays within
        // the memory limits: a loop that doubles a string or an array ends with OutOfMemoryException.
        try MemoryLimits.check(newValue, self, target.span)
        try store(newValue, into: target)
    }

    func store(_ value: Value, into target: Expression) throws {
        switch target.kind {
        case .variable(let path):
            if path.scope == nil && VariableKey.of(path.name) == "null" { return }
            if path.scope == "env" {
                if value.isNull { unsetenv(path.name) } else { setenv(path.name, LanguagePrimitives.toString(value), 1) }
                return
            }
            if isConstantVariable(path.name) && path.scope != "local" {
                throw RuntimeError(ErrorRecord(
                    message: "Cannot overwrite variable \(path.name) because it is read-only or constant.",
                    errorId: "VariableNotWritable", category: .writeError, reason: "SessionStateUnauthorizedAccessException",
                    targetName: path.name, targetType: "String", position: ErrorPosition(source: currentSource, span: target.span)))
            }
            if let existing = session.assignedVariable(path.name, scope: path.scope) {
                // A type-constrained variable converts every value assigned (about_Variables).
                if let constraint = existing.typeConstraint {
                    existing.value = try Conversion.convert(value, to: constraint, shell: self, span: target.span)
                } else {
                    existing.value = value
                }
                existing.holdsAutomationNull = false
            } else {
                setVariable(path.name, value, scope: path.scope)
            }
        case .convert(let typeName, let operand):
            if case .variable(let path) = operand.kind, path.scope != "env", VariableKey.of(path.name) != "null" {
                // A cast on the target constrains the variable: later assignments convert too.
                let converted = try Conversion.convert(value, to: typeName, shell: self, span: target.span)
                session.constrainVariable(path.name, scope: path.scope, to: nil)
                try store(converted, into: operand)
                if TypeNames.canonical(typeName) != "System.Object" { session.constrainVariable(path.name, scope: path.scope, to: typeName) }
                return
            }
            let converted = try Conversion.convert(value, to: typeName, shell: self, span: target.span)
            try store(converted, into: operand)
        case .arrayLiteral(let targets):
            let values = value.enumerated
            for (offset, element) in targets.enumerated() {
                if offset == targets.count - 1 && values.count > targets.count {
                    try store(.array(Array(values[offset...])), into: element)
                } else {
                    try store(offset < values.count ? values[offset] : .null, into: element)
                }
            }
        case .member(let owner, let member, _):
            let container = try evaluate(owner)
            let name = try memberName(member)
            switch container {
            case .hashtable(let table):
                if let types = table.genericTypes {
                    table[try Conversion.convert(.string(name), to: types.key, shell: self, span: target.span)] = try Conversion.convert(value, to: types.value, shell: self, span: target.span)
                } else {
                    table[name] = value
                }
            case .object(let object):
                if !object.methods.isEmpty, object.method(Shell.propertyGetterKey(name)) != nil {
                    try assignComputedProperty(name, value, on: object, span: target.span)
                } else {
                    object.setProperty(name, value)
                }
            case .dotNet(let object):
                let call = MethodCall(shell: self, span: target.span, writtenName: name, arguments: [value], object: object)
                guard try object.setProperty(name.lowercased(), value, call: call) else {
                    throw RuntimeError(ErrorRecord(
                        message: "The property '\(name)' cannot be found on this object. Verify that the property exists and can be set.",
                        errorId: "PropertyNotFound", category: .invalidOperation, position: ErrorPosition(source: currentSource, span: target.span)))
                }
            case .null:
                throw RuntimeError(ErrorRecord(
                    message: "The property '\(name)' cannot be found on this object. Verify that the property exists and can be set.",
                    errorId: "PropertyAssignmentException", category: .invalidOperation,
                    position: ErrorPosition(source: currentSource, span: target.span)))
            default:
                throw RuntimeError(ErrorRecord(
                    message: "'\(name)' is a ReadOnly property.", errorId: "PropertyAssignmentException",
                    category: .invalidOperation, position: ErrorPosition(source: currentSource, span: target.span)))
            }
        case .index(let owner, let indexExpression):
            let container = try evaluate(owner)
            let index = try evaluate(indexExpression)
            switch container {
            case .hashtable(let table):
                if table.isOrdered, case .int(let position) = index, !table.containsKey(index) {
                    let resolved = position < 0 ? table.count + position : position
                    guard resolved >= 0, resolved < table.count else {
                        throw MethodCall(shell: self, span: target.span, writtenName: "Item", arguments: [index, value])
                            .failure(CollectionObject.indexOutOfRangeMessage, exception: "System.ArgumentOutOfRangeException")
                    }
                    table.setValue(value, at: resolved)
                } else if let types = table.genericTypes {
                    table[try Conversion.convert(index, to: types.key, shell: self, span: target.span)] = try Conversion.convert(value, to: types.value, shell: self, span: target.span)
                } else {
                    table[index] = value
                }
            case .dotNet(let object):
                let call = MethodCall(shell: self, span: target.span, writtenName: "Item", arguments: [index, value], object: object)
                guard try object.setElement(at: index, value, call: call) else {
                    throw RuntimeError(ErrorRecord(
                        message: "Unable to index into an object of type \(object.typeName).", errorId: "CannotIndex", category: .invalidOperation,
                        position: ErrorPosition(source: currentSource, span: target.span)))
                }
            case .array(var items):
                let position = try LanguagePrimitives.toInt(index)
                let resolved = position < 0 ? items.count + position : position
                guard resolved >= 0, resolved < items.count else {
                    throw RuntimeError(ErrorRecord(
                        message: "Index was outside the bounds of the array.", errorId: "System.IndexOutOfRangeException",
                        category: .invalidOperation, reason: "IndexOutOfRangeException",
                        position: ErrorPosition(source: currentSource, span: target.span)))
                }
                items[resolved] = value
                try store(.array(items), into: owner)
            case .object(let object):
                object.setProperty(LanguagePrimitives.toString(index), value)
            default:
                throw RuntimeError(ErrorRecord(
                    message: "Cannot index into a null array.", errorId: "NullArray", category: .invalidOperation,
                    position: ErrorPosition(source: currentSource, span: target.span)))
            }
        case .parenthesized(let inner):
            if case .pipeline(let pipeline) = inner.kind, pipeline.elements.count == 1,
               case .expression(let expression, _) = pipeline.elements[0] {
                try store(value, into: expression)
                return
            }
            fallthrough
        default:
            throw RuntimeError(ErrorRecord(
                message: "The assignment expression is not valid. The input to an assignment operator must be an object that is able to accept assignments, such as a variable or a property.",
                errorId: "InvalidLeftHandSide", category: .parserError, reason: "ParentContainsErrorRecordException",
                position: ErrorPosition(source: currentSource, span: target.span)))
        }
    }
}

/// Carries an ErrorRecord inside a PSObject so `throw $_` rethrows the same record.
package struct ErrorRecordBox: @unchecked Sendable {
    package let record: ErrorRecord
}
