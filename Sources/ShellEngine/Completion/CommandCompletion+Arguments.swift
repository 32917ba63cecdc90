/// Parameter names and parameter values.
extension CommandCompletion {
    /// Candidates for `word`, an argument of `command` after `words` (the arguments before it),
    /// and where the replaced text starts.
    func argument(_ word: CompletionWord, of command: CommandShape, after words: [CompletionWord]) -> ([String], Int) {
        if word.isParameter {
            guard word.hasInlineValue else { return (parameterNames(word.parameterName, of: command, after: words), word.start) }
            // `-Name:value`: complete the value after the colon.
            let name = word.parameterName
            let valueText = String(word.raw.dropFirst(1 + name.count + 1))
            let valueStart = word.start + 1 + name.utf8.count + 1
            guard let parameter = command.parameter(named: name) else { return ([], valueStart) }
            let valueWord = CompletionWord(raw: valueText, value: valueText, start: valueStart)
            if parameter.type.isSwitch {
                return (["$true", "$false"].filter { NameMatcher.hasPrefix($0, valueText) }, valueStart)
            }
            return (values(for: parameter, of: command, word: valueWord), valueStart)
        }
        switch target(of: words, count: words.count, continuing: word.continuesArgument, command: command) {
        case .parameter(let parameter):
            return (values(for: parameter, of: command, word: word), word.start)
        case .unknown:
            return (paths(word.value).map { quoted($0, like: word) }, word.start)
        }
    }

    /// `-Name` candidates not yet used in the command, in declaration order (common ones last).
    private func parameterNames(_ typed: String, of command: CommandShape, after words: [CompletionWord]) -> [String] {
        let used = Set(words.filter(\.isParameter).compactMap { command.parameter(named: $0.parameterName)?.name.lowercased() })
        return command.parameters
            .filter { !used.contains($0.name.lowercased()) && NameMatcher.hasPrefix($0.name, typed) }
            .map { "-" + $0.name }
    }

    /// What the argument at `count` (after `words[0..<count]`) binds to.
    private enum Target {
        case parameter(ParameterMetadata)
        /// No known parameter takes it (or the command's positions are unknown): offer paths.
        case unknown
    }

    private func target(of words: [CompletionWord], count: Int, continuing: Bool, command: CommandShape) -> Target {
        var end = count
        // `a, b<Tab>`: the word belongs to the argument that started before the commas.
        if continuing {
            while end > 0, words[end - 1].continuesArgument { end -= 1 }
            end -= 1
            guard end >= 0 else { return .unknown }
        }
        if end > 0, words[end - 1].isParameter, !words[end - 1].hasInlineValue {
            guard let parameter = command.parameter(named: words[end - 1].parameterName) else { return .unknown }
            if !parameter.type.isSwitch { return .parameter(parameter) }
        }
        // Positional: count the arguments before that no named parameter consumed.
        var position = 0
        var index = 0
        while index < end {
            let word = words[index]
            index += 1
            if word.continuesArgument { continue }
            if word.isParameter {
                if !word.hasInlineValue, let parameter = command.parameter(named: word.parameterName),
                    !parameter.type.isSwitch, index < end
                {
                    index += 1
                    while index < end, words[index].continuesArgument { index += 1 }
                }
                continue
            }
            position += 1
        }
        let positional = command.parameters.filter { parameter in
            !parameter.type.isSwitch && parameter.sets.values.contains { $0.position == position }
        }
        guard let parameter = positional.first else { return .unknown }
        return .parameter(parameter)
    }

    /// Values for `parameter`: its fixed set (enum, `ValidateSet`), then what registered
    /// completers offer, else file paths for text parameters.
    func values(for parameter: ParameterMetadata, of command: CommandShape, word: CompletionWord) -> [String] {
        let prefix = word.value
        var element = parameter.type
        if case .array(let inner) = element { element = inner }
        var found: [String] = []
        var isFixedSet = true
        if let valid = parameter.validValues {
            found = valid
        } else if case .enumeration(_, let names) = element {
            found = names
        } else {
            isFixedSet = false
        }
        if element == .bool {
            return ["$true", "$false"].filter { NameMatcher.hasPrefix($0, word.raw) }
        }
        let request = ArgumentCompletionRequest(
            commandName: command.name, parameterName: parameter.name, parameterType: parameter.type, prefix: prefix)
        for completer in ArgumentCompleters.of(shell).completers {
            found += completer.completeArgument(request)
        }
        var seen = Set<String>()
        var matching: [String] = []
        for value in found where NameMatcher.hasPrefix(value, prefix) && seen.insert(value.lowercased()).inserted {
            matching.append(value)
            if matching.count >= maximumCandidates { break }
        }
        if !matching.isEmpty || isFixedSet { return matching.map { quoted($0, like: word) } }
        switch element {
        case .string, .any:
            return paths(prefix).map { quoted($0, like: word) }
        default:
            return []
        }
    }
}
