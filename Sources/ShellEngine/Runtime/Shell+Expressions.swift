import Foundation
import PowerShellSyntax

extension Shell {
    /// Runs a pipeline and gathers its output as one value (none → `$null`, one → it, more → array).
    func evaluatePipelineValue(_ pipeline: Pipeline) throws -> Value {
        if pipeline.elements.count == 1, case .expression(let expression, let redirections) = pipeline.elements[0], redirections.isEmpty {
            return try evaluate(expression)
        }
        var items: [Value] = []
        try runPipeline(pipeline, emit: { items.append($0) })
        return Value.fromPipelineOutput(items)
    }

    func collect(_ statements: [Statement]) throws -> [Value] {
        var items: [Value] = []
        try executeStatements(statements, emit: { items.append($0) })
        return items
    }

    func error(_ message: String, id: String, category: ErrorCategory = .invalidOperation, span: SourceSpan, reason: String = "RuntimeException") -> RuntimeError {
        RuntimeError(ErrorRecord(message: message, errorId: id, category: category, reason: reason,
                                 position: ErrorPosition(source: currentSource, span: span)))
    }

    func evaluate(_ expression: Expression) throws -> Value {
        switch expression.kind {
        case .stringConstant(let text, _):
            return .string(text)
        case .expandableString(let parts, _):
            return .string(try expand(parts, span: expression.span))
        case .number(let literal):
            switch literal {
            case .int(let number): return .int(Int(number))
            // `10l`: an Int64 though it would fit an Int32 (about_Numeric_Literals).
            case .long(let number): return IntegerObject.make(Int(number), typeName: "System.Int64")
            case .double(let number): return .double(number)
            case .decimal(let text): return .decimal(Decimal(string: text) ?? 0)
            }
        case .variable(let path):
            return try readVariable(path, span: expression.span)
        case .arrayLiteral(let elements):
            return .array(try elements.map { try evaluate($0) })
        case .arraySubexpression(let statements):
            // The statements' output is already unrolled one level, as a pipeline unrolls it: `@(@(1,2),3)` has 2 elements.
            return .array(try collect(statements))
        case .subexpression(let statements):
            return Value.fromPipelineOutput(try collect(statements))
        case .parenthesized(let statement):
            switch statement.kind {
            case .pipeline(let pipeline): return try evaluatePipelineValue(pipeline)
            case .assignment: return try evaluateAssignmentValue(statement)
            default: return Value.fromPipelineOutput(try collect([statement]))
            }
        case .hashtable(let entries):
            let table = PSHashtable()
            for entry in entries {
                let key = try evaluate(entry.key)
                if table.containsKey(key) {
                    throw error("Duplicate keys '\(LanguagePrimitives.toString(key))' are not allowed in hash literals.", id: "DuplicateKeyInHashLiteral", category: .parserError, span: entry.key.span, reason: "ParentContainsErrorRecordException")
                }
                table[key] = try evaluateAssignmentValue(entry.value)
            }
            return .hashtable(table)
        case .scriptBlock(let ast):
            return .scriptBlock(ScriptBlockValue(ast: ast, source: currentSource))
        case .typeLiteral(let name):
            guard let full = TypeNames.canonical(name) ?? knownTypeName(name) else {
                throw error("Unable to find type [\(name)].", id: "TypeNotFound", category: .invalidOperation, span: expression.span)
            }
            return .type(TypeReference(fullName: full))
        case .convert(let typeName, let operand):
            let lower = typeName.lowercased()
            if lower == "ordered" {
                guard case .hashtable = operand.kind else {
                    throw error("The ordered attribute can be specified only on a hash literal node.", id: "OrderedAttributeOnlyOnHashLiteralNode",
                                category: .parserError, span: expression.span, reason: "ParentContainsErrorRecordException")
                }
                guard case .hashtable(let table) = try evaluate(operand) else { return .null }
                table.isOrdered = true
                return .hashtable(table)
            }
            if lower == "ref", case .variable(let path) = operand.kind, path.scope != "env" {
                // `[ref]$v` refers to the variable itself, so a method's out parameter can set it (about_Ref).
                if session.lookup(path.name) == nil { setVariable(path.name, .null, scope: path.scope) }
                if let variable = session.lookup(path.name) { return .dotNet(ReferenceObject(variable: variable)) }
            }
            return try Conversion.convert(try evaluate(operand), to: typeName, shell: self, span: expression.span)
        case .member(let target, let member, let isStatic):
            let owner = try evaluate(target)
            let name = try memberName(member)
            lastExpressionGaveNothing = false
            if isStatic { return try StaticMembers.property(owner, name, shell: self, span: expression.span) }
            let found = Members.memberValue(of: owner, named: name, shell: self)
            lastExpressionGaveNothing = found == nil
            if found?.isNull == true, let method = Members.methodInfo(of: owner, named: name) { return .object(method) }
            return found ?? .null
        case .invokeMember(let target, let member, let argumentExpressions, let isStatic):
            let owner = try evaluate(target)
            let name = try memberName(member)
            let arguments = try argumentExpressions.map { try evaluate($0) }
            lastExpressionGaveNothing = false
            if isStatic {
                if case .type(let type) = owner, type.fullName == "System.Array", let first = argumentExpressions.first,
                   case .variable = first.kind, case .array(let items) = arguments[0],
                   let changed = try StaticMembers.arrayChangedInPlace(name, items, arguments, shell: self, span: expression.span) {
                    // `[array]::Reverse($a)`: the array is a copy here, so what .NET changes in place goes back to the variable.
                    try assign(.array(changed), to: first, op: .assign)
                    lastExpressionGaveNothing = true
                    return .null
                }
                return try StaticMembers.invoke(owner, name, arguments, shell: self, span: expression.span)
            }
            return try Members.invoke(owner, name, arguments, shell: self, span: expression.span)
        case .index(let target, let indexExpression):
            let owner = try evaluate(target)
            let index = try evaluate(indexExpression)
            return try Members.index(owner, index, shell: self, span: expression.span)
        case .unary(let op, let operand):
            return try evaluateUnary(op, operand, span: expression.span)
        case .binary(let op, let lhs, let rhs):
            switch op {
            case .and:
                guard LanguagePrimitives.isTrue(try evaluate(lhs)) else { return .bool(false) }
                return .bool(LanguagePrimitives.isTrue(try evaluate(rhs)))
            case .or:
                if LanguagePrimitives.isTrue(try evaluate(lhs)) { return .bool(true) }
                return .bool(LanguagePrimitives.isTrue(try evaluate(rhs)))
            case .nullCoalesce:
                let left = try evaluate(lhs)
                return left.isNull ? try evaluate(rhs) : left
            default:
                return try Operators.binary(op, try evaluate(lhs), try evaluate(rhs), shell: self, span: expression.span)
            }
        case .ternary(let condition, let ifTrue, let ifFalse):
            return LanguagePrimitives.isTrue(try evaluate(condition)) ? try evaluate(ifTrue) : try evaluate(ifFalse)
        }
    }

