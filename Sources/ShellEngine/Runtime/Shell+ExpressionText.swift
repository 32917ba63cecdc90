import PowerShellSyntax

/// Running text as code: `[scriptblock]::Create(text)` and Invoke-Expression.
extension Shell {
    /// `[scriptblock]::Create(text)`: the text parsed as a script block. A syntax error is a terminating error
    /// (a ParseException, as PowerShell throws it) with the parser's id and message.
    func scriptBlock(parsing text: String, span: SourceSpan) throws -> ScriptBlockValue {
        let source = SourceText(text)
        do {
            return ScriptBlockValue(ast: try Parser.parse(text), source: source)
        } catch {
            var record = parseErrorRecord(error, source: source)
            if record.position == nil { record.position = ErrorPosition(source: currentSource, span: span) }
            throw RuntimeError(record, endsScript: true)
        }
    }

    /// Invoke-Expression's engine side: parses `text` and runs its statements in the caller's current scope (as
    /// dot-sourcing does: `Invoke-Expression '$x = 5'` sets the caller's `$x`), giving each output object to `emit`.
    /// A syntax error throws a terminating ParseException error before anything runs; errors of the statements
    /// behave as in a script.
    public func invokeExpression(_ text: String, emit: (Value) throws -> Void) throws {
        let block = try scriptBlock(parsing: text, span: .unknown)
        let savedSource = currentSource
        currentSource = block.source
        defer { currentSource = savedSource }
        do {
            try executeBlocks(of: block.ast, input: nil, emit: emit, statementDone: {})
        } catch var error as RuntimeError {
            // An error leaving the command comes wrapped in a CmdletInvocationException (TryCatch.Tests.ps1,
            // "Catch CmdletInvocationException"); `$_` is still the error itself.
            if error.record.wrapperExceptionType == nil { error.record.wrapperExceptionType = "System.Management.Automation.CmdletInvocationException" }
            throw error
        }
    }
}
