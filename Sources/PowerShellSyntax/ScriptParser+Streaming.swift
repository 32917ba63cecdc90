/// The two passes behind ``ScriptStatementStream``.
extension ScriptParser {
    /// Parses a whole script as ``parseScript()`` does, but keeps the trees of top-level statements only
    /// while their text fits in `budget` scalars; the first statement it does not keep is where the second
    /// pass resumes.
    ///
    /// `ahead`, when given, is checking the second half of the text on another thread: once this pass
    /// reaches a statement start that `ahead` parsed from, it stops there and takes `ahead`'s result.
    mutating func scanScript(retaining budget: Int, alongside ahead: ScanAhead? = nil) throws(ParseError) -> ScriptScan {
        var ahead = ahead
        defer { ahead?.stop() }
        try enter(at: 0)
        defer { leave() }
        var header = try parseBlockHeader(start: 0)
        try skipSeparators()
        if try atNamedBlock() {
            try parseNamedBlocks(into: &header, closer: .endOfInput)
            if !lexer.atEnd { throw unexpectedToken(tokenForError()) }
            header.span = span(0, lexer.source.count)
            header.requires = lexer.requires.sorted { $0.key < $1.key }.map(\.value)
            return ScriptScan(header: header, isStreamed: false, retained: [], resume: nil, metAhead: false)
        }
        var retained: [Statement] = []
        var resume: ScriptStatementStream.StatementStart?
        var retainedText = 0
        var metAhead = false
        while true {
            let start = ScriptStatementStream.StatementStart(position: lexer.position, lastTokenEnd: lastTokenEnd)
            if let scan = ahead {
                try skipSeparators()
                if lexer.current != nil, scan.recorded(lexer.position) {
                    ahead = nil
                    if let requires = scan.finish(meetingAt: lexer.position) {
                        // The rest was checked by `scan`, from this very start.
                        for (position, line) in requires { lexer.requires[position] = line }
                        if resume == nil { resume = start }
                        metAhead = true
                        break
                    }
                }
            }
            let next: Statement?
            do {
                next = try nextTopLevelStatement()
            } catch {
                guard recover(from: error, closer: .endOfInput) else { throw error }
                continue
            }
            guard let statement = next else { break }
            if resume == nil, retainedText < budget {
                retainedText += lexer.position - start.position
                retained.append(statement)
            } else if resume == nil {
                resume = start
            }
        }
        header.span = span(0, lexer.source.count)
        header.requires = lexer.requires.sorted { $0.key < $1.key }.map(\.value)
        return ScriptScan(header: header, isStreamed: true, retained: retained, resume: resume, metAhead: metAhead)
    }

    /// The next top-level statement of a script's body, `nil` at its end: the loop of
    /// `parseStatementList(closedBy: .endOfInput)`, one statement at a time.
    mutating func nextTopLevelStatement() throws(ParseError) -> Statement? {
        try skipSeparators()
        guard lexer.current != nil else { return nil }
        let statement = try parseStatement()
        try lexer.skipTrivia()
        if let t = lexer.current, !t.isNewline, t != ";", !statement.kind.endsWithBlock {
            throw unexpectedToken(tokenForError())
        }
        releasePassedText()
        return statement
    }

    /// Gives back the text this parser has passed, a step at a time (a mapped script's pages; statements
    /// keep their own copies of what they need, and error positions read the text again).
    mutating func releasePassedText() {
        let position = lexer.position
        guard position - releasedUpTo >= ScriptText.releaseStep else { return }
        lexer.source.release(releasedUpTo, position)
        releasedUpTo = position
    }

    /// Puts a fresh parser where the first pass stood before a top-level statement.
    mutating func resume(at start: ScriptStatementStream.StatementStart) {
        releasedUpTo = start.position
        lexer.position = start.position
        lastTokenEnd = start.lastTokenEnd
        depth = 1
        commaDisabled = false
    }
}
