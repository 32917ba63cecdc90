import ShellEngine

/// `Set-PowerCLIConfiguration`: changes PowerCLI settings in one scope (User unless told) and writes that scope.
final class SetPowerCLIConfigurationCommand: Cmdlet {
    static let command = CommandDescription(
        name: "Set-PowerCLIConfiguration", className: "VMware.VimAutomation.ViCore.Cmdlets.Commands.SetPowerCLIConfiguration",
        module: "VMware.VimAutomation.Core",
        synopsis: "This cmdlet modifies the PowerCLI configuration.",
        description: "This cmdlet modifies the PowerCLI configuration: the proxy policy, the default server mode, the action on invalid server certificates and participation in the Customer Experience Improvement Program. Without -Scope, the User scope is changed. It asks for confirmation unless -Confirm:$false is given.",
        supportsShouldProcess: true, confirmsByDefault: true,
        outputType: "VMware.VimAutomation.ViCore.Types.V1.PowerCLIConfiguration",
        examples: [
            HelpExample("Set-PowerCLIConfiguration -InvalidCertificateAction Ignore -Confirm:$false",
                        "Connect-VIServer accepts servers whose certificate cannot be verified, for the current user."),
            HelpExample("Set-PowerCLIConfiguration -DefaultVIServerMode Single -Scope Session",
                        "Only the last connected server is the default server, in this session."),
        ])

    @Parameter(description: "Specifies whether PowerCLI uses a system proxy server to connect to the vCenter Server system.")
    var proxyPolicy: ProxyPolicy?
    @Parameter(description: "Specifies the server configuration. The valid values are Single and Multiple.")
    var defaultVIServerMode: DefaultVIServerMode?
    @Parameter(description: "Defines the action to take when an attempted connection to a server fails due to a certificate error. The valid values are Fail, Ignore, Prompt, Warn and Unset.")
    var invalidCertificateAction: BadCertificateAction?
    @Parameter(description: "Indicates whether you want to see warnings about deprecated elements.")
    var displayDeprecationWarnings: Bool?
    @Parameter(description: "Defines the timeout for Web operations, in seconds.")
    var webOperationTimeoutSeconds: Int?
    @Parameter("ParticipateInCEIP", description: "Specifies whether PowerCLI should send anonymous usage information to VMware (the Customer Experience Improvement Program).")
    var participateInCEIP: Bool?
    @Parameter(description: "Specifies the scope of the setting that you want to modify. The parameter accepts Session, User, and All Users values.")
    var scope: ConfigurationScope = .user

    init() {}

    func process(_ context: CommandContext) throws {
        guard try context.shouldProcess(target: "PowerCLI configuration (scope \(scope.rawValue))", action: "Update PowerCLI configuration.") else { return }
        let configuration = PowerCLIConfiguration.of(context.shell)
        do {
            try configuration.update(scope) { settings in
            if let proxyPolicy { settings.proxyPolicy = proxyPolicy }
            if let defaultVIServerMode { settings.defaultVIServerMode = defaultVIServerMode }
            if let invalidCertificateAction { settings.invalidCertificateAction = invalidCertificateAction }
            if let displayDeprecationWarnings { settings.displayDeprecationWarnings = displayDeprecationWarnings }
            if let webOperationTimeoutSeconds { settings.webOperationTimeoutSeconds = webOperationTimeoutSeconds }
            if let participateInCEIP { settings.participateInCEIP = participateInCEIP }
            }
        } catch {
            // The User scope's file could not be written: nothing changed.
            throw context.failure("Cannot save the PowerCLI configuration: \(error.message)", id: "PowerCLIConfigurationNotSaved",
                                  category: .writeError, reason: "IOException", targetObject: .string(error.path))
        }
        try context.write(.object(configuration.object(scope)))
    }
}
