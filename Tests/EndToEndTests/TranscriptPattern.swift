/// A transcript written by hand, compared with one a program wrote, by rules of its own (not vtash's replay):
/// blank lines do not count; a line that is only `<...>` stands for any number of lines; `<...>` inside a
/// line stands for any text; in a prompt line (`PS PATH> COMMAND`) only the command counts.
struct TranscriptPattern {
    private let lines: [String]

    init(_ text: String) {
        lines = Self.significant(text)
    }

    /// nil when `text` matches, otherwise the first pattern line that could not be matched.
    func firstMismatch(in text: String) -> String? {
        let actual = Self.significant(text)
        var furthest = 0
        if match(0, actual, 0, &furthest) { return nil }
        return "no match for pattern line \(furthest + 1): \(furthest < lines.count ? lines[furthest] : "<end>")"
    }

    private func match(_ p: Int, _ actual: [String], _ a: Int, _ furthest: inout Int) -> Bool {
        furthest = max(furthest, p)
        if p == lines.count { return a == actual.count }
        if lines[p] == "<...>" {
            for next in a...actual.count where match(p + 1, actual, next, &furthest) { return true }
            return false
        }
        guard a < actual.count, Self.lineMatches(lines[p], actual[a]) else { return false }
        return match(p + 1, actual, a + 1, &furthest)
    }

    static func lineMatches(_ pattern: String, _ line: String) -> Bool {
        let parts = pattern.components(separatedBy: "<...>")
        guard parts.count > 1 else { return pattern == line }
        guard line.hasPrefix(parts[0]), line.hasSuffix(parts[parts.count - 1]),
              line.count >= parts[0].count + parts[parts.count - 1].count else { return false }
        var rest = Substring(line.dropFirst(parts[0].count).dropLast(parts[parts.count - 1].count))
        for middle in parts.dropFirst().dropLast() {
            guard let found = rest.range(of: middle) else { return false }
            rest = rest[found.upperBound...]
        }
        return true
    }

    private static func significant(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { line -> String in
                var line = String(line)
                while line.last == " " || line.last == "\r" { line.removeLast() }
                if line.hasPrefix("PS "), let end = line.range(of: "> ") { return "PS > " + line[end.upperBound...] }
                return line
            }
            .filter { !$0.isEmpty }
    }
}
