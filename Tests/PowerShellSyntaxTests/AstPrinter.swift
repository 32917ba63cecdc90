import PowerShellSyntax

/// Test support: a compact S-expression rendering of a tree, so that table-driven tests can state
/// the exact expected shape in one line, e.g. `1 + 2 * 3` → `(+ 1 (* 2 3))`.
enum AstPrinter {
    static func render(_ block: ScriptBlockAst) -> String {
        var parts: [String] = []
        if !block.attributes.isEmpty { parts.append(block.attributes.map(render).joined(separator: " ")) }
        if let parameters = block.parameters { parts.append("param(" + parameters.map(render).joined(separator: ", ") + ")") }
        if let begin = block.beginBlock { parts.append("begin{" + render(begin) + "}") }
        if let process = block.processBlock { parts.append("process{" + render(process) + "}") }
        if block.beginBlock != nil || block.processBlock != nil {
            parts.append("end{" + render(block.endBlock) + "}")
        } else if !block.endBlock.isEmpty {
            parts.append(render(block.endBlock))
        }
        return parts.joined(separator: " ")
    }

    static func render(_ statements: [Statement]) -> String {
        statements.map(render).joined(separator: "; ")
    }

    static func render(_ attribute: AttributeAst) -> String {
        var arguments = attribute.positionalArguments.map(render)
        arguments += attribute.namedArguments.map { named in named.value.map { "\(named.name)=\(render($0))" } ?? named.name }
        return "[\(attribute.name)(\(arguments.joined(separator: ", ")))]"
    }

    static func render(_ parameter: ParameterAst) -> String {
        var text = parameter.attributes.map(render).joined()
        if let type = parameter.typeName { text += "[\(type)]" }
        text += "$" + parameter.name
        if let value = parameter.defaultValue { text += "=" + render(value) }
        return text
    }

    static func render(_ statement: Statement) -> String {
        switch statement.kind {
        case .pipeline(let p): return render(p)
        case .assignment(let target, let op, let value): return "(\(op.rawValue) \(render(target)) \(render(value)))"
        case .ifStatement(let clauses, let elseBody):
            var text = "(if"
            for clause in clauses { text += " (\(render(clause.condition)) {\(render(clause.body))})" }
            if let elseBody { text += " else {\(render(elseBody))}" }
            return text + ")"
        case .whileLoop(let label, let condition, let body):
            return "(while\(labelText(label)) \(render(condition)) {\(render(body))})"
        case .doWhileLoop(let label, let body, let condition):
            return "(do-while\(labelText(label)) {\(render(body))} \(render(condition)))"
        case .doUntilLoop(let label, let body, let condition):
            return "(do-until\(labelText(label)) {\(render(body))} \(render(condition)))"
        case .forLoop(let label, let initializer, let condition, let iterator, let body):
            let parts = [initializer.map(render) ?? "_", condition.map(render) ?? "_", iterator.map(render) ?? "_"]
            return "(for\(labelText(label)) \(parts.joined(separator: " ")) {\(render(body))})"
        case .foreachLoop(let label, let variable, let collection, let body):
            return "(foreach\(labelText(label)) \(render(variable)) \(render(collection)) {\(render(body))})"
        case .switchStatement(let s):
            var flags = ""
            if s.isRegex { flags += " -regex" }
            if s.isWildcard { flags += " -wildcard" }
            if s.isExact { flags += " -exact" }
            if s.isCaseSensitive { flags += " -casesensitive" }
            if s.isFile { flags += " -file" }
            var text = "(switch\(labelText(s.label))\(flags) \(render(s.subject))"
            for clause in s.clauses { text += " (\(render(clause.pattern)) {\(render(clause.body))})" }
            if let d = s.defaultBody { text += " default {\(render(d))}" }
            return text + ")"
        case .tryStatement(let body, let catches, let finally):
            var text = "(try {\(render(body))}"
            for c in catches {
                text += " catch" + c.typeNames.map { "[\($0)]" }.joined() + " {\(render(c.body))}"
            }
            if let finally { text += " finally {\(render(finally))}" }
            return text + ")"
        case .trap(let types, let body):
            return "(trap" + types.map { "[\($0)]" }.joined() + " {\(render(body))})"
        case .functionDefinition(let f):
            return "(\(f.isFilter ? "filter" : "function") \(f.name) {\(render(f.body))})"
        case .breakStatement(let label): return "(break\(labelText(label)))"
        case .continueStatement(let label): return "(continue\(labelText(label)))"
        case .returnStatement(let p): return "(return" + (p.map { " " + render($0) } ?? "") + ")"
        case .exitStatement(let p): return "(exit" + (p.map { " " + render($0) } ?? "") + ")"
        case .throwStatement(let p): return "(throw" + (p.map { " " + render($0) } ?? "") + ")"
        }
    }

    private static func labelText(_ label: String?) -> String { label.map { ":" + $0 } ?? "" }

    static func render(_ pipeline: Pipeline) -> String {
        if pipeline.elements.count == 1, case .expression(let e, let r) = pipeline.elements[0], r.isEmpty {
            return render(e)
        }
        let elements = pipeline.elements.map(render)
        if elements.count == 1 { return elements[0] }
        return "(| " + elements.joined(separator: " ") + ")"
    }

