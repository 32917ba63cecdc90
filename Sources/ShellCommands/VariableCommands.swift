import ShellEngine

/// What the variable cmdlets share: the PSVariable objects they write, the text of their -Scope parameter,
/// and the error for a variable that does not exist.
enum VariableCommands {
    static let typeName = "System.Management.Automation.PSVariable"
    static let scopeDescription = "Specifies the variables in the scope: Global, Local, Script, or a number relative to the current scope."

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
