import ShellEngine
/// Splits transcript lines into commands and the text around them.
///
/// Rules: a prompt line starts a command; `>> ` lines right after it continue the statement; every line up
/// to the next prompt (or Start-Transcript marker block) is its output. Start-Transcript header, footer
/// and `-IncludeInvocationHeader` blocks are kept verbatim and never taken for output.
struct TranscriptParser {
    let lines: [String]
    let name: String
    private var index = 0
    private var blocks: [TranscriptBlock] = []
    private var verbatim: [TranscriptLine] = []
    private var format = TranscriptFormat.consoleCopy

    init(lines: [String], name: String) {
        self.lines = lines
        self.name = name
    }

    /// The invocation-logging lines PowerShell adds to transcripts (`>> TerminatingError(Cmd): "..."`).
    static let logPrefixes = ["TerminatingError(", "NonTerminatingError(", "CommandInvocation(", "ParameterBinding("]

    static func isLogLine(_ line: String) -> Bool {
        var rest = Substring(line)
        if rest.hasPrefix(">>") {
            rest = rest.dropFirst(2)
        } else if let prompt = PromptLine(line) {
            rest = Substring(prompt.command)
        } else {
            return false
        }
        rest = rest.drop { $0 == " " }
        return logPrefixes.contains { rest.hasPrefix($0) }
    }

    static func isStars(_ line: String) -> Bool {
        let trimmed = line.utf8.reversed().drop { $0 == 0x20 }
        return trimmed.count >= 20 && trimmed.allSatisfy { $0 == UInt8(ascii: "*") }
    }

    mutating func parse() -> TranscriptDocument {
        while index < lines.count {
            if let marker = markerLength(at: index) {
                appendVerbatim(count: marker)
            } else if let prompt = PromptLine(lines[index]), !Self.isLogLine(lines[index]) {
                flushVerbatim()
                blocks.append(.command(readCommand(prompt)))
            } else {
                appendVerbatim(count: 1)
            }
        }
        flushVerbatim()
        return TranscriptDocument(name: name, format: format, blocks: blocks)
    }

    /// How many lines the Start-Transcript block at `start` spans, or `nil` when there is none.
    private mutating func markerLength(at start: Int) -> Int? {
        guard Self.isStars(lines[start]), start + 1 < lines.count else { return nil }
        let title = lines[start + 1].lowercased()
        if title.hasSuffix("transcript start") {
            format = .startTranscript
            var end = start + 2
            while end < lines.count, !Self.isStars(lines[end]) { end += 1 }
            guard end < lines.count else { return 2 }
            end += 1
            if end < lines.count, lines[end].hasPrefix("Transcript started, output file is") { end += 1 }
            return end - start
        }
        if title.hasSuffix("transcript end") {
            format = .startTranscript
            var end = start + 2
            if end < lines.count, lines[end].hasPrefix("End time:") { end += 1 }
            if end < lines.count, Self.isStars(lines[end]) { end += 1 }
            return end - start
        }
        if title.hasPrefix("command start time:"), start + 2 < lines.count, Self.isStars(lines[start + 2]) {
            return 3
        }
        return nil
    }

    private mutating func readCommand(_ prompt: PromptLine) -> TranscriptCommand {
        var input = [TranscriptLine(lines[index], number: index + 1)]
        var statement = [prompt.command]
        index += 1
        while index < lines.count, lines[index].hasPrefix(">>"), !Self.isLogLine(lines[index]) {
            input.append(TranscriptLine(lines[index], number: index + 1))
            let rest = lines[index].dropFirst(2)
            statement.append(String(rest.hasPrefix(" ") ? rest.dropFirst() : rest))
            index += 1
        }
        while statement.count > 1, statement.last?.allSatisfy({ $0 == " " }) == true { statement.removeLast() }
        var output: [TranscriptLine] = []
        while index < lines.count {
            if markerLength(at: index) != nil { break }
            if PromptLine(lines[index]) != nil, !Self.isLogLine(lines[index]) { break }
            output.append(TranscriptLine(lines[index], number: index + 1))
            index += 1
        }
        return TranscriptCommand(inputLines: input, text: statement.joined(separator: "\n"), expectedOutput: output)
    }

    private mutating func appendVerbatim(count: Int) {
        for offset in 0..<count where index + offset < lines.count {
            verbatim.append(TranscriptLine(lines[index + offset], number: index + offset + 1))
        }
        index += max(1, count)
    }

    private mutating func flushVerbatim() {
        guard !verbatim.isEmpty else { return }
        blocks.append(.verbatim(verbatim))
        verbatim.removeAll()
    }
}
