/// Decides where an accepted entry goes: PSReadLine's default rule, simplified.
///
/// PSReadLine keeps lines matching `password|asplaintext|token|apikey|secret` (case-insensitive)
/// out of the history file and refines that by parsing; here any match anywhere is enough to keep
/// the entry in this session's memory only.
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
