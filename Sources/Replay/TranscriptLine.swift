import ShellEngine
/// One line of a transcript with its 1-based line number in the file.
public struct TranscriptLine: Equatable, Sendable {
    public var text: String
    public var number: Int

    public init(_ text: String, number: Int) {
        self.text = text
        self.number = number
    }
}
