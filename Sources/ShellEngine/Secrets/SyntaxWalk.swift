import PowerShellSyntax

/// Visits every command and every expression of a parsed script, nested ones included (script blocks,
/// sub-expressions, hashtable values, strings' `$( )` parts), in source order.
struct SyntaxWalk {
    var command: (CommandAst) -> Void = { _ in }
    var expression: (Expression) -> Void = { _ in }

    func walk(_ block: ScriptBlockAst) {
        for parameter in block.parameters ?? [] {
            if let value = parameter.defaultValue { walk(value) }
        }
        walk(block.beginBlock ?? [])
        walk(block.processBlock ?? [])
        walk(block.endBlock)
    }

    func walk(_ statements: [Statement]) {
        for statement in statements { walk(statement) }
    }

    func walk(_ statement: Statement) {
        switch statement.kind {
        case .pipeline(let pipeline):
            walk(pipeline)
        case .assignment(let target, _, let value):
            walk(target)
            walk(value)
        case .ifStatement(let clauses, let elseBody):
            for clause in clauses {
                walk(clause.condition)
                walk(clause.body)
            }
            walk(elseBody ?? [])
        case .whileLoop(_, let condition, let body), .doWhileLoop(_, let body, let condition), .doUntilLoop(_, let body, let condition):
            walk(condition)
            walk(body)
        case .forLoop(_, let initializer, let condition, let iterator, let body):
            if let initializer { walk(initializer) }
            if let condition { walk(condition) }
            if let iterator { walk(iterator) }
            walk(body)
        case .foreachLoop(_, _, let collection, let body):
            walk(collection)
            walk(body)
        case .switchStatement(let statement):
            walk(statement.subject)
            for clause in statement.clauses {
                walk(clause.pattern)
                walk(clause.body)
            }
            walk(statement.defaultBody ?? [])
        case .tryStatement(let body, let catches, let finally):
            walk(body)
            for clause in catches { walk(clause.body) }
            walk(finally ?? [])
        case .trap(_, let body):
            walk(body)
        case .functionDefinition(let definition):
            walk(definition.body)
        case .returnStatement(let pipeline), .exitStatement(let pipeline), .throwStatement(let pipeline):
            if let pipeline { walk(pipeline) }
        case .breakStatement, .continueStatement:
            break
        }
    }

    func walk(_ pipeline: Pipeline) {
        for element in pipeline.elements {
            switch element {
            case .expression(let expression, let redirections):
                walk(expression)
                walk(redirections)
            case .command(let command):
                self.command(command)
                if case .expression(let name) = command.name { walk(name) }
                for element in command.elements {
                    switch element {
                    case .parameter(_, let argument, _, _, _):
                        if let argument { walk(argument) }
                    case .argument(let argument, _):
                        walk(argument)
                    case .splat, .endOfParameters:
                        break
                    }
                }
                walk(command.redirections)
            }
        }
    }

    private func walk(_ redirections: [Redirection]) {
        for redirection in redirections {
            if case .file(let target) = redirection.target { walk(target) }
        }
    }

    func walk(_ node: Expression) {
        expression(node)
        switch node.kind {
        case .stringConstant, .number, .variable, .typeLiteral:
            break
        case .expandableString(let parts, _):
            for part in parts {
                if case .subexpression(let statements) = part { walk(statements) }
            }
        case .arrayLiteral(let items):
            for item in items { walk(item) }
        case .arraySubexpression(let statements), .subexpression(let statements):
            walk(statements)
        case .parenthesized(let statement):
            walk(statement)
        case .hashtable(let entries):
            for entry in entries {
                walk(entry.key)
                walk(entry.value)
            }
        case .scriptBlock(let block):
            walk(block)
        case .convert(_, let operand):
            walk(operand)
        case .member(let target, let member, _):
            walk(target)
            if case .expression(let name) = member { walk(name) }
        case .invokeMember(let target, let member, let arguments, _):
            walk(target)
            if case .expression(let name) = member { walk(name) }
            for argument in arguments { walk(argument) }
        case .index(let target, let index):
            walk(target)
            walk(index)
        case .unary(_, let operand):
            walk(operand)
        case .binary(_, let left, let right):
            walk(left)
            walk(right)
        case .ternary(let condition, let ifTrue, let ifFalse):
            walk(condition)
            walk(ifTrue)
            walk(ifFalse)
        }
    }
}
