@testable import PowerShellSyntax

/// Test support: the AST with every span replaced by `.unknown`, so that tests can compare shapes,
/// and small builders for expected trees.
enum AstShape {
    static let u = SourceSpan.unknown

    static func of(_ block: ScriptBlockAst) -> ScriptBlockAst {
        ScriptBlockAst(
            attributes: block.attributes.map(of),
            parameters: block.parameters?.map(of),
            beginBlock: block.beginBlock?.map(of),
            processBlock: block.processBlock?.map(of),
            endBlock: block.endBlock.map(of),
            requires: block.requires,
            span: u
        )
    }

    static func of(_ parameter: ParameterAst) -> ParameterAst {
        ParameterAst(
            name: parameter.name, typeName: parameter.typeName, attributes: parameter.attributes.map(of),
            defaultValue: parameter.defaultValue.map(of), span: u
        )
    }

    static func of(_ attribute: AttributeAst) -> AttributeAst {
        AttributeAst(
            name: attribute.name, positionalArguments: attribute.positionalArguments.map(of),
            namedArguments: attribute.namedArguments.map { NamedAttributeArgument(name: $0.name, value: $0.value.map(of)) },
            span: u
        )
    }

    static func of(_ statement: Statement) -> Statement {
        Statement(of(statement.kind), span: u)
    }

    static func of(_ pipeline: Pipeline) -> Pipeline {
        Pipeline(elements: pipeline.elements.map(of), span: u)
    }

    static func of(_ element: PipelineElement) -> PipelineElement {
        switch element {
        case .expression(let e, let redirections): return .expression(of(e), redirections: redirections.map(of))
        case .command(let c): return .command(of(c))
        }
    }

    static func of(_ command: CommandAst) -> CommandAst {
        let name: CommandAst.Name
        switch command.name {
        case .word(let w): name = .word(w)
        case .expression(let e): name = .expression(of(e))
        }
        return CommandAst(
            invocation: command.invocation, name: name, nameSpan: u, elements: command.elements.map(of),
            redirections: command.redirections.map(of), span: u
        )
    }

    static func of(_ element: CommandElement) -> CommandElement {
        switch element {
        case .parameter(let name, let argument, let usedColon, let text, _):
            return .parameter(name: name, argument: argument.map(of), usedColon: usedColon, text: text, span: u)
        case .argument(let e, _): return .argument(of(e), span: u)
        case .splat(let v, _): return .splat(v, span: u)
        case .endOfParameters: return .endOfParameters(span: u)
        }
    }

    static func of(_ redirection: Redirection) -> Redirection {
        let target: Redirection.Target
        switch redirection.target {
        case .file(let e): target = .file(of(e))
        case .stream(let s): target = .stream(s)
        }
        return Redirection(stream: redirection.stream, append: redirection.append, target: target, span: u)
    }

    static func of(_ kind: StatementKind) -> StatementKind {
        switch kind {
        case .pipeline(let p): return .pipeline(of(p))
        case .assignment(let target, let op, let value): return .assignment(target: of(target), op: op, value: of(value))
        case .ifStatement(let clauses, let elseBody):
            return .ifStatement(
                clauses: clauses.map { ConditionalClause(condition: of($0.condition), body: $0.body.map(of)) },
                elseBody: elseBody?.map(of)
            )
        case .whileLoop(let label, let condition, let body):
            return .whileLoop(label: label, condition: of(condition), body: body.map(of))
        case .doWhileLoop(let label, let body, let condition):
            return .doWhileLoop(label: label, body: body.map(of), condition: of(condition))
        case .doUntilLoop(let label, let body, let condition):
            return .doUntilLoop(label: label, body: body.map(of), condition: of(condition))
        case .forLoop(let label, let initializer, let condition, let iterator, let body):
            return .forLoop(
                label: label, initializer: initializer.map(of), condition: condition.map(of),
                iterator: iterator.map(of), body: body.map(of)
            )
        case .foreachLoop(let label, let variable, let collection, let body):
            return .foreachLoop(label: label, variable: variable, collection: of(collection), body: body.map(of))
        case .switchStatement(let s):
            var copy = s
            copy.subject = of(s.subject)
            copy.clauses = s.clauses.map { SwitchClause(pattern: of($0.pattern), body: $0.body.map(of)) }
            copy.defaultBody = s.defaultBody?.map(of)
            return .switchStatement(copy)
        case .tryStatement(let body, let catches, let finally):
            return .tryStatement(
                body: body.map(of), catches: catches.map { CatchClause(typeNames: $0.typeNames, body: $0.body.map(of)) },
                finally: finally?.map(of)
            )
        case .trap(let typeNames, let body): return .trap(typeNames: typeNames, body: body.map(of))
        case .functionDefinition(let f):
            return .functionDefinition(FunctionDefinition(name: f.name, isFilter: f.isFilter, body: of(f.body)))
        case .breakStatement, .continueStatement: return kind
        case .returnStatement(let p): return .returnStatement(p.map(of))
        case .exitStatement(let p): return .exitStatement(p.map(of))
        case .throwStatement(let p): return .throwStatement(p.map(of))
        }
    }

    static func of(_ expression: Expression) -> Expression {
        Expression(of(expression.kind), span: u)
    }

    static func of(_ part: StringPart) -> StringPart {
        switch part {
        case .text, .variable: return part
        case .subexpression(let s): return .subexpression(s.map(of))
        }
    }

