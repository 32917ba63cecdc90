import ShellEngine

/// Set-Variable and New-Variable: collects pipeline input, then assigns each named variable.
final class VariableAssignment {
    let isNew: Bool
    private var collected: [Value] = []

    init(isNew: Bool) {
        self.isNew = isNew
    }

    /// Keeps the pipeline object as it came (the value of `-Value` when no pipeline input arrives).
    func process(_ context: CommandContext) {
        if let input = context.inputObject { collected.append(input) }
    }

    func end(_ context: CommandContext, names: [String], value given: Value, description: String?, passThru: Bool, scope written: String?) throws {
        let shell = context.shell
        let value = collected.isEmpty ? given : Value.fromPipelineOutput(collected)
        let scope = written?.lowercased()
        for name in names {
            if isNew, shell.variable(name, scope: scope ?? "local") != nil {
                try context.writeError(context.errorRecord("A variable with name '\(name)' already exists.", id: "VariableAlreadyExists",
                                                           category: .resourceExists, reason: "SessionStateException", targetName: name, targetType: "String"))
                continue
            }
            if shell.isConstantVariable(name) {
                try context.writeError(context.errorRecord("Cannot overwrite variable \(name) because it is read-only or constant.", id: "VariableNotWritable",
                                                           category: .writeError, reason: "SessionStateUnauthorizedAccessException", targetName: name, targetType: "String"))
                continue
            }
            guard try context.shouldProcess(target: "Name: \(name) Value: \(LanguagePrimitives.toString(value))", action: isNew ? "New variable" : "Set variable") else { continue }
            shell.setVariable(name, value, scope: scope)
            if let description { shell.setVariableDescription(name, description, scope: scope) }
            if passThru {
                try context.write(.object(VariableCommands.object(Variable(name: name, value: value))))
            }
        }
    }
}
