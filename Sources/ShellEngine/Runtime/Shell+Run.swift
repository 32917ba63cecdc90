import Foundation
import PowerShellSyntax

/// How a run of input or a script ended.
public enum RunOutcome: Equatable {
    /// Finished; `succeeded` is false when the last statement failed or a terminating error stopped it.
    case completed(succeeded: Bool, terminatingError: Bool)
    /// `exit N`.
    case exited(Int32)
    case parseError
}

extension Shell {
    /// Parses and runs one interactive input or a whole script, writing output and errors to the host.
    @discardableResult
    public func run(_ text: String, fileName: String? = nil, arguments: [Value] = [], newScriptScope: Bool = false) -> RunOutcome {
        guard fileName == nil else { return run(script: ScriptText(text), fileName: fileName, arguments: arguments, newScriptScope: newScriptScope) }
        return runTyped(text) { run(script: ScriptText(text), arguments: arguments, newScriptScope: newScriptScope) }  // Shell+Secrets.swift
    }

    /// Parses and runs a script given as its bytes (a `-File` script: the file is read once, into `text`).
    @discardableResult
    public func run(script text: ScriptText, fileName: String? = nil, arguments: [Value] = [], newScriptScope: Bool = false) -> RunOutcome {
        run(ParsedInput(text), fileName: fileName, arguments: arguments, newScriptScope: newScriptScope)
    }

    /// Runs what the REPL typed, parsed once by ``ParsedInput`` (which also told it whether more lines are needed).
    @discardableResult
    public func run(typed input: ParsedInput) -> RunOutcome {
        onCommandLine?(input.text.string)
        let start = Date()
        let outcome = run(input, fileName: nil, arguments: [], newScriptScope: false)
        recordHistory(input.text.string, start: start, outcome: outcome)
        return outcome
    }

    private func run(_ input: ParsedInput, fileName: String?, arguments: [Value], newScriptScope: Bool) -> RunOutcome {
        let source = SourceText(input.text, fileName: fileName)
        let script: ScriptStatementStream
        switch input.result {
        case .success(let parsed):
            script = parsed
        case .failure(let error):
            report(parseError: error, source: source)
            lastSucceeded = false
            return .parseError
        }
        let output = self.output.makeWriter(shell: self, width: nil) { [unowned host] line in host.writeOutputLine(line) }
        let savedSource = currentSource
        currentSource = source
        defer { currentSource = savedSource }
        var savedScriptScope: Scope?
        var savedCurrentScope: Scope?
        if newScriptScope {
            savedScriptScope = scriptScope
            savedCurrentScope = currentScope
            let scope = Scope(parent: currentScope)
            scriptScope = scope
            currentScope = scope
        }
        defer {
            if let savedScriptScope, let savedCurrentScope {
                scriptScope = savedScriptScope
                currentScope = savedCurrentScope
            }
        }
        do {
            try executeScript(script, arguments: ScriptArgument.commandLine(arguments), source: source,
                              emit: { value in output.write(value) }, statementDone: { output.flushIfPending() })
            output.finish()
            return .completed(succeeded: lastSucceeded, terminatingError: false)
        } catch let error as RuntimeError {
            output.finish()
            report(error.record)
            lastSucceeded = false
            return .completed(succeeded: false, terminatingError: true)
        } catch ControlFlow.exit(let code) {
            output.finish()
            lastExitCode = code
            return .exited(code)
        } catch is PipelineInterrupted {
            output.finish()
            lastSucceeded = false
            return .completed(succeeded: false, terminatingError: true)
        } catch {
            output.finish()
            // break/continue/return outside a loop or function end the script quietly, as in PowerShell.
            return .completed(succeeded: lastSucceeded, terminatingError: false)
        }
    }

    /// Runs a script file's text as a script (new script scope) and returns its outcome.
    func runScriptFile(path: String, arguments: [ScriptArgument], dotSource: Bool, emit: (Value) throws -> Void) throws {
        let resolved = resolvePath(path)
        guard let text = ScriptText.read(path: resolved) else {
            throw RuntimeError(ErrorRecord(
                message: "The term '\(path)' is not recognized as the name of a cmdlet, function, script file, or operable program. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.",
                errorId: "CommandNotFoundException", category: .objectNotFound, reason: "CommandNotFoundException",
                targetName: path, targetType: "String"))
        }
        let source = SourceText(text, fileName: resolved)
        let script: ScriptStatementStream
        do {
            script = try ScriptStatementStream(parsing: text)
        } catch {
            throw RuntimeError(parseErrorRecord(error, source: source))
        }
        let savedSource = currentSource
        let savedScript = scriptScope
        let savedCurrent = currentScope
        currentSource = source
        if !dotSource {
            let scope = Scope(parent: currentScope)
            scriptScope = scope
            currentScope = scope
        }
        defer {
            currentSource = savedSource
            scriptScope = savedScript
            currentScope = savedCurrent
        }
        do {
            try executeScript(script, arguments: arguments, source: source, emit: emit, statementDone: {})
        } catch ControlFlow.returnFromScope {
            return
        }
    }