    static func render(_ element: PipelineElement) -> String {
        switch element {
        case .expression(let e, let redirections):
            return redirections.isEmpty ? render(e) : "(redirect \(render(e))" + redirections.map { " " + render($0) }.joined() + ")"
        case .command(let c): return render(c)
        }
    }

    static func render(_ command: CommandAst) -> String {
        var text = "(cmd"
        switch command.invocation {
        case .plain: break
        case .call: text += "&"
        case .dotSource: text += "."
        }
        switch command.name {
        case .word(let w): text += " " + w
        case .expression(let e): text += " " + render(e)
        }
        for element in command.elements {
            switch element {
            case .parameter(let name, let argument, let usedColon, _, _):
                text += " -" + name + (usedColon ? ":" : "") + (argument.map(render) ?? "")
            case .argument(let e, _): text += " " + render(e)
            case .splat(let v, _): text += " @" + v.name
            case .endOfParameters: text += " --"
            }
        }
        for redirection in command.redirections { text += " " + render(redirection) }
        return text + ")"
    }

    static func render(_ redirection: Redirection) -> String {
        let op = (redirection.stream == 0 ? "*" : String(redirection.stream)) + (redirection.append ? ">>" : ">")
        switch redirection.target {
        case .file(let e): return op + render(e)
        case .stream(let s): return op + "&" + String(s)
        }
    }

    static func render(_ variable: VariablePath) -> String {
        "$" + (variable.scope.map { $0 + ":" } ?? "") + variable.name
    }

    static func render(_ expression: Expression) -> String {
        switch expression.kind {
        case .stringConstant(let value, let quoting):
            switch quoting {
            case .bare: return value
            case .singleQuoted: return "'\(value)'"
            case .doubleQuoted: return "\"\(value)\""
            case .hereStringSingle: return "@'\(value)'@"
            case .hereStringDouble: return "@\"\(value)\"@"
            }
        case .expandableString(let parts, let quoting):
            let head: String
            switch quoting {
            case .bare: head = "word"
            case .doubleQuoted: head = "str"
            case .hereStringDouble: head = "here"
            default: head = "?"
            }
            return "(\(head)" + parts.map { part in
                switch part {
                case .text(let t): return " \"\(t)\""
                case .variable(let v): return " " + render(v)
                case .subexpression(let s): return " $(\(render(s)))"
                }
            }.joined() + ")"
        case .number(let n):
            switch n {
            case .int(let v): return String(v)
            case .long(let v): return "\(v)L"
            case .double(let v): return "\(v)D"
            case .decimal(let t): return "\(t)M"
            }
        case .variable(let v): return render(v)
        case .arrayLiteral(let items): return "(," + items.map { " " + render($0) }.joined() + ")"
        case .arraySubexpression(let s): return "@(\(render(s)))"
        case .subexpression(let s): return "$(\(render(s)))"
        case .parenthesized(let s): return "(paren \(render(s)))"
        case .hashtable(let entries):
            return "@{" + entries.map { "\(render($0.key))=\(render($0.value))" }.joined(separator: "; ") + "}"
        case .scriptBlock(let b): return "{" + render(b) + "}"
        case .typeLiteral(let t): return "[\(t)]"
        case .convert(let t, let operand): return "([\(t)] \(render(operand)))"
        case .member(let target, let member, let isStatic):
            return "(\(isStatic ? "::" : ".") \(render(target)) \(render(member)))"
        case .invokeMember(let target, let member, let arguments, let isStatic):
            return "(call\(isStatic ? "::" : "") \(render(target)) \(render(member))" + arguments.map { " " + render($0) }.joined() + ")"
        case .index(let target, let index): return "(idx \(render(target)) \(render(index)))"
        case .unary(let op, let operand): return "(\(op == .comma ? "unary," : op.rawValue) \(render(operand)))"
        case .binary(let op, let l, let r): return "(\(render(op)) \(render(l)) \(render(r)))"
        case .ternary(let c, let t, let f): return "(? \(render(c)) \(render(t)) \(render(f)))"
        }
    }

    static func render(_ member: MemberName) -> String {
        switch member {
        case .name(let n): return n
        case .expression(let e): return render(e)
        }
    }

    static func render(_ op: BinaryOperator) -> String {
        switch op {
        case .add: return "+"
        case .subtract: return "-"
        case .multiply: return "*"
        case .divide: return "/"
        case .remainder: return "%"
        case .range: return ".."
        case .format: return "-f"
        case .and: return "-and"
        case .or: return "-or"
        case .xor: return "-xor"
        case .bitwiseAnd: return "-band"
        case .bitwiseOr: return "-bor"
        case .bitwiseXor: return "-bxor"
        case .shiftLeft: return "-shl"
        case .shiftRight: return "-shr"
        case .join: return "-join"
        case .isType: return "-is"
        case .isNotType: return "-isnot"
        case .asType: return "-as"
        case .nullCoalesce: return "??"
        case .comparison(let c, let sensitivity):
            switch sensitivity {
            case .default: return "-" + c.rawValue
            case .insensitive: return "-i" + c.rawValue
            case .sensitive: return "-c" + c.rawValue
            }
        }
    }
}

/// `source` rendered, or `error:<id>` when it does not parse.
func rendered(_ source: String) -> String {
    do {
        return AstPrinter.render(try Parser.parse(source))
    } catch {
        return "error:" + error.errorId
    }
}
