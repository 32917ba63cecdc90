/// The completions a ``CompletionProvider`` offers for the word before the cursor.
public struct CompletionResult: Equatable, Sendable {
    /// UTF-8 byte offset in the line where the replaced word starts.
    public var replacementStart: Int
    /// Full candidate texts that replace line[replacementStart..<cursor]. Already filtered and ordered.
    public var candidates: [String]

    public init(replacementStart: Int, candidates: [String]) {
        self.replacementStart = replacementStart
        self.candidates = candidates
    }

    /// No completion: Tab beeps.
    public static let none = CompletionResult(replacementStart: 0, candidates: [])
}

/// The REPL supplies this; `line` is the whole buffer so far (for a continuation line, only that
/// line), `cursor` a UTF-8 byte offset.
public typealias CompletionProvider = @Sendable (_ line: String, _ cursor: Int) -> CompletionResult
