import PowerShellSyntax

/// One parameter of a `param()` block as the binder sees it: the `[Parameter()]`, `[Alias()]` and
/// `[Validate*()]` attributes read once per binding.
struct ScriptParameter {
    let ast: ParameterAst
    let name: String
    let isSwitch: Bool
    let position: Int?
    let valueFromPipeline: Bool
    let valueFromPipelineByPropertyName: Bool
    let aliases: [String]
    /// `Mandatory` as written: `nil` when absent; evaluated when the parameter is left unbound.
    let mandatory: NamedAttributeArgument?
    let validations: [AttributeAst]

    init(_ ast: ParameterAst, shell: Shell) {
        self.ast = ast
        self.name = ast.name
        self.isSwitch = ast.typeName?.lowercased() == "switch"
        var position: Int?
        var byValue = false
        var byName = false
        var aliases: [String] = []
        var mandatory: NamedAttributeArgument?
        var validations: [AttributeAst] = []
        func isOn(_ argument: NamedAttributeArgument) -> Bool {
            guard let value = argument.value else { return true }
            return (try? shell.evaluate(value)).map(LanguagePrimitives.isTrue) ?? false
        }
        for attribute in ast.attributes {
            switch attribute.name.lowercased() {
            case "parameter":
                for argument in attribute.namedArguments {
                    switch argument.name.lowercased() {
                    case "mandatory": mandatory = argument
                    case "position":
                        if let value = argument.value, let number = try? shell.evaluate(value) {
                            position = try? LanguagePrimitives.toInt(number, typeName: "System.Int32")
                        }
                    case "valuefrompipeline": byValue = isOn(argument)
                    case "valuefrompipelinebypropertyname": byName = isOn(argument)
                    default: continue
                    }
                }
            case "alias":
                for expression in attribute.positionalArguments {
                    if let value = try? shell.evaluate(expression) { aliases += value.enumerated.map { LanguagePrimitives.toString($0) } }
                }
            case let name where name.hasPrefix("validate"):
                validations.append(attribute)
            default:
                continue
            }
        }
        self.position = position
        self.valueFromPipeline = byValue
        self.valueFromPipelineByPropertyName = byName
        self.aliases = aliases
        self.mandatory = mandatory
        self.validations = validations
    }

    var takesPipelineInput: Bool { valueFromPipeline || valueFromPipelineByPropertyName }

    /// Whether `written` (as typed after `-`, lowercased) names this parameter exactly, by alias or not at all.
    func matches(exactly written: String) -> Bool {
        name.lowercased() == written || aliases.contains { $0.lowercased() == written }
    }
}
