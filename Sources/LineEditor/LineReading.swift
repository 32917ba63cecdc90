/// A source of input lines for a read-eval-print loop.
///
/// Use it from one thread (the main thread): the libedit implementation blocks in `read(2)`.
public protocol LineReading: AnyObject {
    /// Reads one physical line with `prompt` (the REPL passes `"PS /path> "` or `">> "`).
    func readLine(prompt: String) -> LineReadResult
    /// Adds one accepted entry (may contain newlines: a multi-line statement) to the history.
    func addHistory(_ entry: String)
    /// Reads a secret without echo (for Read-Host -AsSecureString / SecureString prompts);
    /// nil on EOF/Ctrl+C.
    func readSecret(prompt: String) -> String?
    /// Saves history now (the REPL calls it at exit).
    func close()
    /// This session's history, oldest first (sensitive entries included: they are only kept
    /// out of the history file).
    var historyEntries: [String] { get }
}
