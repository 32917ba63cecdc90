/// A host that passes everything to the host it wraps and copies it into the running transcripts.
///
/// vtash builds its shell on one of these so `Start-Transcript` works; a shell on any other host answers
/// `Start-Transcript` with PowerShell's "This host does not support transcription."
public final class TranscribingHost: ShellHost {
    public let inner: ShellHost
    /// Started transcripts, oldest first; `Stop-Transcript` stops the newest.
    public private(set) var transcripts: [Transcript] = []

    public init(wrapping inner: ShellHost) {
        self.inner = inner
    }

    public var isTranscribing: Bool { !transcripts.isEmpty }

    package func start(_ transcript: Transcript) { transcripts.append(transcript) }

    /// Stops the newest transcript and returns it, or `nil` when none runs.
    package func stopNewest() -> Transcript? {
        guard let transcript = transcripts.popLast() else { return nil }
        transcript.stop()
        return transcript
    }

    /// Writes every footer; vtash calls this when the session ends, as PowerShell does on exit.
    public func stopAll() {
        while stopNewest() != nil {}
    }

    /// A statement about to run, written with the prompt it was typed at.
    public func recordCommand(_ text: String, prompt: String) {
        for transcript in transcripts { transcript.recordCommand(text, prompt: prompt) }
    }

    /// The statement given to ``recordCommand(_:prompt:)`` has run (the shell calls this).
    public func finishCommand() {
        for transcript in transcripts { transcript.finishCommand() }
    }

    public var isInteractive: Bool { inner.isInteractive }
    public var width: Int { inner.width }

    public func writeOutputLine(_ line: String) {
        inner.writeOutputLine(line)
        record(line)
    }

    public func writeErrorLine(_ line: String) {
        inner.writeErrorLine(line)
        record(line)
    }

    public func writeWarningLine(_ line: String) {
        inner.writeWarningLine(line)
        record(line)
    }

    public func writeVerboseLine(_ line: String) {
        inner.writeVerboseLine(line)
        record(line)
    }

    public func writeHost(_ text: String, newline: Bool) {
        inner.writeHost(text, newline: newline)
        for transcript in transcripts { transcript.recordText(text, newline: newline) }
    }

    public func readLine(prompt: String) -> String? {
        let answer = inner.readLine(prompt: prompt)
        record(prompt + (answer ?? ""))
        return answer
    }

    public func readSecret(prompt: String) -> String? {
        let answer = inner.readSecret(prompt: prompt)
        for transcript in transcripts { transcript.recordSecretPrompt(prompt, answer: answer) }
        return answer
    }

    public func takeInterrupt() -> Bool { inner.takeInterrupt() }

    /// Progress bars are drawn and erased in place; transcripts do not keep them, as in PowerShell.
    public func writeProgress(_ record: ProgressRecord) { inner.writeProgress(record) }

    private func record(_ line: String) {
        for text in line.split(separator: "\n", omittingEmptySubsequences: false) {
            for transcript in transcripts { transcript.recordLine(String(text)) }
        }
    }
}
