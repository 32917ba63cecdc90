import ShellEngine
/// What happened to one command of a replayed transcript.
public struct CommandOutcome: Sendable {
    public enum Status: String, Sendable {
        case passed, failed
        /// An earlier command ended the session (`exit`), so this one never ran: counted as failed.
        case notRun
    }

    /// The command's position among the document's commands (skipped ones included), for `--update`.
    public var index: Int
    public var command: TranscriptCommand
    public var status: Status
    public var comparison: OutputComparison
    /// What the command printed, secrets masked.
    public var actual: [HostLine]
    public var seconds: Double

    public var passed: Bool { status == .passed }
}