    func knownTypeName(_ name: String) -> String? {
        let lower = name.lowercased()
        for typeName in types.knownTypeNames where typeName.lowercased() == lower || typeName.lowercased().hasSuffix("." + lower) {
            return typeName
        }
        return nil
    }

    func memberName(_ member: MemberName) throws -> String {
        switch member {
        case .name(let name): return name
        case .expression(let expression): return LanguagePrimitives.toString(try evaluate(expression))
        }
    }

    func expand(_ parts: [StringPart], span: SourceSpan) throws -> String {
        var result = ""
        let separator = LanguagePrimitives.toString(variable("OFS") ?? .string(" "))
        for part in parts {
            let piece: String
            switch part {
            case .text(let text): piece = text
            case .variable(let path):
                piece = LanguagePrimitives.toString(try readVariable(path, span: .unknown), separator: separator)
            case .subexpression(let statements):
                piece = LanguagePrimitives.toString(Value.fromPipelineOutput(try collect(statements)), separator: separator)
            }
            // `"$s$s"` doubles `$s` like `$s + $s` does; checked before copying, so a loop that
            // keeps failing here stays cheap.
            try MemoryLimits.checkString(bytes: result.utf8.count + piece.utf8.count, self, span)
            try MemoryLimits.chargeString(bytes: piece.utf8.count, self)
            result += piece
        }
        return result
    }

    func readVariable(_ path: VariablePath, span: SourceSpan) throws -> Value {
        if path.scope == "env" {
            return ProcessInfo.processInfo.environment[path.name].map { .string($0) }
                ?? ProcessInfo.processInfo.environment.first { $0.key.lowercased() == path.name.lowercased() }.map { .string($0.value) }
                ?? .null
        }
        if path.scope == "variable" { return variable(path.name) ?? .null }
        let key = VariableKey.of(path.name)
        // Only a few names are computed on reading; their first letters screen out all other names cheaply.
        switch key.utf8.first {
        case UInt8(ascii: "?"), UInt8(ascii: "e"), UInt8(ascii: "l"), UInt8(ascii: "p"), UInt8(ascii: "h"), UInt8(ascii: "m"):
            switch key {
            case "?": return .bool(lastSucceeded)
            case "error": return .dotNet(ErrorListObject(shell: self))
            case "lastexitcode": return variable("LASTEXITCODE") ?? .null
            case "pwd": return .object(pathInfo(location))
            case "host": return .object(hostObject())
            // The script holding the code that runs now (a function keeps its own script's): "" interactively.
            case "psscriptroot":
                return variable(path.name, scope: path.scope) ?? .string(currentSource.fileName.map { ($0 as NSString).deletingLastPathComponent } ?? "")
            case "pscommandpath": return variable(path.name, scope: path.scope) ?? .string(currentSource.fileName ?? "")
            case "myinvocation": return variable(path.name, scope: path.scope) ?? .object(invocationInfo())
            default: break
            }
        default: break
        }
        return variable(path.name, scope: path.scope) ?? .null
    }

