import ShellEngine
import TrustAuthority

/// `Set-TrustAuthorityKeyProviderServerCertificate -KeyProvider $kp -Certificate $certs`: the provider then
/// trusts exactly these certificates.
public final class SetTrustAuthorityKeyProviderServerCertificateCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Set-TrustAuthorityKeyProviderServerCertificate", className: "VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.SetTrustAuthorityKeyProviderServerCertificate",
        module: "VMware.VimAutomation.Security",
        synopsis: "This cmdlet updates the trusted server certificates of the specified Trust Authority key providers in the Trust Authority vCenter Server system.",
        description: "This cmdlet updates the trusted server certificates of the specified Trust Authority key providers: the certificates given replace the ones the key provider trusted.",
        supportsShouldProcess: true, outputType: PowerCLIObjects.serverCertificateType,
        examples: [HelpExample("Set-TrustAuthorityKeyProviderServerCertificate -KeyProvider $kp -Certificate $cert.Certificate", "Makes $kp trust only the certificate its key server presents.")])

    @Parameter(mandatory: true, description: "Specifies the X509Certificate2 certificates the key provider trusts from now on.")
    var certificate: [X509CertificateArgument]
    @Parameter(mandatory: true, pipeline: .byValue, description: "Specifies the Trust Authority key provider whose trusted server certificates you want to update.")
    var keyProvider: KeyProviderArgument
    @Parameter(description: "Specifies the Trust Authority cluster of the key provider.")
    var trustAuthorityCluster: TrustAuthorityClusterArgument?
    @Parameter(description: "Specifies the vCenter Server systems on which you want to run the cmdlet.")
    var server: [VIServerArgument]

    public init() {}

    public func process(_ context: CommandContext) throws {
        let connection = try PowerCLISession.of(context).trustedConnection(context, servers: server)
        let administrator = try TrustAuthorityAdministrator.of(context, servers: server)
        let provider = try KeyProviderSelection.provider(keyProvider, in: trustAuthorityCluster, administrator)
        var certificates: [CertificateInfo] = []
        for argument in certificate {
            guard let info = ObjectResolution.certificate(argument) else {
                throw context.failure("The Certificate parameter takes X509Certificate2 objects such as Get-TrustAuthorityKeyProviderServerCertificate's Certificate property.",
                                      id: "Client20_TrustedInfrastructure_InvalidArgument", category: .invalidArgument, reason: "ViError")
            }
            certificates.append(info)
        }
        guard try context.shouldProcess(target: provider.name, action: "Set trusted server certificates") else { return }
        try administrator.perform { () throws(LabError) in
            try administrator.lab.replaceTrustedServerCertificates(provider: provider.name, certificates, by: administrator.user)
        }
        let updated = try ObjectResolution.provider(named: provider.name, context, servers: server)
        for trusted in updated.trustedServerCertificates {
            try context.write(.object(PowerCLIObjects.serverCertificate(trusted, provider: updated, server: nil, trusted: true, connection: connection)))
        }
    }
}
