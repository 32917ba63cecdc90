import ShellEngine

/// `Get-PowerCLIVersion` (deprecated in PowerCLI, which points to `Get-Module`): the release and its components.
final class GetPowerCLIVersionCommand: Cmdlet {
    static let command = CommandDescription(
        name: "Get-PowerCLIVersion", className: "VMware.VimAutomation.ViCore.Cmdlets.Commands.GetPowerCLIVersion",
        module: "VMware.VimAutomation.Core",
        synopsis: "This cmdlet retrieves the versions of the installed PowerCLI snapins.",
        description: "This cmdlet retrieves the version of PowerCLI and of its components. It is deprecated: use Get-Module to get the versions of the installed PowerCLI modules.",
        outputType: "VMware.VimAutomation.Sdk.Types.V1.PowerCLIVersion",
        examples: [HelpExample("Get-PowerCLIVersion", "Retrieves the version of PowerCLI.")])

    init() {}

    static let typeName = "VMware.VimAutomation.Sdk.Impl.V1.PowerCLIVersionImpl"

    func process(_ context: CommandContext) throws {
        context.writeWarning("The cmdlet \"Get-PowerCLIVersion\" is deprecated. Please use the 'Get-Module' cmdlet instead.")
        let release = PowerCLIConfigurationCommands.release
        let parts = release.split(separator: ".").map { Int($0) ?? 0 }
        func part(_ index: Int) -> Value { .int(index < parts.count ? parts[index] : 0) }
        let components = PowerCLIConfigurationCommands.modules.filter { $0.name != "VMware.PowerCLI" }.map { module -> Value in
            let object = PSObject(typeNames: ["VMware.VimAutomation.Sdk.Impl.V1.PowerCLIComponentVersionImpl", "System.Object"], properties: [
                PSProperty(name: "Name", value: .string(module.name)),
                PSProperty(name: "UserFriendlyVersion", value: .string("\(module.name) \(module.version)")),
            ])
            object.stringText = "\(module.name) \(module.version)"
            return .object(object)
        }
        let object = PSObject(typeNames: [Self.typeName, "System.Object"], properties: [
            PSProperty(name: "Major", value: part(0)), PSProperty(name: "Minor", value: part(1)),
            PSProperty(name: "Revision", value: part(2)), PSProperty(name: "Build", value: part(3)),
            PSProperty(name: "UserFriendlyVersion", value: .string("VMware PowerCLI \(parts.prefix(3).map(String.init).joined(separator: ".")) build \(parts.count > 3 ? parts[3] : 0)")),
            PSProperty(name: "Components", value: .array(components)),
        ])
        object.stringText = LanguagePrimitives.toString(object["UserFriendlyVersion"])
        try context.write(.object(object))
    }
}
