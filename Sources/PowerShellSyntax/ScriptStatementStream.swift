/// A script parsed for running one top-level statement at a time.
///
/// PowerShell reports any parse error before a script runs, so the whole text is parsed first; but a
/// script of a million statements would hold about 2 KB of syntax tree per statement. This keeps the trees
/// of the first statements (up to ``retainedTextBudget`` characters of their text) and parses the others
/// again, a batch at a time a few batches ahead of the one running (on a second thread when one can be
/// made). Memory then stays flat as scripts grow, and small scripts are parsed once.
public final class ScriptStatementStream {
    /// The script's attributes, `param( )` block, `#Requires` lines and span. When ``isStreamed`` is false
    /// (the script uses `begin`/`process`/`end` blocks) it is the whole script; otherwise its `endBlock`
    /// is empty and the statements come from ``next()``.
    public let header: ScriptBlockAst
    public let isStreamed: Bool
    /// Text (in scalars) of the statements whose trees the first pass keeps.
    public static let retainedTextBudget = 256 << 10
    /// How many statements are parsed again at a time.
    static let batchSize = 256

    /// True when the first pass checked the text's second half on another thread (for tests).
    let checkedInHalves: Bool
    private var buffer: [Statement]
    private var bufferIndex = 0
    /// The second pass, when the first did not keep every statement.
    private var ahead: StatementsAhead?

    /// Where a top-level statement starts, with the parser state its parse depends on.
    struct StatementStart {
        var position: Int
        var lastTokenEnd: Int
    }

    /// Parses `source` completely (any error is thrown here, before a statement runs).
    public convenience init(parsing source: String) throws(ParseError) {
        try self.init(parsing: ScriptText(source))
    }

    /// Parses `script` completely (any error is thrown here, before a statement runs).
    public convenience init(parsing script: ScriptText) throws(ParseError) {
        try self.init(parsing: script, retaining: ScriptStatementStream.retainedTextBudget)
    }

    /// Keeps the trees of the statements within the first `budget` scalars; the others are parsed again.
    init(parsing script: ScriptText, retaining budget: Int) throws(ParseError) {
        let source = SourceText(script)
        let outcome = Outcome()
        // A long script's second half is checked on the second core meanwhile.
        let ahead = source.count >= budget * 4 ? ScanAhead.start(source, from: source.count / 2) : nil
        DeepStack.run {
            var parser = ScriptParser(text: source)
            do throws(ParseError) {
                let scan = try parser.scanScript(retaining: budget, alongside: ahead)
                // Parsing went on after errors in statements: all of them are reported, the first leading.
                outcome.result = parser.collectedErrors.isEmpty ? .success(scan) : .failure(parser.combined(with: nil))
            } catch {
                outcome.result = .failure(parser.combined(with: error))
            }
        }
        guard let result = outcome.result else {
            throw ParseError(errorId: "ParserFailed", message: "The parser did not run.", span: .unknown, isIncompleteInput: false)
        }
        let scan = try result.get()
        self.header = scan.header
        self.isStreamed = scan.isStreamed
        self.checkedInHalves = scan.metAhead
        self.buffer = scan.retained
        if let resume = scan.resume {
            self.ahead = StatementsAhead(source: source, from: resume, batchSize: ScriptStatementStream.batchSize)
        }
    }

    deinit {
        ahead?.stop()
    }

    /// The next top-level statement, or `nil` after the last. Statements already handed out are not kept.
    public func next() throws(ParseError) -> Statement? {
        if bufferIndex >= buffer.count {
            let finished = buffer
            buffer = []
            bufferIndex = 0
            guard let ahead else { return nil }
            switch ahead.take(handingBack: finished) {
            case .statements(let statements):
                buffer = statements
            case .end:
                finish()
                return nil
            case .failure(let error):
                finish()
                throw error
            }
        }
        guard bufferIndex < buffer.count else { return nil }
        let statement = buffer[bufferIndex]
        bufferIndex += 1
        return statement
    }

    private func finish() {
        ahead?.stop()
        ahead = nil
    }

    /// Carries the first pass out of the parsing thread, which has finished when it is read.
    private final class Outcome: @unchecked Sendable {
        var result: Result<ScriptScan, ParseError>?
    }
}
