import Foundation

/// One input of the session's history (`Get-History`, PowerShell's HistoryInfo): what was typed, with the
/// session's secrets masked as a transcript masks them, how it ended and when it ran.
public struct HistoryEntry: Sendable, Equatable {
    public var id: Int64
    public var commandLine: String
    /// `Completed` or `Failed` (PowerShell's PipelineState names).
    public var executionStatus: String
    public var start: Date
    public var end: Date
}
