/// A command's parameters as its binder finds them from what is written after `-`: the cmdlet binder's
/// `ParameterBinder.resolve` (exact name or alias, then a unique prefix), for cmdlets and functions alike. A prefix the binder finds ambiguous counts as sensitive when any of
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
        let name = shell.aliasTarget(written) ?? written
        // Functions and cmdlets are bound by the same binder over the same kind of table.
        let table: BindingTable
        if let function = shell.function(named: name) {
            table = shell.scriptCommand(for: function.definition, name: function.name).table
        } else if let type = shell.registry.cmdlet(named: name) {
            table = shell.bindingTable(for: type)
        } else {
            return nil
        }
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
