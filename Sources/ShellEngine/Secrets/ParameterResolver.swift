/// A command's parameters as its binder finds them from what is written after `-`: the cmdlet binder's
/// `ParameterBinder.resolve` (exact name or alias, then a unique prefix), the function binder's
/// `ScriptBinding.parameter(named:)`. A prefix the binder finds ambiguous counts as sensitive when any of
/// the parameters it could mean is: `-Pa 'x'` fails to bind, and `x` may still be a password.
struct ParameterResolver {
    struct Found {
        var name: String
        var isSensitive: Bool
        var isCredential: Bool
        var isSwitch: Bool
    }

    let resolve: (String) -> Found?

    /// Nil when `written` names no function, cmdlet or alias of either in `shell`.
    init?(command written: String, shell: Shell) {
        let name = shell.registry.aliasTarget(written) ?? written
        if let function = shell.function(named: name) {
            let ast = function.definition.ast
            guard ast.parameters?.isEmpty == false else {
                resolve = { _ in nil }
                return
            }
            let binding = ScriptBinding(ast, shell: shell)
            resolve = { written in
                if let parameter = binding.parameter(named: written) {
                    return Found(name: parameter.name, isSensitive: parameter.isSensitive, isCredential: parameter.isCredential,
                                 isSwitch: parameter.isSwitch)
                }
                let candidates = binding.parameters.filter { $0.name.lowercased().hasPrefix(written.lowercased()) }
                guard let sensitive = candidates.first(where: { $0.isSensitive }) else { return nil }
                return Found(name: sensitive.name, isSensitive: true, isCredential: false, isSwitch: false)
            }
            return
        }
        guard let type = shell.registry.cmdlet(named: name) else { return nil }
        let table = shell.bindingTable(for: type)
        let binder = ParameterBinder(table: table, shell: shell, source: SourceText(""), commandSpan: .unknown,
                                     pipelinePosition: 1, expectsInput: false)
        resolve = { written in
            do {
                guard let parameter = try binder.resolve(written, span: .unknown) else { return nil }
                return Found(name: parameter.name, isSensitive: parameter.isSensitive, isCredential: parameter.isCredential,
                             isSwitch: parameter.type.isSwitch)
            } catch {
                guard let sensitive = table.prefixMatches(VariableKey.of(written)).first(where: { $0.isSensitive }) else { return nil }
                return Found(name: sensitive.name, isSensitive: true, isCredential: false, isSwitch: false)
            }
        }
    }
}
