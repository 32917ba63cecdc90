/// A host that keeps every line in the order shown (output, errors, warnings, `Write-Host`), for replay.
/// Nobody answers prompts: reads return `nil`, as in a non-interactive session.
public final class CapturingHost: ShellHost {
    public private(set) var lines: [HostLine] = []
    private var partial = ""
    public let width: Int
    public var isInteractive: Bool { false }

    public init(width: Int = 120) {
        self.width = width
    }

    /// The lines shown since the last call (a pending `Write-Host -NoNewline` text included).
    public func take() -> [HostLine] {
        if !partial.isEmpty {
            lines.append(HostLine(.host, partial))
            partial = ""
        }
        defer { lines.removeAll(keepingCapacity: true) }
        return lines
    }

    public func writeOutputLine(_ line: String) { append(.output, line) }
    public func writeErrorLine(_ line: String) { append(.error, line) }
    public func writeWarningLine(_ line: String) { append(.warning, line) }
    public func writeVerboseLine(_ line: String) { append(.verbose, line) }

    public func writeHost(_ text: String, newline: Bool) {
        partial += text
        if newline {
            // Taken out first: append() writes a pending partial line itself.
            let line = partial
            partial = ""
            append(.host, line)
        }
    }

    public func readLine(prompt: String) -> String? { nil }
    public func readSecret(prompt: String) -> String? { nil }
    public func takeInterrupt() -> Bool { false }

    private func append(_ stream: HostLine.Stream, _ text: String) {
        if !partial.isEmpty {
            lines.append(HostLine(.host, partial))
            partial = ""
        }
        // A line may hold newlines (a multi-line string written at once): keep one entry per printed line.
        if text.utf8.contains(0x0A) {
            for piece in text.split(separator: "\n", omittingEmptySubsequences: false) { lines.append(HostLine(stream, String(piece))) }
        } else {
            lines.append(HostLine(stream, text))
        }
    }
}
