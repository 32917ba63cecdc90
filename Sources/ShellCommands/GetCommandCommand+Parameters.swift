import ShellEngine

/// `CommandInfo.Parameters`: a dictionary from each parameter's name (case-insensitive, as .NET's
/// `Dictionary<string, ParameterMetadata>` with an ignore-case comparer) to its ParameterMetadata, so that
/// `(Get-Command X).Parameters['Name']` is the parameter, not `$null`.
/// https://learn.microsoft.com/dotnet/api/system.management.automation.commandinfo.parameters
/// https://learn.microsoft.com/dotnet/api/system.management.automation.parametermetadata
extension GetCommandCommand {
    static func parameters(of metadata: CommandMetadata) -> PSHashtable {
        let table = PSHashtable()
        for parameter in metadata.parameters {
            table[.string(parameter.name)] = .object(parameterMetadata(parameter))
        }
        return table
    }

    private static func parameterMetadata(_ parameter: ParameterMetadata) -> PSObject {
        let sets = PSHashtable()
        for name in parameter.sets.keys.sorted() {
            guard let membership = parameter.sets[name] else { continue }
            sets[.string(name)] = .object(PSObject(
                typeNames: ["System.Management.Automation.ParameterSetMetadata", "System.Object"],
                properties: [
                    // .NET's ParameterSetMetadata.Position is int.MinValue for a parameter without a position.
                    PSProperty(name: "Position", value: .int(membership.position ?? Int(Int32.min))),
                    PSProperty(name: "IsMandatory", value: .bool(membership.mandatory)),
                    PSProperty(name: "ValueFromPipeline", value: .bool(membership.pipeline.contains(.byValue))),
                    PSProperty(name: "ValueFromPipelineByPropertyName", value: .bool(membership.pipeline.contains(.byPropertyName))),
                ]))
        }
        var isSwitch = false
        if case .switchParameter = parameter.type { isSwitch = true }
        return PSObject(typeNames: ["System.Management.Automation.ParameterMetadata", "System.Object"], properties: [
            PSProperty(name: "Name", value: .string(parameter.name)),
            PSProperty(name: "ParameterType", value: .type(TypeReference(fullName: parameter.type.dotNetName))),
            PSProperty(name: "ParameterSets", value: .hashtable(sets)),
            PSProperty(name: "IsDynamic", value: .bool(false)),
            PSProperty(name: "Aliases", value: .array(parameter.aliases.map { .string($0) })),
            PSProperty(name: "SwitchParameter", value: .bool(isSwitch)),
        ])
    }
}
