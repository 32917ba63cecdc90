import PowerShellSyntax

/// The command a completion is for: its name and parameters, from a cmdlet's metadata or a
/// function's `param()` block.
struct CommandShape {
    var name: String
    var parameters: [ParameterMetadata]

    /// Resolves the command word (aliases followed); nil when it is not a known command.
    init?(_ word: CompletionWord, shell: Shell) {
        guard word.isBare || word.quote != nil, !word.isGroup, !word.value.isEmpty else { return nil }
        var name = word.value
        // Aliases can point to aliases; a short chain is enough and keeps loops harmless.
        for _ in 0..<8 {
            guard let target = shell.aliasTarget(name) else { break }
            name = target
        }
        if let function = shell.function(named: name) {
            self.name = function.name
            self.parameters = Self.parameters(of: function.definition.ast)
        } else if let cmdlet = shell.registry.cmdlet(named: name) {
            self.name = cmdlet.metadata.name
            self.parameters = cmdlet.metadata.allParameters
        } else {
            return nil
        }
    }

    /// A function's parameters: positional in declaration order, as PowerShell binds them.
    static func parameters(of ast: ScriptBlockAst) -> [ParameterMetadata] {
        (ast.parameters ?? []).enumerated().map { index, parameter in
            let typeName = (parameter.typeName ?? "").lowercased()
            let type: ParameterType
            switch typeName {
            case "switch", "switchparameter", "system.management.automation.switchparameter": type = .switchParameter
            case "int", "int32", "system.int32": type = .int
            case "securestring", "system.security.securestring": type = .secureString
            case "": type = .any
            default: type = typeName.hasSuffix("[]") ? .array(.string) : .string
            }
            let validValues = parameter.attributes.first { $0.name.lowercased() == "validateset" }
                .flatMap { Self.stringArguments(of: $0) }
            return ParameterMetadata(
                parameter.name, type, position: type == .switchParameter ? nil : index, validValues: validValues)
        }
    }

    /// `[ValidateSet('a', 'b')]`'s values, when they are plain strings.
    private static func stringArguments(of attribute: AttributeAst) -> [String]? {
        let values: [String] = attribute.positionalArguments.compactMap {
            if case .stringConstant(let text, _) = $0.kind { return text }
            return nil
        }
        return values.isEmpty ? nil : values
    }

    /// The parameter `typed` names: exact name or alias, else the one parameter it abbreviates.
    func parameter(named typed: String) -> ParameterMetadata? {
        let lowered = typed.lowercased()
        guard !lowered.isEmpty else { return nil }
        if let exact = parameters.first(where: { $0.name.lowercased() == lowered || $0.aliases.contains { $0.lowercased() == lowered } }) {
            return exact
        }
        let matches = parameters.filter { $0.name.lowercased().hasPrefix(lowered) }
        return matches.count == 1 ? matches[0] : nil
    }
}
