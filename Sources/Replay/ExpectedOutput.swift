import ShellEngine
/// A command's expected output compiled for matching: line patterns and whole-line `<...>` placeholders.
///
/// Rules: blank lines before and after the output do not count (console copies keep or lose them at
/// will); PowerShell's invocation-log lines (`>> TerminatingError(...)`) are ignored; a line that is only
/// a placeholder matches any number of lines, including none, but never an error line.
struct ExpectedOutput: Sendable {
    enum Item: Sendable {
        case line(LinePattern, TranscriptLine)
        case anyLines(TranscriptLine)

        var source: TranscriptLine {
            switch self {
            case .line(_, let line), .anyLines(let line): return line
            }
        }
    }

    let items: [Item]
    let masks: [OutputMask]
    /// The labelled-field rules whose mask is on.
    let fields: [LabelledFields]

    init(_ lines: [TranscriptLine], masks: Set<OutputMask>, labelledFields: [LabelledFields] = []) {
        let ordered = OutputMask.order.filter { masks.contains($0) }
        self.masks = ordered
        let fields = labelledFields.filter { masks.contains($0.mask) }
        self.fields = fields
        // Each line is normalized once: replay compiles every command's expected output.
        let trimmed = ExpectedOutput.trimBlank(lines.filter { !TranscriptParser.isLogLine($0.text) }.map { ($0, LinePattern.normalize($0.text)) }) {
            $0.1.isEmpty
        }
        var normalized = trimmed.map(\.1)
        for rule in fields { normalized = rule.mask(normalized) }
        items = zip(trimmed, normalized).map { pair, bytes in
            let line = pair.0
            return LinePattern.isWholeLinePlaceholder(normalized: pair.1) ? .anyLines(line) : .line(LinePattern(normalized: bytes, masks: ordered), line)
        }
    }

    /// Actual lines as compared: normalized, masked, outer blank lines removed; `isError` for the error stream.
    func prepare(_ actual: [HostLine]) -> [PreparedLine] {
        let normalized = actual.map { line in
            let key = LinePattern.normalize(line.text)
            return PreparedLine(text: String(decoding: key, as: UTF8.self), key: key, isError: line.stream == .error)
        }
        var trimmed = ExpectedOutput.trimBlank(normalized) { $0.key.isEmpty }
        for rule in fields {
            for (index, key) in rule.mask(trimmed.map(\.key)).enumerated() { trimmed[index].key = key }
        }
        return trimmed.map {
            PreparedLine(text: $0.text, key: OutputMask.apply(masks, to: $0.key), isError: $0.isError)
        }
    }

    static func trimBlank<T>(_ lines: [T], isBlank: (T) -> Bool) -> [T] {
        guard let first = lines.firstIndex(where: { !isBlank($0) }), let last = lines.lastIndex(where: { !isBlank($0) }) else { return [] }
        return Array(lines[first...last])
    }

    func itemMatches(_ index: Int, _ actual: [UInt8]) -> Bool {
        if case .line(let pattern, _) = items[index] { return pattern.matches(actual) }
        return true
    }

    /// Glob matching over lines: fixed runs between placeholders must appear in order, the first run at the
    /// start and the last at the end.
    func matches(_ prepared: [PreparedLine]) -> Bool {
        let actual = prepared.map(\.key)
        let hasPlaceholderLine = items.contains { if case .anyLines = $0 { return true } else { return false } }
        if hasPlaceholderLine, prepared.contains(where: \.isError) {
            // Errors must be expected in so many words: a `<...>` line never hides one. The alignment decides.
            return !UnifiedDiff.operations(self, prepared).contains { $0.isChange }
        }
        var runs: [[Int]] = [[]]
        for index in items.indices {
            if case .anyLines = items[index] { runs.append([]) } else { runs[runs.count - 1].append(index) }
        }
        if runs.count == 1 {
            return runs[0].count == actual.count && zip(runs[0], actual).allSatisfy { itemMatches($0, $1) }
        }
        let first = runs[0], last = runs[runs.count - 1]
        guard actual.count >= first.count + last.count else { return false }
        guard zip(first, actual).allSatisfy({ itemMatches($0, $1) }) else { return false }
        let tailStart = actual.count - last.count
        guard zip(last, actual[tailStart...]).allSatisfy({ itemMatches($0, $1) }) else { return false }
        var cursor = first.count
        for run in runs[1..<(runs.count - 1)] where !run.isEmpty {
            var found: Int?
            var start = cursor
            while start + run.count <= tailStart {
                if zip(run, actual[start...]).allSatisfy({ itemMatches($0, $1) }) { found = start; break }
                start += 1
            }
            guard let found else { return false }
            cursor = found + run.count
        }
        return true
    }
}
