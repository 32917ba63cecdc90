/// What a Tab press does to the line, decided by ``CompletionState``.
enum CompletionAction: Equatable, Sendable {
    /// Nothing to do (the single candidate is already there).
    case none
    /// No progress possible now: ring the bell.
    case beep
    /// Replace the UTF-8 byte range `range` (which ends at the cursor) with `text`.
    /// `deletedCharacters` is the number of Unicode scalars in that range, which is what
    /// libedit's `el_deletestr` counts.
    case replace(range: Range<Int>, deletedCharacters: Int, text: String)
    /// Show these candidates below the line and redraw it.
    case list([String])
}
