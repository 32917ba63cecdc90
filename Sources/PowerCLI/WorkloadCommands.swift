import ShellEngine

/// The workload side of the nine-step configuration (issue 12): the vSphere inventory (hosts, clusters, datacenters, VMs), exports from the workload vCenter, the trusted cluster's services and its key providers.
/// Registered by PowerCLICommands/cmdlets and installed by PowerCLISession/install(into:lab:).
enum WorkloadCommands {
    static var cmdlets: [any Cmdlet.Type] {
        [
            GetVMHostCommand.self, GetClusterCommand.self, GetDatacenterCommand.self, GetVMCommand.self,
            GetTrustedPrincipalCommand.self, ExportTrustedPrincipalCommand.self, ExportVMHostImageDbCommand.self,
            GetTpm2EndorsementKeyCommand.self, ExportTpm2CACertificateCommand.self, ExportTpm2EndorsementKeyCommand.self,
            ImportTrustAuthorityServicesInfoCommand.self, SetTrustedClusterCommand.self, GetTrustedClusterAppliedStatusCommand.self,
            GetAttestationServiceInfoCommand.self, AddAttestationServiceInfoCommand.self, RemoveAttestationServiceInfoCommand.self,
            GetKeyProviderServiceInfoCommand.self, AddKeyProviderServiceInfoCommand.self, RemoveKeyProviderServiceInfoCommand.self,
            AddTrustedClusterAttestationServiceInfoCommand.self, RemoveTrustedClusterAttestationServiceInfoCommand.self,
            AddTrustedClusterKeyProviderServiceInfoCommand.self, RemoveTrustedClusterKeyProviderServiceInfoCommand.self,
            GetKeyProviderCommand.self, RegisterKeyProviderCommand.self, SetKeyProviderCommand.self, GetVMHostAttestationCommand.self,
        ]
    }

    /// Views, type names and completion for these cmdlets' objects.
    static func install(into shell: Shell) {
        WorkloadViews.register(into: shell)
        WorkloadCompletion.register(in: shell)
    }
}
