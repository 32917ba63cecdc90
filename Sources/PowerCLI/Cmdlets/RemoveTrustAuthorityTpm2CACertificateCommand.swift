import ShellEngine
import TrustAuthority

/// `Remove-TrustAuthorityTpm2CACertificate -Tpm2CACertificate $ca`.
public final class RemoveTrustAuthorityTpm2CACertificateCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Remove-TrustAuthorityTpm2CACertificate", className: "VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.RemoveTrustAuthorityTpm2CACertificate",
        module: "VMware.VimAutomation.Security",
        synopsis: "This cmdlet removes the specified Trust Authority TPM 2.0 CA certificates from their location in the Trust Authority vCenter Server system.",
        supportsShouldProcess: true, confirmsByDefault: true,
        examples: [HelpExample("Get-TrustAuthorityTpm2CACertificate -TrustAuthorityCluster $vTA tpmca | Remove-TrustAuthorityTpm2CACertificate -Confirm:$false", "Removes the TPM 2.0 CA certificate tpmca from the cluster $vTA.")])

    @Parameter(mandatory: true, position: 0, pipeline: .byValue, description: "Specifies the Trust Authority TPM 2.0 CA certificates you want to remove.")
    var tpm2CACertificate: [TrustAuthorityTpm2CACertificateArgument]
    @Parameter(description: "Specifies the vCenter Server systems on which you want to run the cmdlet.")
    var server: [VIServerArgument]

    public init() {}

    public func process(_ context: CommandContext) throws {
        let administrator = try TrustAuthorityAdministrator.of(context, servers: server)
        for argument in tpm2CACertificate {
            guard let reference = argument.itemReference else {
                try administrator.writeUnknownObject(TrustAuthorityServiceObjects.tpmCACertificateType, madeBy: "Get-TrustAuthorityTpm2CACertificate")
                continue
            }
            guard try context.shouldProcess(target: reference.key, action: "Remove TPM 2.0 CA certificate") else { continue }
            _ = try administrator.attempt(target: reference.key) { () throws(LabError) in
                try administrator.lab.removeTpm2CACertificate(reference.key, from: reference.clusterId, by: administrator.user)
            }
        }
    }
}
