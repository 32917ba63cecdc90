import PowerShellSyntax

/// `trap { ... }`: a handler for the terminating errors of the statements of its block. Its body runs with
/// `$_` set to the error; `continue` goes on silently with the next statement, `break` ends the block with
/// the error, and a body without either writes the error and goes on.
struct Trap {
    let typeNames: [String]
    let body: [Statement]

    /// The traps a statement list declares (wherever in the list they stand).
    static func declared(in statements: [Statement]) -> [Trap] {
        var traps: [Trap] = []
        for statement in statements {
            if case .trap(let typeNames, let body) = statement.kind { traps.append(Trap(typeNames: typeNames, body: body)) }
        }
        return traps
    }
}

extension Shell {
    /// One statement of a list that declares traps: its terminating error goes to the first trap that
    /// matches; otherwise as ``executeListedStatement(_:emit:statementDone:)`` handles it.
    func executeTrapped(_ statement: Statement, traps: [Trap], emit: Emit, statementDone: () -> Void) throws {
        if host.takeInterrupt() { throw PipelineInterrupted() }
        do {
            try executeStatement(statement, emit: emit)
        } catch let error as RuntimeError {
            statementDone()
            // A trap's types match as a catch clause's do.
            guard let trap = traps.first(where: { catchMatches(CatchClause(typeNames: $0.typeNames, body: []), record: error.record) }) else {
                guard !error.endsScript, tryDepth == 0 else { throw error }
                report(error.record)
                lastSucceeded = false
                return
            }
            try runTrap(trap, for: error, emit: emit)
            lastSucceeded = false
            return
        }
        statementDone()
    }

    private func runTrap(_ trap: Trap, for error: RuntimeError, emit: Emit) throws {
        let savedScope = currentScope
        currentScope = Scope(parent: currentScope)
        defer { currentScope = savedScope }
        let record = errorRecordObject(error.record)
        setVariable("_", .object(record), scope: "local")
        setVariable("PSItem", .object(record), scope: "local")
        do {
            try executeStatements(trap.body, emit: emit)
        } catch ControlFlow.continueLoop(label: nil) {
            remember(error.record)
            return
        } catch ControlFlow.breakLoop(label: nil) {
            throw RuntimeError(error.record, endsScript: true)
        }
        report(error.record)
    }
}
