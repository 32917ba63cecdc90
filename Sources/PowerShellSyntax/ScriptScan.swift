/// What the first pass over a script found.
struct ScriptScan {
    var header: ScriptBlockAst
    var isStreamed: Bool
    var retained: [Statement]
    /// Where the first statement whose tree was not kept starts; `nil` when every tree was kept.
    var resume: ScriptStatementStream.StatementStart?
    /// True when the second half of the text was checked by a ``ScanAhead``.
    var metAhead: Bool
}
