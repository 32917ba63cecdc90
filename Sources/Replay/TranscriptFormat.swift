import ShellEngine
/// The two kinds of transcript replay reads.
public enum TranscriptFormat: String, Sendable {
    /// Text copied from a console window: `PS C:\path> command` lines followed by output.
    case consoleCopy
    /// A file written by `Start-Transcript`: a header block, `PS>` command lines, output, a footer.
    case startTranscript
}
