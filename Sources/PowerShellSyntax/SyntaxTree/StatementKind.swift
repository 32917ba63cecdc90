public indirect enum StatementKind: Equatable, Sendable {
    case pipeline(Pipeline)
    /// `$x = ...`, `$x += ...`, `$a, $b = ...`, `$h.Key = ...`, `$a[0] = ...`.
    case assignment(target: Expression, op: AssignmentOperator, value: Statement)
    case ifStatement(clauses: [ConditionalClause], elseBody: [Statement]?)
    case whileLoop(label: String?, condition: Pipeline, body: [Statement])
    case doWhileLoop(label: String?, body: [Statement], condition: Pipeline)
    case doUntilLoop(label: String?, body: [Statement], condition: Pipeline)
    case forLoop(label: String?, initializer: Statement?, condition: Pipeline?, iterator: Statement?, body: [Statement])
    case foreachLoop(label: String?, variable: VariablePath, collection: Pipeline, body: [Statement])
    case switchStatement(SwitchStatement)
    case tryStatement(body: [Statement], catches: [CatchClause], finally: [Statement]?)
    case trap(typeNames: [String], body: [Statement])
    case functionDefinition(FunctionDefinition)
    case breakStatement(label: String?)
    case continueStatement(label: String?)
    case returnStatement(Pipeline?)
    case exitStatement(Pipeline?)
    case throwStatement(Pipeline?)
    /// A `{ }` block statement is not PowerShell; a bare script block literal is a pipeline.
    /// `data { }`, `class`, `enum`, `configuration` are not supported and are parse errors.
}

extension StatementKind {
    /// Statements whose text ends with the `}` of their own block (if, loops but `do`, switch, try, trap, function).
    public var endsWithBlock: Bool {
        switch self {
        case .ifStatement, .whileLoop, .forLoop, .foreachLoop, .switchStatement, .tryStatement, .trap, .functionDefinition: return true
        default: return false
        }
    }
}
