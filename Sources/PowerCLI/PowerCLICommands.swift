import ShellEngine

/// Every PowerCLI command vtash ships, registered explicitly.
public enum PowerCLICommands {
    public static let cmdlets: [any Cmdlet.Type] = [
        ConnectVIServerCommand.self, DisconnectVIServerCommand.self, GetTrustAuthorityClusterCommand.self,
        NewTrustAuthorityKeyProviderCommand.self, GetTrustAuthorityKeyProviderCommand.self,
    ]
}
