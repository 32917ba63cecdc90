import CLineEditorSupport
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads redirected input (or a dumb terminal) line by line: no prompt, no editing, no history
/// file. Reads fd 0 itself (see ``StandardInputLines``), so nothing else may read stdin through
/// stdio (`Swift.readLine`) while it is in use, or buffered input is lost.
final class PlainLineReader {
    private var input = StandardInputLines()
    private var session = SessionHistory(capacity: 4096)
    private let policy = HistoryPolicy()

    init() {}
}

extension PlainLineReader: LineReading {
    func readLine(prompt: String) -> LineReadResult {
        input.next()
    }

    func addHistory(_ entry: String) {
        if policy.disposition(for: entry) != .ignore { session.append(entry) }
    }

    func readSecret(prompt: String) -> String? {
        var saved = [UInt8](repeating: 0, count: Int(les_termios_size()))
        let echoChanged = isatty(STDIN_FILENO) == 1 && les_echo_off(STDIN_FILENO, &saved) == 0
        defer { if echoChanged { _ = les_termios_restore(STDIN_FILENO, &saved) } }
        guard case .line(let secret) = input.next() else { return nil }
        return secret
    }

    func close() {}

    var historyEntries: [String] { session.entries }
}
