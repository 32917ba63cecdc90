import ShellEngine

/// Every PowerCLI command vtash ships, and the lab's key-server administrator commands, registered explicitly.
public enum PowerCLICommands {
    /// Metatypes are not Sendable, so the list is made on demand rather than kept in a global.
    public static var cmdlets: [any Cmdlet.Type] {
        [
            ConnectVIServerCommand.self, DisconnectVIServerCommand.self, GetTrustAuthorityClusterCommand.self,
            GetTrustedClusterCommand.self,
            NewTrustAuthorityKeyProviderCommand.self, GetTrustAuthorityKeyProviderCommand.self,
            AddTrustAuthorityKeyProviderServerCommand.self,
            NewTrustAuthorityKeyProviderClientCertificateCommand.self, GetTrustAuthorityKeyProviderClientCertificateCommand.self,
            ExportTrustAuthorityKeyProviderClientCertificateCommand.self, SetTrustAuthorityKeyProviderClientCertificateCommand.self,
            NewTrustAuthorityKeyProviderClientCertificateCSRCommand.self, GetTrustAuthorityKeyProviderClientCertificateCSRCommand.self,
            GetTrustAuthorityKeyProviderServerCertificateCommand.self, AddTrustAuthorityKeyProviderServerCertificateCommand.self,
            GetLabKeyServerCommand.self, AddLabKeyServerClientCertificateCommand.self, ApproveLabKeyServerCertificateRequestCommand.self,
            NewLabKeyServerClientCertificateCommand.self, NewLabKeyServerKeyCommand.self, NewLabKeyServerCommand.self,
        ] + TrustAuthorityServiceCommands.cmdlets + WorkloadCommands.cmdlets
    }

    /// Labels that mark a value as a key id (`PrimaryKeyId`, `MasterKeyId` columns, `KeyId=8` in messages):
    /// integer ids replay can only tell from other numbers by these labels.
    public static let keyIdLabels = ["KeyId"]
}
