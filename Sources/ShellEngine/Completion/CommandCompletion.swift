/// Tab completion over a live shell: command names, parameter names, variables, members of the
/// value a variable holds, parameter values (enums, `ValidateSet`, module completers such as lab
/// object names) and file paths.
///
/// Pure logic: reads the shell's state, never runs commands. Matching is case-insensitive by
/// prefix; candidates are full replacement texts for the word before the cursor, quoted when they
/// need it. The line editor extends to the common prefix and lists them.
public struct CommandCompletion {
    public let shell: Shell
    /// Most candidates returned for one Tab (a directory or lab can be large).
    public var maximumCandidates = 1000
    /// Array elements examined when listing members of a collection (`$providers.<Tab>`).
    static let memberSampleSize = 16

    public init(shell: Shell) {
        self.shell = shell
    }

    /// The candidates for the word ending at `cursor` (a UTF-8 offset into `line`).
    public func complete(line: String, cursor: Int) -> CompletionCandidates {
        let bytes = Array(line.utf8)
        guard cursor >= 0, cursor <= bytes.count, cursor == bytes.count || bytes[cursor] & 0xC0 != 0x80 else {
            return .none
        }
        let scan = CompletionScan(bytes[..<cursor])
        guard !scan.inComment else { return .none }
        let word = scan.current
        var candidates: [String]
        var start = word.start
        if word.isBare, word.raw.hasPrefix("$") {
            candidates = word.raw.contains(".") ? members(word.raw) : variables(word.raw)
        } else {
            var words = scan.words
            // `& cmd`, `. cmd`: the command follows the operator.
            while let first = words.first, first.isBare, first.raw == "." { words.removeFirst() }
            if words.isEmpty {
                candidates = commandPosition(word)
            } else if let command = CommandShape(words[0], shell: shell) {
                (candidates, start) = argument(word, of: command, after: Array(words.dropFirst()))
            } else {
                candidates = []
            }
        }
        if candidates.count > maximumCandidates { candidates.removeLast(candidates.count - maximumCandidates) }
        return candidates.isEmpty ? .none : CompletionCandidates(replacementStart: start, candidates: candidates)
    }

    // MARK: - Commands

    private func commandPosition(_ word: CompletionWord) -> [String] {
        if word.quote != nil || word.raw.contains("/") || word.raw.hasPrefix(".") || word.raw.hasPrefix("~") {
            return paths(word.value).map { quoted($0, like: word) }
        }
        guard word.isBare else { return [] }
        return commandNames(matching: word.raw)
    }

    /// Cmdlets, functions and aliases whose names start with `prefix` (wildcards allowed).
    func commandNames(matching prefix: String) -> [String] {
        var names: [String] = shell.registry.allCmdlets.map { $0.metadata.name }
        names += shell.visibleFunctions().map(\.name)
        names += shell.registry.allAliases.map(\.name)
        let matcher = NameMatcher(prefix)
        var seen = Set<String>()
        var result: [String] = []
        for name in names.sorted(by: { $0.lowercased() < $1.lowercased() }) where matcher.matches(name) {
            if seen.insert(name.lowercased()).inserted { result.append(name) }
        }
        return result
    }

    // MARK: - Variables

    private func variables(_ raw: String) -> [String] {
        let typed = String(raw.dropFirst())
        let lowered = typed.lowercased()
        if lowered.hasPrefix("env:") {
            let prefix = String(typed.dropFirst(4))
            let scope = String(typed.prefix(4))
            let names = ProcessEnvironment.names.filter { NameMatcher.hasPrefix($0, prefix) }
            return names.sorted { $0.lowercased() < $1.lowercased() }.map { "$" + scope + $0 }
        }
        var scopeText = ""
        var scope: String?
        var prefix = typed
        for name in ["global:", "script:", "local:", "private:"] where lowered.hasPrefix(name) {
            scopeText = String(typed.prefix(name.count))
            scope = String(name.dropLast())
            prefix = String(typed.dropFirst(name.count))
        }
        let names = shell.variableNames(scope: scope).filter { NameMatcher.hasPrefix($0, prefix) }
        return names.map { "$" + scopeText + $0 }
    }

    // MARK: - Quoting

    /// `value` written as an argument: in the quote the user opened, or single-quoted when it
    /// contains characters the parser would split or expand.
    func quoted(_ value: String, like word: CompletionWord) -> String {
        switch word.quote {
        case "'":
            return "'" + value.replacingOccurrences(of: "'", with: "''") + "'"
        case "\"":
            var escaped = ""
            for character in value {
                if character == "`" || character == "$" || character == "\"" { escaped.append("`") }
                escaped.append(character)
            }
            return "\"" + escaped + "\""
        default:
            guard Self.needsQuotes(value) else { return value }
            return "'" + value.replacingOccurrences(of: "'", with: "''") + "'"
        }
    }

    static func needsQuotes(_ value: String) -> Bool {
        if value.isEmpty || value.hasPrefix("-") || value.hasPrefix("@") { return true }
        return value.contains { " \t'\"`$;|&(){},#<>".contains($0) || $0.isNewline || $0 == "\u{2018}" || $0 == "\u{2019}" }
    }
}
