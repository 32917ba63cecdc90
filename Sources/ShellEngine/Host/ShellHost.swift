/// Where the shell writes and from where it reads: the console, a test, a replay.
public protocol ShellHost: AnyObject {
    /// One line of formatted output (stdout).
    func writeOutputLine(_ line: String)
    /// One line of an error record (stderr, red on a terminal).
    func writeErrorLine(_ line: String)
    /// `WARNING: ...` (yellow on a terminal).
    func writeWarningLine(_ line: String)
    /// `VERBOSE: ...`
    func writeVerboseLine(_ line: String)
    /// `Write-Host` text, possibly without a newline.
    func writeHost(_ text: String, newline: Bool)
    /// Reads a line for a prompt (mandatory parameter, `Read-Host`, `-Confirm`); `nil` when there is no one to ask.
    func readLine(prompt: String) -> String?
    /// Reads a secret without echo; `nil` when there is no one to ask.
    func readSecret(prompt: String) -> String?
    /// True when a person can answer prompts.
    var isInteractive: Bool { get }
    /// Console width for formatting.
    var width: Int { get }
    /// True once when Ctrl+C was pressed since the last call.
    func takeInterrupt() -> Bool
    /// `Write-Progress`: draws or clears a progress bar (terminals only).
    func writeProgress(_ record: ProgressRecord)
}

extension ShellHost {
    /// Hosts without a terminal show no progress.
    public func writeProgress(_ record: ProgressRecord) {}
}