    package func pathInfo(_ path: String) -> PSObject {
        let object = PSObject(typeNames: ["System.Management.Automation.PathInfo", "System.Object"],
                              properties: [PSProperty(name: "Path", value: .string(path)), PSProperty(name: "Provider", value: .string("Microsoft.PowerShell.Core\\FileSystem")), PSProperty(name: "ProviderPath", value: .string(path))])
        object.stringValue = { path }
        return object
    }

    func hostObject() -> PSObject {
        let object = PSObject(typeNames: ["System.Management.Automation.Internal.Host.InternalHost", "System.Object"],
                              properties: [PSProperty(name: "Name", value: .string("vtash")), PSProperty(name: "Version", value: .string(Shell.version))])
        object.stringValue = { "System.Management.Automation.Internal.Host.InternalHost" }
        return object
    }

    /// The exception an error record carries: the object a script threw, or one made from the record's type and
    /// message, with the inner exception a MethodInvocationException or RuntimeException wraps.
    func exceptionObject(for record: ErrorRecord) -> PSObject {
        if let thrown = record.exceptionObject { return thrown }
        var inner: Value = .null
        if let innerType = record.innerExceptionType {
            inner = .object(exceptionObject(innerType, message: record.innerMessage ?? ExceptionTypes.defaultMessage(innerType)))
        }
        let exception = exceptionObject(record.exceptionType, message: record.message, inner: inner)
        exception.stringText = record.message
        return exception
    }

    /// `$_` inside `catch`: an ErrorRecord object whose string form is the message.
    func errorRecordObject(_ record: ErrorRecord) -> PSObject {
        let exception = exceptionObject(for: record)
        let categoryInfo = PSObject(typeNames: ["System.Management.Automation.ErrorCategoryInfo", "System.Object"], properties: [
            PSProperty(name: "Category", value: .enumValue(EnumValue(typeName: "System.Management.Automation.ErrorCategory", name: record.category.rawValue, rawValue: 0))),
            PSProperty(name: "Activity", value: .string(record.activity ?? record.commandName)),
            PSProperty(name: "Reason", value: .string(record.reason)),
            PSProperty(name: "TargetName", value: .string(record.targetName)),
            PSProperty(name: "TargetType", value: .string(record.targetType)),
        ])
        categoryInfo.stringValue = { ErrorView.categoryInfo(record) }
        categoryInfo.addMethod("GetMessage", PSMethod(definition: "string GetMessage()") { _ in .string(ErrorView.categoryInfo(record)) })
        let object = PSObject(typeNames: ["System.Management.Automation.ErrorRecord", "System.Object"], properties: [
            PSProperty(name: "Exception", value: .object(exception)),
            PSProperty(name: "TargetObject", value: record.targetObject),
            PSProperty(name: "CategoryInfo", value: .object(categoryInfo)),
            PSProperty(name: "FullyQualifiedErrorId", value: .string(record.fullyQualifiedErrorId)),
        ])
        if let details = record.details {
            let detailsObject = PSObject(typeNames: ["System.Management.Automation.ErrorDetails", "System.Object"], properties: [
                PSProperty(name: "Message", value: .string(details.message)),
                PSProperty(name: "RecommendedAction", value: .string(details.recommendedAction)),
            ])
            detailsObject.stringValue = { details.message }
            object.setProperty("ErrorDetails", .object(detailsObject))
        } else {
            object.setProperty("ErrorDetails", .null)
        }
        if let position = record.position {
            object.setProperty("InvocationInfo", .object(errorInvocationInfo(record, position)))
        }
        object.stringValue = { record.message }
        object.baseObject = ErrorRecordBox(record: record)
        return object
    }

    /// `$Error[0].InvocationInfo`: the command and where it stood.
    private func errorInvocationInfo(_ record: ErrorRecord, _ position: ErrorPosition) -> PSObject {
        let command = PSObject(typeNames: ["System.Management.Automation.CommandInfo", "System.Object"], properties: [
            PSProperty(name: "Name", value: .string(record.commandName)),
        ])
        command.stringValue = { record.commandName }
        return PSObject(typeNames: ["System.Management.Automation.InvocationInfo", "System.Object"], properties: [
            PSProperty(name: "MyCommand", value: record.commandName.isEmpty ? .null : .object(command)),
            PSProperty(name: "ScriptName", value: .string(position.source.fileName ?? "")),
            PSProperty(name: "ScriptLineNumber", value: .int(position.span.line)),
            PSProperty(name: "OffsetInLine", value: .int(position.span.column)),
            // Secrets masked as in transcripts (issue 14); PowerShell shows the line as typed.
            PSProperty(name: "Line", value: .string(maskingSecrets(inCommand: position.source.lineText(containing: position.span)))),
            PSProperty(name: "PositionMessage", value: .string(ErrorView.positionMessage(position).joined(separator: "\n"))),
            PSProperty(name: "InvocationName", value: .string(record.commandName)),
        ])
    }

