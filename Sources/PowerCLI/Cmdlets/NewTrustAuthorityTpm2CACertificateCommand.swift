import ShellEngine
import TrustAuthority

/// `New-TrustAuthorityTpm2CACertificate -TrustAuthorityCluster $vTA (-FilePath cacert.cer | -CertificateChain <X509Chain>) [-Name tpmca]`
/// (reference §3 "TPM / base image").
public final class NewTrustAuthorityTpm2CACertificateCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "New-TrustAuthorityTpm2CACertificate", className: "VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.NewTrustAuthorityTpm2CACertificate",
        module: "VMware.VimAutomation.Security",
        synopsis: "This cmdlet creates a new Trust Authority TPM 2.0 CA certificate in the specified Trust Authority cluster in the Trust Authority vCenter Server system.",
        description: "This cmdlet creates a new Trust Authority TPM 2.0 CA certificate from a file: PEM (one or more certificates), DER (.cer, .crt), or a .zip of such files named <file>-00.crt to <file>-09.crt. Every certificate must be a CA certificate and the chain must verify. If no name is given, the name is the subject key identifier of the first certificate of the chain. The chain can also be given as an X509Chain object (the CertificateChain of another TPM CA certificate or of a principal).",
        defaultParameterSet: "File", supportsShouldProcess: true, outputType: TrustAuthorityServiceObjects.tpmCACertificateType,
        examples: [HelpExample("New-TrustAuthorityTpm2CACertificate -Name tpmca -TrustAuthorityCluster $vTA -FilePath C:\\temp\\cacert.cer", "Imports the TPM manufacturer's CA certificate that Export-Tpm2CACertificate wrote.")])

    @Parameter(mandatory: true, pipeline: .byValue, description: "Specifies the Trust Authority cluster in which you want to create the TPM 2.0 CA certificate.")
    var trustAuthorityCluster: TrustAuthorityClusterArgument
    @Parameter(mandatory: true, set: "File", description: "Specifies the file that holds the CA certificate chain (.cer, .crt, .pem or .zip).")
    var filePath: String?
    @Parameter(mandatory: true, set: "Chain", description: "Specifies the CA certificate chain as an X509Chain object.")
    var certificateChain: X509ChainArgument?
    @Parameter(position: 0, description: "Specifies the name of the TPM 2.0 CA certificate. The default is the subject key identifier of the first certificate.")
    var name: String?
    @Parameter(description: "Specifies the vCenter Server systems on which you want to run the cmdlet.")
    var server: [VIServerArgument]

    public init() {}

    public func process(_ context: CommandContext) throws {
        let administrator = try TrustAuthorityAdministrator.of(context, servers: server)
        let cluster = try administrator.cluster(trustAuthorityCluster)
        let certificate: Tpm2CACertificate
        if let filePath {
            let bytes = try administrator.readBytes(filePath)
            let source = administrator.source(filePath)
            certificate = try administrator.perform { () throws(LabError) in
                do throws(ArtifactError) { return try Tpm2CACertificate(fileBytes: bytes, name: name, source: source) } catch { throw .artifact(error) }
            }
        } else {
            guard let certificates = certificateChain?.certificates else {
                throw context.failure("The CertificateChain parameter takes the X509Chain objects of vtash's certificates (the CertificateChain property of a TPM CA certificate or a principal).",
                                      id: "Client20_TrustedInfrastructure_InvalidArgument", category: .invalidArgument, reason: "ViError",
                                      targetName: "CertificateChain", targetType: "X509Chain")
            }
            certificate = try administrator.perform { () throws(LabError) in
                do throws(ArtifactError) {
                    return try Tpm2CACertificate(certificates: certificates, name: name, source: "CertificateChain parameter")
                } catch { throw .artifact(error) }
            }
        }
        guard try context.shouldProcess(target: cluster.name, action: "Create TPM 2.0 CA certificate '\(certificate.name)'") else { return }
        let imported = try administrator.perform { () throws(LabError) in
            try administrator.lab.importTpm2CACertificate(certificate, into: cluster.id, by: administrator.user)
        }
        try context.write(.object(TrustAuthorityServiceObjects.tpmCACertificate(imported, clusterId: cluster.id, connection: administrator.connection)))
    }
}
