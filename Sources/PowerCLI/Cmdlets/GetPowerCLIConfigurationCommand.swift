import ShellEngine

/// `Get-PowerCLIConfiguration`: the PowerCLI settings of each scope (Session shows the effective values).
final class GetPowerCLIConfigurationCommand: Cmdlet {
    static let command = CommandDescription(
        name: "Get-PowerCLIConfiguration", className: "VMware.VimAutomation.ViCore.Cmdlets.Commands.GetPowerCLIConfiguration",
        module: "VMware.VimAutomation.Core",
        synopsis: "This cmdlet retrieves the PowerCLI proxy configuration and default servers policy.",
        description: "This cmdlet retrieves the PowerCLI proxy configuration and default servers policy for every scope, or for the scope given.",
        outputType: "VMware.VimAutomation.ViCore.Types.V1.PowerCLIConfiguration",
        examples: [
            HelpExample("Get-PowerCLIConfiguration", "Retrieves information about the PowerCLI configuration for every scope."),
            HelpExample("Get-PowerCLIConfiguration -Scope User", "Retrieves information about the PowerCLI configuration for the User scope."),
        ])

    @Parameter(description: "Specifies a scope to filter PowerCLI settings by. The parameter accepts Session, User, and All Users values.")
    var scope: ConfigurationScope?

    init() {}

    func process(_ context: CommandContext) throws {
        let configuration = PowerCLIConfiguration.of(context.shell)
        for each in scope.map({ [$0] }) ?? ConfigurationScope.allCases {
            try context.write(.object(configuration.object(each)))
        }
    }
}
