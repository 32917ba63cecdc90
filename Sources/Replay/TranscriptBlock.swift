import ShellEngine
/// A piece of a transcript file: text replay keeps as it is (headers, footers, notes) or a command.
public enum TranscriptBlock: Equatable, Sendable {
    case verbatim([TranscriptLine])
    case command(TranscriptCommand)
}