    /// `$MyInvocation`: in a function, its call; in a script, the script; interactively, the session.
    func invocationInfo() -> PSObject {
        let call = invocationStack.last
        let name = call?.name ?? currentSource.fileName.map { ($0 as NSString).lastPathComponent } ?? ""
        let commandType = call == nil ? (currentSource.fileName == nil ? "Script" : "ExternalScript") : "Function"
        let command = PSObject(typeNames: ["System.Management.Automation.CommandInfo", "System.Object"], properties: [
            PSProperty(name: "Name", value: .string(name)),
            PSProperty(name: "CommandType", value: .enumValue(EnumValue(typeName: "System.Management.Automation.CommandTypes", name: commandType, rawValue: 0))),
            PSProperty(name: "Path", value: call == nil ? .string(currentSource.fileName ?? "") : .null),
            PSProperty(name: "Definition", value: .string(call == nil ? currentSource.fileName ?? "" : name)),
        ])
        command.stringValue = { name }
        let callerSource = call?.source
        return PSObject(typeNames: ["System.Management.Automation.InvocationInfo", "System.Object"], properties: [
            PSProperty(name: "MyCommand", value: .object(command)),
            PSProperty(name: "InvocationName", value: .string(name)),
            PSProperty(name: "ScriptName", value: .string(callerSource?.fileName ?? "")),
            PSProperty(name: "ScriptLineNumber", value: .int(call?.span.line ?? 0)),
            PSProperty(name: "OffsetInLine", value: .int(call?.span.column ?? 0)),
            // Secrets masked as in transcripts (issue 14); PowerShell shows the line as typed.
            PSProperty(name: "Line", value: .string(call.map { maskingSecrets(inCommand: $0.source.lineText(containing: $0.span)) } ?? "")),
            PSProperty(name: "PSScriptRoot", value: .string(callerSource?.fileName.map { ($0 as NSString).deletingLastPathComponent } ?? "")),
            PSProperty(name: "PSCommandPath", value: .string(callerSource?.fileName ?? "")),
            PSProperty(name: "BoundParameters", value: variable("PSBoundParameters") ?? .hashtable(PSHashtable())),
            PSProperty(name: "UnboundArguments", value: variable("args") ?? .array([])),
        ])
    }

    func evaluateUnary(_ op: UnaryOperator, _ operand: Expression, span: SourceSpan) throws -> Value {
        switch op {
        case .not, .bang:
            return .bool(!LanguagePrimitives.isTrue(try evaluate(operand)))
        case .negate:
            let value = try evaluate(operand)
            return try Operators.binary(.multiply, (try? LanguagePrimitives.toNumber(value)) ?? value, .int(-1), shell: self, span: span)
        case .plus:
            return try LanguagePrimitives.toNumber(try evaluate(operand))
        case .bitwiseNot:
            return .int(~(try LanguagePrimitives.toInt(try evaluate(operand), typeName: "System.Int64")))
        case .join:
            return .string(try evaluate(operand).enumerated.map { LanguagePrimitives.toString($0) }.joined())
        case .split:
            let text = LanguagePrimitives.toString(try evaluate(operand))
            return .array(text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map { .string(String($0)) })
        case .comma:
            return .array([try evaluate(operand)])
        case .preIncrement, .preDecrement, .postIncrement, .postDecrement:
            let old = try evaluate(operand)
            let increments = op == .preIncrement || op == .postIncrement
            // PowerShell takes only numbers (or what converts to one): `$array++` is an error, not
            // an append, so a loop counting with it cannot grow an array without end.
            let converted: Value?
            if case .array = old { converted = nil } else { converted = try? LanguagePrimitives.toNumber(old) }
            guard let number = converted else {
                throw error("The '\(increments ? "++" : "--")' operator works only on numbers. The operand is a '\(LanguagePrimitives.typeName(of: old))'.",
                            id: "OperatorRequiresNumber", span: span)
            }
            // An Int64 stays one (`$i = 10l; $i++`).
            let new = try Operators.binary(.add, IntegerObject.unboxed(old) != nil ? old : number, .int(increments ? 1 : -1), shell: self, span: span)
            try store(new, into: operand)
            return (op == .preIncrement || op == .preDecrement) ? new : old
        }
    }
}
