import ShellEngine
import ShellFormatting

/// Set-Variable and New-Variable: collects pipeline input, then assigns each named variable.
final class VariableAssignment {
    let isNew: Bool
    private var collected: [Value] = []

    init(isNew: Bool) {
        self.isNew = isNew
    }

    func process(_ context: CommandContext) {
        if let input = context.inputObject { collected.append(input) }
    }

    func end(_ context: CommandContext) throws {
        let shell = context.shell
        let value = collected.isEmpty ? (context.parameters["Value"] ?? .null) : Value.fromPipelineOutput(collected)
        let scope = context.parameters.string("Scope")?.lowercased()
        for name in context.parameters.strings("Name") ?? [] {
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
            if let description = context.parameters.string("Description") { shell.setVariableDescription(name, description, scope: scope) }
            if context.parameters.isOn("PassThru") {
                try context.write(.object(VariableCommands.object(Variable(name: name, value: value))))
            }
        }
    }
}
