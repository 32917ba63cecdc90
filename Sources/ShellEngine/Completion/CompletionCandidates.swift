/// What Tab offers for the word before the cursor: the UTF-8 offset where that word starts and
/// the full texts that may replace `line[replacementStart..<cursor]`, already filtered and ordered.
///
/// The same shape as the line editor's completion result, kept in the engine so the engine does
/// not depend on the editor.
public struct CompletionCandidates: Equatable, Sendable {
    /// UTF-8 byte offset in the line where the replaced word starts.
    public var replacementStart: Int
    public var candidates: [String]

    public init(replacementStart: Int, candidates: [String]) {
        self.replacementStart = replacementStart
        self.candidates = candidates
    }

    /// Nothing to offer.
    public static let none = CompletionCandidates(replacementStart: 0, candidates: [])
}
