import ShellEngine
import TrustAuthority

/// `Remove-TrustAuthorityKeyProviderServerCertificate -ServerCertificate $cert`: the provider no longer trusts it.
public final class RemoveTrustAuthorityKeyProviderServerCertificateCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Remove-TrustAuthorityKeyProviderServerCertificate", className: "VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.RemoveTrustAuthorityKeyProviderServerCertificate",
        module: "VMware.VimAutomation.Security",
        synopsis: "This cmdlet removes the specified Trust Authority key provider server certificates from their location. The certificate is no longer trusted by the Trust Authority key provider in the Trust Authority vCenter Server system.",
        supportsShouldProcess: true, confirmsByDefault: true,
        examples: [HelpExample("Get-TrustAuthorityKeyProviderServerCertificate -KeyProvider $kp | Remove-TrustAuthorityKeyProviderServerCertificate -Confirm:$false", "Makes $kp trust none of the certificates it trusted.")])

    @Parameter(mandatory: true, position: 0, pipeline: .byValue, description: "Specifies the Trust Authority key provider server certificates you want to remove.")
    var serverCertificate: [ServerCertificateArgument]
    @Parameter(description: "Specifies the vCenter Server systems on which you want to run the cmdlet.")
    var server: [VIServerArgument]

    public init() {}

    public func process(_ context: CommandContext) throws {
        let administrator = try TrustAuthorityAdministrator.of(context, servers: server)
        for argument in serverCertificate {
            guard let reference = ObjectResolution.serverCertificate(argument) else {
                try administrator.writeUnknownObject(PowerCLIObjects.serverCertificateType, madeBy: "Get-TrustAuthorityKeyProviderServerCertificate")
                continue
            }
            let target = "\(reference.provider): \(reference.certificate.thumbprint)"
            guard try context.shouldProcess(target: target, action: "Remove trusted server certificate") else { continue }
            _ = try administrator.attempt(target: reference.certificate.thumbprint) { () throws(LabError) in
                try administrator.lab.removeTrustedServerCertificate(provider: reference.provider, reference.certificate, by: administrator.user)
            }
        }
    }
}