    /// Binds a parsed script's `param()` block, then runs its statements as the stream parses them again,
    /// so that the trees of finished statements are freed (a script of a million lines runs in flat memory).
    func executeScript(_ script: ScriptStatementStream, arguments: [ScriptArgument], source: SourceText, emit: Emit,
                       statementDone: () -> Void) throws {
        if !script.header.requires.isEmpty { try importRequiredModules(script.header.requires, source: source) }
        try bindScriptParameters(script.header, arguments: arguments, source: source)
        guard script.isStreamed else {
            return try executeBlocks(of: script.header, input: nil, emit: emit, statementDone: statementDone)
        }
        // A streamed script's traps apply from where they stand on (its later statements are not parsed yet).
        var traps: [Trap] = []
        while true {
            let next: Statement?
            do {
                next = try script.next()
            } catch {
                throw RuntimeError(parseErrorRecord(error, source: source), endsScript: true)
            }
            guard let statement = next else { return }
            if case .trap(let typeNames, let body) = statement.kind { traps.append(Trap(typeNames: typeNames, body: body)) }
            if traps.isEmpty {
                try executeListedStatement(statement, emit: emit, statementDone: statementDone)
            } else {
                try executeTrapped(statement, traps: traps, emit: emit, statementDone: statementDone)
            }
        }
    }

    /// Binds `$args` and a script's `param()` block from command-line arguments.
    func bindScriptParameters(_ ast: ScriptBlockAst, arguments: [ScriptArgument], source: SourceText) throws {
        try bindScriptBlockParameters(ast, invocation: ScriptInvocation(arguments: arguments), source: source,
                                      commandName: source.fileName ?? "script")
    }

    // MARK: - Error reporting

    /// Writes an error record to the host in the current `$ErrorView` and adds it to `$Error`.
    public func report(_ record: ErrorRecord) {
        remember(record)
        if let merge = errorMerges.last, (try? merge(.object(errorRecordObject(record)))) != nil { return }
        for line in currentErrorView.render(record) { host.writeErrorLine(line) }
    }

    func remember(_ record: ErrorRecord) {
        session.record(record)
    }

    /// Sets the variable a `-OutVariable`/`-ErrorVariable`/`-WarningVariable` names; a leading `+` appends.
    func publishCommonVariable(_ written: String, _ values: [Value]) {
        var name = written
        var items = values
        let appends = name.hasPrefix("+")
        if appends { name.removeFirst() }
        // `-ErrorVariable script:a` names a scope too.
        var scope: String?
        if let colon = name.firstIndex(of: ":"), ["global", "script", "local", "private"].contains(name[..<colon].lowercased()) {
            scope = name[..<colon].lowercased()
            name = String(name[name.index(after: colon)...])
        }
        if appends, let existing = variable(name, scope: scope), !existing.isNull { items = existing.enumerated + items }
        setVariable(name, .array(items), scope: scope)
    }

    var currentErrorView: ErrorView {
        switch LanguagePrimitives.toString(variable("ErrorView") ?? .null).lowercased() {
        case "conciseview": return .concise
        case "categoryview": return .category
        default: return .normal
        }
    }

    /// One record for all the errors of a parse (PowerShell's ParseException): the first error's id and position;
    /// with several errors the message is each one's position and message, a blank line between them
    /// (ParserException.cs `Message`, at most ten errors then ParserStrings.TooManyErrors).
    func parseErrorRecord(_ error: ParseError, source: SourceText) -> ErrorRecord {
        var message = error.message
        if !error.following.isEmpty {
            let shown = error.all.prefix(10).map { item in
                (ErrorView.positionMessage(ErrorPosition(source: source, span: item.span)) + [item.message]).joined(separator: "\n")
            }
            message = (shown + (error.all.count > 10 ? ["Not all parse errors were reported.  Correct the reported errors and try again."] : [])).joined(separator: "\n\n")
        }
        return ErrorRecord(
            message: message, errorId: error.errorId, category: .parserError,
            reason: "ParentContainsErrorRecordException", exceptionType: "System.Management.Automation.ParseException",
            position: ErrorPosition(source: source, span: error.span))
    }

    /// 5.1 shows parse errors with the position first and the message after it; each error of the parse so,
    /// with a blank line between them, then the first one's category and id.
    func report(parseError: ParseError, source: SourceText) {
        let record = parseErrorRecord(parseError, source: source)
        remember(record)
        if case .normal = currentErrorView {
            var lines: [String] = []
            for (index, error) in parseError.all.prefix(10).enumerated() {
                if index > 0 { lines.append("") }
                lines += ErrorView.positionMessage(ErrorPosition(source: source, span: error.span))
                lines.append(error.message)
            }
            if parseError.all.count > 10 { lines += ["", "Not all parse errors were reported.  Correct the reported errors and try again."] }
            lines.append("    + CategoryInfo          : ParserError: (:) [], ParentContainsErrorRecordException")
            lines.append("    + FullyQualifiedErrorId : \(parseError.errorId)")
            lines.append(" ")
            for line in lines { host.writeErrorLine(line) }
        } else {
            for line in currentErrorView.render(record) { host.writeErrorLine(line) }
        }
    }
}
