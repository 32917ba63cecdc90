/// A script parsed for running one top-level statement at a time.
///
/// PowerShell reports any parse error before a script runs, so the whole text is parsed first; but a
/// script of a million statements would hold about 2 KB of syntax tree per statement. This keeps the trees
/// of the first statements (up to ``retainedTextBudget`` characters of their text) and only the start of the
/// others, and parses those again, a batch at a time, as they are asked for. Memory then stays flat as
/// scripts grow, and small scripts are parsed once.
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

    private var parser: ScriptParser
    private var buffer: [Statement]
    private var bufferIndex = 0
    private var pending: [StatementStart]
    private var pendingIndex = 0

    /// Where a top-level statement starts, with the parser state its parse depends on.
    struct StatementStart {
        var position: Int
        var lastTokenEnd: Int
    }

    /// Parses `source` completely (any error is thrown here, before a statement runs).
    public init(parsing source: String) throws(ParseError) {
        let outcome = Outcome()
        DeepStack.run {
            var parser = ScriptParser(source: source)
            do throws(ParseError) {
                outcome.result = .success((try parser.scanScript(retaining: ScriptStatementStream.retainedTextBudget), parser))
            } catch {
                outcome.result = .failure(error)
            }
        }
        guard let result = outcome.result else {
            throw ParseError(errorId: "ParserFailed", message: "The parser did not run.", span: .unknown, isIncompleteInput: false)
        }
        let (scan, parser) = try result.get()
        self.parser = parser
        self.header = scan.header
        self.isStreamed = scan.isStreamed
        self.buffer = scan.retained
        self.pending = scan.pending
    }

    /// The next top-level statement, or `nil` after the last. Statements already handed out are not kept.
    public func next() throws(ParseError) -> Statement? {
        if bufferIndex >= buffer.count {
            buffer = []
            bufferIndex = 0
            guard pendingIndex < pending.count else {
                pending = []
                return nil
            }
            try refill()
        }
        guard bufferIndex < buffer.count else { return nil }
        let statement = buffer[bufferIndex]
        bufferIndex += 1
        return statement
    }

    /// Parses the next batch of statements again, on the parser's large stack.
    private func refill() throws(ParseError) {
        let end = min(pendingIndex + ScriptStatementStream.batchSize, pending.count)
        let starts = Array(pending[pendingIndex..<end])
        pendingIndex = end
        var parser = self.parser
        let outcome = BatchOutcome()
        DeepStack.run {
            var statements: [Statement] = []
            statements.reserveCapacity(starts.count)
            do throws(ParseError) {
                for start in starts { statements.append(try parser.reparseStatement(at: start)) }
                outcome.result = .success(statements)
            } catch {
                outcome.result = .failure(error)
            }
        }
        guard let result = outcome.result else {
            throw ParseError(errorId: "ParserFailed", message: "The parser did not run.", span: .unknown, isIncompleteInput: false)
        }
        buffer = try result.get()
    }

    /// Carries the first pass out of the parsing thread, which has finished when it is read.
    private final class Outcome: @unchecked Sendable {
        var result: Result<(ScriptScan, ScriptParser), ParseError>?
    }

    private final class BatchOutcome: @unchecked Sendable {
        var result: Result<[Statement], ParseError>?
    }
}

/// What the first pass over a script found.
struct ScriptScan {
    var header: ScriptBlockAst
    var isStreamed: Bool
    var retained: [Statement]
    var pending: [ScriptStatementStream.StatementStart]
}
