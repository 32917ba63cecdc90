/// The two passes behind ``ScriptStatementStream``.
extension ScriptParser {
    /// Parses a whole script as ``parseScript()`` does, but keeps the trees of top-level statements only
    /// while their text fits in `budget` scalars; for the others it records where they start.
    mutating func scanScript(retaining budget: Int) throws(ParseError) -> ScriptScan {
        try enter(at: 0)
        defer { leave() }
        var header = try parseBlockHeader(start: 0)
        try skipSeparators()
        if try atNamedBlock() {
            try parseNamedBlocks(into: &header, closer: .endOfInput)
            if !lexer.atEnd { throw unexpectedToken(tokenForError()) }
            header.span = span(0, lexer.source.count)
            header.requires = lexer.requires.sorted { $0.key < $1.key }.map(\.value)
            return ScriptScan(header: header, isStreamed: false, retained: [], pending: [])
        }
        var retained: [Statement] = []
        var pending: [ScriptStatementStream.StatementStart] = []
        var retainedText = 0
        // The same loop as `parseStatementList(closedBy: .endOfInput)`.
        statements: while true {
            try skipSeparators()
            guard lexer.current != nil else { break statements }
            let start = ScriptStatementStream.StatementStart(position: lexer.position, lastTokenEnd: lastTokenEnd)
            let statement = try parseStatement()
            if pending.isEmpty, retainedText < budget {
                retainedText += lexer.position - start.position
                retained.append(statement)
            } else {
                pending.append(start)
            }
            try lexer.skipTrivia()
            guard let t = lexer.current else { break statements }
            if t.isNewline || t == ";" { continue }
            throw unexpectedToken(tokenForError())
        }
        header.span = span(0, lexer.source.count)
        header.requires = lexer.requires.sorted { $0.key < $1.key }.map(\.value)
        return ScriptScan(header: header, isStreamed: true, retained: retained, pending: pending)
    }

    /// Parses again the top-level statement that starts at `start`, as the first pass did.
    mutating func reparseStatement(at start: ScriptStatementStream.StatementStart) throws(ParseError) -> Statement {
        lexer.position = start.position
        lastTokenEnd = start.lastTokenEnd
        depth = 1
        commaDisabled = false
        return try parseStatement()
    }
}
