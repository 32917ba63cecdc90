import ShellEngine
import ShellFormatting
/// `Get-Variable`, `Set-Variable`, `New-Variable`, `Remove-Variable`, `Clear-Variable`.
enum VariableCommands {
    static let typeName = "System.Management.Automation.PSVariable"
    static let scopeParameter = ParameterMetadata("Scope", .string, description: "Specifies the variables in the scope: Global, Local, Script, or a number relative to the current scope.")

    static func object(_ variable: Variable) -> PSObject {
        let object = PSObject(typeNames: [typeName, "System.Object"])
        object.setProperty("Name", .string(variable.name))
        object.setProperty("Value", variable.value)
        object.setProperty("Description", .string(variable.description))
        object.setProperty("Options", .string(variable.isConstant ? "Constant" : "None"))
        return object
    }

    static func notFound(_ name: String, _ context: CommandContext) -> ErrorRecord {
        context.errorRecord("Cannot find a variable with the name '\(name)'.", id: "VariableNotFound", category: .objectNotFound,
                            reason: "ItemNotFoundException", targetName: name, targetType: "String")
    }
}

public final class GetVariableCommand: Cmdlet {
    public static let metadata = CommandMetadata(
        name: "Get-Variable", className: "Microsoft.PowerShell.Commands.GetVariableCommand",
        synopsis: "Gets the variables in the current console.",
        parameters: [
            ParameterMetadata("Name", .array(.string), position: 0, pipeline: [.byValue, .byPropertyName], description: "Specifies the name of the variable.", wildcards: true),
            ParameterMetadata("ValueOnly", .switchParameter, description: "Indicates that this cmdlet gets only the value of the variable."),
            ParameterMetadata("Exclude", .array(.string), description: "Specifies an array of items that this cmdlet excludes from the operation."),
            VariableCommands.scopeParameter,
        ])

    public init() {}

    public func process(_ context: CommandContext) throws {
        let shell = context.shell
        let names = context.parameters.strings("Name") ?? ["*"]
        let excluded = (context.parameters.strings("Exclude") ?? []).map { WildcardPattern($0) }
        let visible = shell.visibleVariables(scope: context.parameters.string("Scope"))
        for name in names {
            let pattern = WildcardPattern(name)
            let matches = visible.filter { variable in pattern.matches(variable.name) && !excluded.contains { $0.matches(variable.name) } }
            if matches.isEmpty && !pattern.hasWildcards {
                try context.writeError(VariableCommands.notFound(name, context))
                continue
            }
            for variable in matches {
                try context.write(context.parameters.isOn("ValueOnly") ? variable.value : .object(VariableCommands.object(variable)))
            }
        }
    }
}

public final class SetVariableCommand: Cmdlet {
    public static let metadata = CommandMetadata(
        name: "Set-Variable", className: "Microsoft.PowerShell.Commands.SetVariableCommand",
        synopsis: "Sets the value of a variable. Creates the variable if one with the requested name does not exist.",
        parameters: [
            ParameterMetadata("Name", .array(.string), mandatory: true, position: 0, pipeline: .byPropertyName, description: "Specifies the variable name."),
            ParameterMetadata("Value", .any, position: 1, pipeline: [.byValue, .byPropertyName], description: "Specifies the value of the variable."),
            ParameterMetadata("Description", .string, description: "Specifies the description of the variable."),
            ParameterMetadata("Option", .string, description: "Specifies the value of the Options property of the variable."),
            ParameterMetadata("PassThru", .switchParameter, description: "Returns an object representing the new variable."),
            ParameterMetadata("Force", .switchParameter, description: "Allows you to create a variable with the same name as an existing read-only variable."),
            VariableCommands.scopeParameter,
        ], supportsShouldProcess: true)

    private let assignment = VariableAssignment(isNew: false)

    public init() {}
    public func process(_ context: CommandContext) throws { assignment.process(context) }
    public func end(_ context: CommandContext) throws { try assignment.end(context) }
}

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

public final class NewVariableCommand: Cmdlet {
    public static let metadata: CommandMetadata = {
        var metadata = SetVariableCommand.metadata
        metadata.name = "New-Variable"
        metadata.className = "Microsoft.PowerShell.Commands.NewVariableCommand"
        metadata.synopsis = "Creates a new variable."
        return metadata
    }()

    private let assignment = VariableAssignment(isNew: true)

    public init() {}
    public func process(_ context: CommandContext) throws { assignment.process(context) }
    public func end(_ context: CommandContext) throws { try assignment.end(context) }
}

public final class RemoveVariableCommand: Cmdlet {
    public static let metadata = CommandMetadata(
        name: "Remove-Variable", className: "Microsoft.PowerShell.Commands.RemoveVariableCommand",
        synopsis: "Deletes a variable and its value.",
        parameters: [
            ParameterMetadata("Name", .array(.string), mandatory: true, position: 0, pipeline: .byPropertyName, description: "Specifies the name of the variable to be removed.", wildcards: true),
            ParameterMetadata("Force", .switchParameter, description: "Indicates that the cmdlet removes a variable even if it is read-only."),
            VariableCommands.scopeParameter,
        ], supportsShouldProcess: true)

    public init() {}

    public func process(_ context: CommandContext) throws {
        let shell = context.shell
        let scope = context.parameters.string("Scope")?.lowercased()
        for name in context.parameters.strings("Name") ?? [] {
            let pattern = WildcardPattern(name)
            let targets = pattern.hasWildcards ? shell.visibleVariables(scope: scope).map(\.name).filter { pattern.matches($0) } : [name]
            for target in targets {
                if shell.isConstantVariable(target) {
                    try context.writeError(context.errorRecord("Cannot remove variable \(target) because it is constant or read-only. If the variable is read-only, try the operation again specifying the Force option.",
                                                               id: "VariableNotRemovable", category: .writeError, reason: "SessionStateUnauthorizedAccessException", targetName: target, targetType: "String"))
                    continue
                }
                guard try context.shouldProcess(target: "Name: \(target)", action: "Remove Variable") else { continue }
                if !shell.removeVariable(target, scope: scope) {
                    try context.writeError(VariableCommands.notFound(target, context))
                }
            }
        }
    }
}

public final class ClearVariableCommand: Cmdlet {
    public static let metadata = CommandMetadata(
        name: "Clear-Variable", className: "Microsoft.PowerShell.Commands.ClearVariableCommand",
        synopsis: "Deletes the value of a variable.",
        parameters: [
            ParameterMetadata("Name", .array(.string), mandatory: true, position: 0, pipeline: .byPropertyName, description: "Specifies the name of the variable to be cleared.", wildcards: true),
            VariableCommands.scopeParameter,
        ], supportsShouldProcess: true)

    public init() {}

    public func process(_ context: CommandContext) throws {
        for name in context.parameters.strings("Name") ?? [] {
            guard context.shell.variable(name) != nil else {
                try context.writeError(VariableCommands.notFound(name, context))
                continue
            }
            context.shell.setVariable(name, .null, scope: context.parameters.string("Scope")?.lowercased())
        }
    }
}
