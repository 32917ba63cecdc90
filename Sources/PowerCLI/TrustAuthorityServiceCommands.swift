import ShellEngine

/// The Trust Authority side of the nine-step configuration (issue 12): the TA cluster's state, services, principals, TPM CA certificates, endorsement keys, base images, attestation settings and key provider administration.
/// Registered by PowerCLICommands/cmdlets and installed by PowerCLISession/install(into:lab:).
enum TrustAuthorityServiceCommands {
    static var cmdlets: [any Cmdlet.Type] {
        [
            SetTrustAuthorityClusterCommand.self, GetTrustAuthorityServicesStatusCommand.self,
            GetTrustAuthorityPrincipalCommand.self, NewTrustAuthorityPrincipalCommand.self, RemoveTrustAuthorityPrincipalCommand.self,
            GetTrustAuthorityTpm2CACertificateCommand.self, NewTrustAuthorityTpm2CACertificateCommand.self, RemoveTrustAuthorityTpm2CACertificateCommand.self,
            GetTrustAuthorityTpm2EndorsementKeyCommand.self, NewTrustAuthorityTpm2EndorsementKeyCommand.self, RemoveTrustAuthorityTpm2EndorsementKeyCommand.self,
            GetTrustAuthorityVMHostBaseImageCommand.self, NewTrustAuthorityVMHostBaseImageCommand.self, RemoveTrustAuthorityVMHostBaseImageCommand.self,
            GetTrustAuthorityTpm2AttestationSettingsCommand.self, SetTrustAuthorityTpm2AttestationSettingsCommand.self,
            ExportTrustAuthorityServicesInfoCommand.self, GetTrustAuthorityKeyProviderServiceCommand.self, GetTrustAuthorityAttestationServiceCommand.self,
            SetTrustAuthorityKeyProviderCommand.self, RemoveTrustAuthorityKeyProviderCommand.self,
            GetTrustAuthorityKeyProviderServerCommand.self, RemoveTrustAuthorityKeyProviderServerCommand.self,
            SetTrustAuthorityKeyProviderServerCertificateCommand.self, RemoveTrustAuthorityKeyProviderServerCertificateCommand.self,
        ]
    }

    /// Views, type names and completion for these cmdlets' objects.
    static func install(into shell: Shell) {
        TrustAuthorityServiceViews.register(into: shell)
        TaskObjects.register(into: shell)
        if let session = shell.moduleState[PowerCLISession.stateKey] as? PowerCLISession {
            ArgumentCompleters.of(shell).register(TrustAuthorityServiceCompletion(session: session))
        }
    }
}
