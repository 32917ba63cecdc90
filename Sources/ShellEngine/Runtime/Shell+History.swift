import Foundation

extension Shell {
    /// Adds a typed input that has run to the session's history. The line is masked after it ran, when the
    /// binder has said which of its words were secrets (issue 14: Get-History never shows a secret).
    func recordHistory(_ text: String, start: Date, outcome: RunOutcome) {
        guard !text.allSatisfy(\.isWhitespace) else { return }
        let status: String
        switch outcome {
        case .completed(let succeeded, _): status = succeeded ? "Completed" : "Failed"
        case .exited: status = "Completed"
        case .parseError: status = "Failed"
        }
        let line = text.hasSuffix("\n") ? String(text.dropLast()) : text
        history.append(HistoryEntry(id: (history.last?.id ?? 0) + 1, commandLine: maskingSecrets(inCommand: line),
                                    executionStatus: status, start: start, end: Date()))
        // $MaximumHistoryCount's default: older entries go.
        if history.count > Self.maximumHistoryCount { history.removeFirst(history.count - Self.maximumHistoryCount) }
    }

    /// PowerShell 5.1's default `$MaximumHistoryCount`.
    public static let maximumHistoryCount = 4096
}
