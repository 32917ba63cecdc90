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

    func thrownRecord(_ value: Value, span: SourceSpan) -> ErrorRecord {
        if case .object(let object) = value, let record = object.baseObject as? ErrorRecordBox {
            return record.record
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
            remember(error.record)
            for clause in catches where catchMatches(clause, record: error.record) {
                let saved = variable("_", scope: "local")
                setVariable("_", .object(errorRecordObject(error.record)), scope: "local")
                setVariable("PSItem", .object(errorRecordObject(error.record)), scope: "local")
                defer { if let saved { setVariable("_", saved, scope: "local") } }
                try executeStatements(clause.body, emit: emit)
                return
            }
            throw error
        }
    }

    func catchMatches(_ clause: CatchClause, record: ErrorRecord) -> Bool {
        if clause.typeNames.isEmpty { return true }
        for written in clause.typeNames {
            let name = written.lowercased()
            let full = record.exceptionType.lowercased()
            if name == "exception" || name == "system.exception" { return true }
            if full == name || full.hasSuffix("." + name) { return true }
            if let inner = record.innerExceptionType?.lowercased(), inner == name || inner.hasSuffix("." + name) { return true }
            if name.hasSuffix("runtimeexception"), full.hasPrefix("system.management.automation.") { return true }
        }
        return false
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
            return try Operators.regexMatch(subjectText, pattern: patternText, caseSensitive: statement.isCaseSensitive, shell: self)
        }
        if statement.isWildcard {
            return WildcardPattern(patternText, caseSensitive: statement.isCaseSensitive).matches(subjectText)
        }
        if statement.isCaseSensitive, case .string = subject { return subjectText == patternText }
        return LanguagePrimitives.areEqual(subject, patternValue)
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
                    automationNullPending = false
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
            setVariable(path.name, value, scope: path.scope)
        case .convert(let typeName, let operand):
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
            case .hashtable(let table): table[name] = value
            case .object(let object):
                if !object.methods.isEmpty, object.method(Shell.propertyGetterKey(name)) != nil {
                    try assignComputedProperty(name, value, on: object, span: target.span)
                } else {
                    object.setProperty(name, value)
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
                table[index] = value
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
