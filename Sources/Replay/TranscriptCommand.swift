import ShellEngine
import Foundation

/// One command of a transcript: the lines it was typed on, the statement text, the output that followed.
public struct TranscriptCommand: Equatable, Sendable {
    /// The prompt line and its `>> ` continuation lines, as written in the file.
    public var inputLines: [TranscriptLine]
    /// The statement to run, continuation lines joined with newlines, prompt removed.
    public var text: String
    /// The output lines that followed, until the next prompt or transcript marker.
    public var expectedOutput: [TranscriptLine]

    public init(inputLines: [TranscriptLine], text: String, expectedOutput: [TranscriptLine]) {
        self.inputLines = inputLines
        self.text = text
        self.expectedOutput = expectedOutput
    }

    /// The line number of the prompt line.
    public var lineNumber: Int { inputLines.first?.number ?? 0 }

    /// `Start-Transcript` / `Stop-Transcript` lines are about the recording, not the lab: replay skips them,
    /// and empty prompts have nothing to run.
    public var isReplayed: Bool {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return false }
        let firstWord = trimmed.prefix { !$0.isWhitespace && $0 != ";" && $0 != "|" }.lowercased()
        return firstWord != "start-transcript" && firstWord != "stop-transcript"
    }

    /// The first input line for reports, without its prompt.
    public var title: String {
        let first = text.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
        return inputLines.count > 1 ? first + " ..." : first
    }
}