    static func of(_ member: MemberName) -> MemberName {
        switch member {
        case .name: return member
        case .expression(let e): return .expression(of(e))
        }
    }

    static func of(_ kind: ExpressionKind) -> ExpressionKind {
        switch kind {
        case .stringConstant, .number, .variable, .typeLiteral: return kind
        case .expandableString(let parts, let q): return .expandableString(parts.map(of), q)
        case .arrayLiteral(let items): return .arrayLiteral(items.map(of))
        case .arraySubexpression(let s): return .arraySubexpression(s.map(of))
        case .subexpression(let s): return .subexpression(s.map(of))
        case .parenthesized(let s): return .parenthesized(of(s))
        case .hashtable(let entries): return .hashtable(entries.map { HashtableEntry(key: of($0.key), value: of($0.value)) })
        case .scriptBlock(let b): return .scriptBlock(of(b))
        case .convert(let t, let operand): return .convert(typeName: t, operand: of(operand))
        case .member(let target, let member, let isStatic): return .member(target: of(target), member: of(member), isStatic: isStatic)
        case .invokeMember(let target, let member, let arguments, let isStatic):
            return .invokeMember(target: of(target), member: of(member), arguments: arguments.map(of), isStatic: isStatic)
        case .index(let target, let index): return .index(target: of(target), index: of(index))
        case .unary(let op, let operand): return .unary(op, of(operand))
        case .binary(let op, let l, let r): return .binary(op, of(l), of(r))
        case .ternary(let c, let t, let f): return .ternary(condition: of(c), ifTrue: of(t), ifFalse: of(f))
        }
    }
}

// MARK: - Builders for expected trees

let unknownSpan = SourceSpan.unknown

func ex(_ kind: ExpressionKind) -> Expression { Expression(kind, span: unknownSpan) }
func bare(_ text: String) -> Expression { ex(.stringConstant(text, .bare)) }
func single(_ text: String) -> Expression { ex(.stringConstant(text, .singleQuoted)) }
func double(_ text: String) -> Expression { ex(.stringConstant(text, .doubleQuoted)) }
func variable(_ name: String, scope: String? = nil) -> Expression { ex(.variable(VariablePath(scope: scope, name: name))) }
func int(_ value: Int32) -> Expression { ex(.number(.int(value))) }
func member(_ target: Expression, _ name: String, isStatic: Bool = false) -> Expression {
    ex(.member(target: target, member: .name(name), isStatic: isStatic))
}
func invoke(_ target: Expression, _ name: String, _ arguments: [Expression] = [], isStatic: Bool = false) -> Expression {
    ex(.invokeMember(target: target, member: .name(name), arguments: arguments, isStatic: isStatic))
}
func binary(_ op: BinaryOperator, _ left: Expression, _ right: Expression) -> Expression { ex(.binary(op, left, right)) }
func comparison(_ op: ComparisonOperator, _ left: Expression, _ right: Expression) -> Expression {
    ex(.binary(.comparison(op, .default), left, right))
}
func array(_ items: Expression...) -> Expression { ex(.arrayLiteral(items)) }

func parameter(_ name: String, _ argument: Expression? = nil, colon: Bool = false) -> CommandElement {
    .parameter(name: name, argument: argument, usedColon: colon, text: "-" + name + (colon ? ":" : ""), span: unknownSpan)
}
func argument(_ expression: Expression) -> CommandElement { .argument(expression, span: unknownSpan) }

func command(
    _ name: String, _ elements: [CommandElement] = [], invocation: CommandAst.Invocation = .plain,
    redirections: [Redirection] = []
) -> PipelineElement {
    .command(CommandAst(
        invocation: invocation, name: .word(name), nameSpan: unknownSpan, elements: elements,
        redirections: redirections, span: unknownSpan
    ))
}

func pipelineStatement(_ elements: PipelineElement...) -> Statement {
    Statement(.pipeline(Pipeline(elements: elements, span: unknownSpan)), span: unknownSpan)
}

func pipeline(_ elements: PipelineElement...) -> Pipeline { Pipeline(elements: elements, span: unknownSpan) }

func expressionStatement(_ expression: Expression) -> Statement {
    pipelineStatement(.expression(expression, redirections: []))
}

func assignment(_ target: Expression, _ value: Statement, _ op: AssignmentOperator = .assign) -> Statement {
    Statement(.assignment(target: target, op: op, value: value), span: unknownSpan)
}

/// The statements of `source`, spans removed.
func shape(_ source: String) throws -> [Statement] {
    AstShape.of(try Parser.parse(source)).endBlock
}

/// The single statement of `source`, spans removed.
func shapeOfOnly(_ source: String) throws -> Statement? {
    let statements = try shape(source)
    return statements.count == 1 ? statements[0] : nil
}

/// The expression of a one-expression statement.
func expressionShape(_ source: String) throws -> Expression? {
    guard let statement = try shapeOfOnly(source), case .pipeline(let p) = statement.kind, p.elements.count == 1,
          case .expression(let e, let r) = p.elements[0], r.isEmpty else { return nil }
    return e
}

/// The error `source` fails with, or nil when it parses.
func parseError(_ source: String) -> ParseError? {
    do {
        _ = try Parser.parse(source)
        return nil
    } catch {
        return error
    }
}
