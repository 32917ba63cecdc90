/// What one call to ``LineReading/readLine(prompt:)`` produced.
public enum LineReadResult: Equatable, Sendable {
    /// The accepted text without its trailing newline. It can contain newlines when the user
    /// recalled a multi-line entry from the history and accepted it as a whole.
    case line(String)
    /// Ctrl+C while editing: the partial line was discarded (the editor already printed `^C`).
    case interrupted
    /// Ctrl+D on an empty line, or the end of redirected input.
    case endOfInput
}
