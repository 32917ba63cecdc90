import PowerShellSyntax

extension Shell {
    /// `Invoke-Expression`: runs `text` as script in the current scope (its variables and functions stay), writing
    /// its output to `emit`. A parse error is a terminating error positioned in `text`.
    public func invokeExpression(_ text: String, emit: (Value) throws -> Void) throws {
        let source = SourceText(text)
        let script: ScriptStatementStream
        do {
            script = try ScriptStatementStream(parsing: text)
        } catch {
            throw RuntimeError(parseErrorRecord(error, source: source))
        }
        let savedSource = currentSource
        currentSource = source
        defer { currentSource = savedSource }
        try executeScript(script, arguments: [], source: source, emit: emit, statementDone: {})
    }
}
