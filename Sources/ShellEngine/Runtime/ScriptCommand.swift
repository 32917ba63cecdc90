import PowerShellSyntax

/// A script block's or function's `param()` block as command metadata, for the same binder cmdlets use:
/// `[Parameter()]` (sets, Mandatory, Position, pipeline input), `[Alias()]`, `[Validate*()]`, type
/// constraints, and `[CmdletBinding()]` (common parameters, ShouldProcess, default set).
final class ScriptCommand {
    let metadata: CommandMetadata
    let table: BindingTable
    /// `[CmdletBinding()]`, or any parameter with `[Parameter()]`: common parameters, strict binding, `$PSCmdlet`.
    let isAdvanced: Bool
    /// `ConfirmImpact` of `[CmdletBinding()]`, lowercased (`medium` when not given).
    let confirmImpact: String
    /// Declared parameters taking pipeline input (a function without any takes input only as `$_`).
    let takesPipelineInput: Bool

    init(metadata: CommandMetadata, isAdvanced: Bool, confirmImpact: String) {
        self.metadata = metadata
        self.table = BindingTable(metadata: metadata)
        self.isAdvanced = isAdvanced
        self.confirmImpact = confirmImpact
        self.takesPipelineInput = metadata.parameters.contains { $0.sets.values.contains { !$0.pipeline.isEmpty } }
    }
}

extension Shell {
    /// The command a script block's `param()` block declares, built once per script block value.
    func scriptCommand(for block: ScriptBlockValue, name: String) -> ScriptCommand {
        if let cached = block.command, cached.metadata.name == name { return cached }
        let command = scriptCommand(for: block.ast, name: name)
        block.command = command
        return command
    }

    /// Reads the attributes of `ast` (evaluating their arguments, as PowerShell does when it compiles them).
    func scriptCommand(for ast: ScriptBlockAst, name: String) -> ScriptCommand {
        func isOn(_ argument: NamedAttributeArgument) -> Bool {
            guard let value = argument.value else { return true }
            return (try? evaluate(value)).map(LanguagePrimitives.isTrue) ?? false
        }
        func text(_ argument: NamedAttributeArgument) -> String? {
            argument.value.flatMap { try? evaluate($0) }.map { LanguagePrimitives.toString($0) }
        }
        let binding = ast.attributes.first { $0.name.lowercased() == "cmdletbinding" }
        var supportsShouldProcess = false
        var impact = "medium"
        var defaultSet: String?
        var positionalBinding = true
        for argument in binding?.namedArguments ?? [] {
            switch argument.name.lowercased() {
            case "supportsshouldprocess": supportsShouldProcess = isOn(argument)
            case "confirmimpact": impact = text(argument)?.lowercased() ?? impact
            case "defaultparametersetname": defaultSet = text(argument)
            case "positionalbinding": positionalBinding = isOn(argument)
            default: continue
            }
        }
        let declared = ast.parameters ?? []
        let isAdvanced = binding != nil || declared.contains { $0.attributes.contains { $0.name.lowercased() == "parameter" } }
        var parameters: [ParameterMetadata] = []
        var anyExplicitPosition = false
        var implicitPosition = 0
        for parameterAst in declared {
            var aliases: [String] = []
            var validations: [AttributeAst] = []
            var sets: [String: ParameterSetMembership] = [:]
            var remaining = false
            var helpMessage = ""
            for attribute in parameterAst.attributes {
                switch attribute.name.lowercased() {
                case "parameter":
                    var set = ParameterSetMembership.allSets
                    var membership = ParameterSetMembership(mandatory: false, position: nil, pipeline: [])
                    for argument in attribute.namedArguments {
                        switch argument.name.lowercased() {
                        case "mandatory": membership.mandatory = isOn(argument)
                        case "position":
                            if let value = argument.value, let number = try? evaluate(value) {
                                membership.position = try? LanguagePrimitives.toInt(number, typeName: "System.Int32")
                                anyExplicitPosition = anyExplicitPosition || membership.position != nil
                            }
                        case "valuefrompipeline": if isOn(argument) { membership.pipeline.insert(.byValue) }
                        case "valuefrompipelinebypropertyname": if isOn(argument) { membership.pipeline.insert(.byPropertyName) }
                        case "valuefromremainingarguments": remaining = isOn(argument)
                        case "parametersetname": set = text(argument) ?? set
                        case "helpmessage": helpMessage = text(argument) ?? ""
                        default: continue
                        }
                    }
                    sets[set] = membership
                case "alias":
                    for expression in attribute.positionalArguments {
                        if let value = try? evaluate(expression) { aliases += value.enumerated.map { LanguagePrimitives.toString($0) } }
                    }
                case let attributeName where attributeName.hasPrefix("validate"):
                    validations.append(attribute)
                default:
                    continue
                }
            }
            if sets.isEmpty { sets[ParameterSetMembership.allSets] = ParameterSetMembership(mandatory: false, position: nil, pipeline: []) }
            let type = Self.parameterType(written: parameterAst.typeName)
            var metadata = ParameterMetadata(parameterAst.name, type, aliases: aliases, description: helpMessage)
            metadata.sets = sets
            metadata.script = ScriptParameterInfo(ast: parameterAst, validations: validations, takesRemainingArguments: remaining)
            parameters.append(metadata)
        }
        // No explicit Position anywhere: parameters are positional in declaration order (switches never).
        if !anyExplicitPosition, positionalBinding {
            for index in parameters.indices where !parameters[index].type.isSwitch {
                var sets = parameters[index].sets
                for key in sets.keys { sets[key]?.position = implicitPosition }
                parameters[index].sets = sets
                implicitPosition += 1
            }
        }
        var metadata = CommandMetadata(name: name, className: name, module: "", synopsis: "", parameters: parameters,
                                       defaultParameterSet: defaultSet, supportsShouldProcess: supportsShouldProcess)
        metadata.takesCommonParameters = isAdvanced
        metadata.collectsUnboundArguments = !isAdvanced
        return ScriptCommand(metadata: metadata, isAdvanced: isAdvanced, confirmImpact: impact)
    }

    /// `[switch]` is a switch, `[int[]]` a list of converted elements, any other constraint a script type.
    static func parameterType(written: String?) -> ParameterType {
        guard let written else { return .any }
        let lower = written.lowercased()
        if lower == "switch" || lower == "system.management.automation.switchparameter" || lower == "switchparameter" { return .switchParameter }
        if lower.hasSuffix("[]"), lower != "byte[]" { return .array(parameterType(written: String(written.dropLast(2)))) }
        return .script(typeName: written)
    }
}
