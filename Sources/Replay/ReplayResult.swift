import ShellEngine
/// The outcome of replaying one transcript.
public struct ReplayResult: Sendable {
    public var document: TranscriptDocument
    /// One per replayed command, in order (Start-/Stop-Transcript and empty prompts are not replayed).
    public var outcomes: [CommandOutcome]
    public var seconds: Double

    public var passedCount: Int { outcomes.filter(\.passed).count }
    public var failedCount: Int { outcomes.count - passedCount }
    public var allPassed: Bool { failedCount == 0 }

    /// The transcript rewritten with what each command printed this time (`vtash replay --update`).
    public func updatedTranscript() -> String {
        var outputs: [Int: [String]] = [:]
        for outcome in outcomes where outcome.status != .notRun {
            outputs[outcome.index] = outcome.actual.map { line in
                var text = line.text
                while text.hasSuffix(" ") { text.removeLast() }
                return text
            }
        }
        return document.rendered(replacingOutputs: outputs)
    }
}
