/// Decides where an accepted entry goes: PSReadLine's default rule as of 2.1.0.
///
/// PSReadLine's `GetDefaultAddToHistoryOption` (PowerShell/PSReadLine, PSReadLine/History.cs) matches the
/// whole line against `password|asplaintext|token|apikey|secret`, case-insensitive: any match keeps the
/// entry in memory only (recallable, never written to the history file). 2.0.0 (the one Windows
/// PowerShell 5.1 ships) had `key` where 2.1.0 has `apikey` ("Relax the sensitive words we filter",
/// #1517), which would catch every `-KeyProvider` command here; 2.2 and later also parse the line to let
/// some matches through (#2921, #3630). Lines that show a secret by meaning (a value bound to a sensitive
/// parameter) are kept out of the history altogether by the REPL before they get here.
public struct HistoryPolicy: Equatable, Sendable {
    /// Where an entry is stored.
    public enum Disposition: Equatable, Sendable {
        /// Empty or whitespace-only: not stored at all.
        case ignore
        /// Sensitive: recallable in this session, never written to the history file.
        case memoryOnly
        /// Stored in memory and in the history file.
        case memoryAndFile
    }

    /// Lower-case words whose presence marks an entry as sensitive.
    public var sensitiveWords: [String]

    public init(sensitiveWords: [String] = ["password", "asplaintext", "token", "apikey", "secret"]) {
        self.sensitiveWords = sensitiveWords.map { $0.lowercased() }
    }

    public func disposition(for entry: String) -> Disposition {
        if entry.allSatisfy(\.isWhitespace) { return .ignore }
        return isSensitive(entry) ? .memoryOnly : .memoryAndFile
    }

    public func isSensitive(_ entry: String) -> Bool {
        let lowered = entry.lowercased()
        return sensitiveWords.contains { lowered.contains($0) }
    }
}
