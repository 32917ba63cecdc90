import PowerShellSyntax

/// The literal words and strings of one typed input, and which of them are secrets by what they mean,
/// before (or without) running it: an argument of a parameter that ``SensitiveParameterRule`` calls
/// sensitive, the parameter found with the binder's own resolution (exact name or alias, then a unique
/// prefix, as `ParameterBinder.resolve` and `ScriptBinding.parameter(named:)` do), so a command line whose
/// binding fails later (a misspelt other parameter, Ctrl+C at a prompt) still gives its secrets away to no one.
/// A value in a hashtable literal under a key named like a sensitive parameter counts too: the hashtable
/// is usually splatted later, where binding alone would come too late for the line that built it.
package struct SecretLiterals {
    /// One string constant or bare word of the text.
    package struct Literal {
        package var value: String
        /// UTF-8 offsets in the text.
        package var range: Range<Int>
        /// The sensitive parameter (canonical name) or hashtable key it is the value of, if any.
        package var parameter: String?
    }

    package var literals: [Literal] = []
    /// The first literal given to a `-User`/`-UserName`/`-Server` parameter or hashtable key, by lowercased
    /// name: whose password a masked one is, for replay to fill it in.
    package var accountNames: [String: String] = [:]
    static let accountParameters: Set<String> = ["user", "username", "server"]
    /// A command of the text is not one this shell knows (a misspelt name, an external program): its
    /// parameters cannot be resolved, so only their spelling can tell a password.
    var hasUnknownCommands = false
    /// Values of sensitive parameters written literally.
    var secrets: [String] { literals.compactMap { $0.parameter == nil ? nil : $0.value } }

    /// Nil when the text does not parse.
    package init?(_ text: String, shell: Shell) {
        guard let ast = try? Parser.parse(text) else { return nil }
        var byStart: [Int: String] = [:]
        var collected: [Literal] = []
        var walk = SyntaxWalk()
        var unknown = false
        var accounts: [Int: String] = [:]
        walk.command = { command in
            guard case .word(let written) = command.name, let resolver = ParameterResolver(command: written, shell: shell) else {
                unknown = true
                return
            }
            for (start, parameter) in Self.sensitiveArguments(of: command, resolver: resolver) { byStart[start] = parameter }
            for (start, parameter) in Self.accountArguments(of: command, resolver: resolver) { accounts[start] = parameter }
        }
        walk.expression = { expression in
            switch expression.kind {
            case .stringConstant(let value, _):
                collected.append(Literal(value: value, range: expression.span.start..<expression.span.end))
            case .number:
                collected.append(Literal(value: String(decoding: Array(text.utf8)[Self.clamped(expression.span, text)], as: UTF8.self),
                                         range: expression.span.start..<expression.span.end))
            case .hashtable(let entries):
                for entry in entries {
                    guard case .stringConstant(let key, _) = entry.key.kind, case .pipeline(let pipeline) = entry.value.kind,
                          pipeline.elements.count == 1, case .expression(let value, _) = pipeline.elements[0] else { continue }
                    if SensitiveParameterRule.isSensitiveName(key) {
                        for item in Self.items(value) { byStart[item.span.start] = key }
                    } else if Self.accountParameters.contains(key.lowercased()) {
                        accounts[value.span.start] = key.lowercased()
                    }
                }
            default:
                break
            }
        }
        walk.walk(ast)
        hasUnknownCommands = unknown
        for literal in collected {
            if let name = accounts[literal.range.lowerBound], accountNames[name] == nil { accountNames[name] = literal.value }
        }
        literals = collected.map { literal in
            var marked = literal
            marked.parameter = byStart[literal.range.lowerBound]
            return marked
        }
    }

    private static func clamped(_ span: SourceSpan, _ text: String) -> Range<Int> {
        let count = text.utf8.count
        return min(span.start, count)..<min(max(span.start, span.end), count)
    }

    /// `'a'` or `'a', 'b'`: the elements whose values are bound one by one.
    private static func items(_ expression: Expression) -> [Expression] {
        if case .arrayLiteral(let elements) = expression.kind { return elements.flatMap(items) }
        return [expression]
    }

    /// Start offsets of the arguments of `-User`, `-UserName` and `-Server`, however spelt.
    private static func accountArguments(of command: CommandAst, resolver: ParameterResolver) -> [(Int, String)] {
        var result: [(Int, String)] = []
        let elements = command.elements
        for (index, element) in elements.enumerated() {
            guard case .parameter(let name, let argument, _, _, _) = element, let parameter = resolver.resolve(name),
                  accountParameters.contains(parameter.name.lowercased()) else { continue }
            var value = argument
            if value == nil, index + 1 < elements.count, case .argument(let next, _) = elements[index + 1] { value = next }
            if let value { result.append((items(value).first?.span.start ?? value.span.start, parameter.name.lowercased())) }
        }
        return result
    }

    /// Start offsets of the literal arguments given to sensitive parameters of `command`, with the
    /// parameter's name. Positional arguments are left to the binder (which set takes them is its call).
    private static func sensitiveArguments(of command: CommandAst, resolver: ParameterResolver) -> [(Int, String)] {
        var result: [(Int, String)] = []
        let elements = command.elements
        let plainText = elements.contains { element in
            guard case .parameter(let name, _, _, _, _) = element else { return false }
            return resolver.resolve(name)?.name.caseInsensitiveCompare(SensitiveParameterRule.plainTextSwitch) == .orderedSame
        }
        for (index, element) in elements.enumerated() {
            guard case .parameter(let name, let argument, _, _, _) = element, let parameter = resolver.resolve(name) else { continue }
            let isPlainText = plainText && parameter.name.caseInsensitiveCompare(SensitiveParameterRule.plainTextParameter) == .orderedSame
            guard parameter.isSensitive || isPlainText, !parameter.isSwitch else { continue }
            var value = argument
            if value == nil, index + 1 < elements.count, case .argument(let next, _) = elements[index + 1] { value = next }
            guard let value else { continue }
            for item in items(value) {
                // A string given to a credential is the user name PowerShell asks a password for.
                if parameter.isCredential, case .stringConstant = item.kind { continue }
                result.append((item.span.start, parameter.name))
            }
        }
        return result
    }
}
