import ShellEngine
import TrustAuthority

/// `Export-Tpm2CACertificate [-FilePath] <String> (-Certificate <X509Certificate2> | -Tpm2EndorsementKey <Tpm2EndorsementKey>)
/// [-Force] [-RunAsync]`: writes the certificate of the CA (the TPM manufacturer's) that issued an endorsement key certificate,
/// for `New-TrustAuthorityTpm2CACertificate -FilePath`. DER for `.cer`, `.crt` and `.der` files, PEM otherwise.
public final class ExportTpm2CACertificateCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Export-Tpm2CACertificate", className: "VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.ExportTpm2CACertificate",
        module: "VMware.VimAutomation.Security",
        synopsis: "This cmdlet exports the CA certificate from either the certificate in the specified TPM 2.0 endorsement key or the specified certificate to a file.",
        defaultParameterSet: "Tpm2EndorsementKey", outputType: "System.IO.FileInfo",
        examples: [HelpExample("Get-VMHost 'esxi-01.vsphere.local' | Get-Tpm2EndorsementKey | Export-Tpm2CACertificate -FilePath C:\\temp\\cacert.cer",
                               "Exports the CA certificate that issued the endorsement key certificate of esxi-01.vsphere.local to cacert.cer.")])

    @Parameter(mandatory: true, position: 0, description: "Specifies the file path to which you want to export the CA certificate.")
    var filePath: String
    @Parameter(mandatory: true, set: "Certificate", description: "Specifies the certificate whose CA certificate you want to export.")
    var certificate: X509CertificateArgument?
    @Parameter(mandatory: true, pipeline: .byValue, set: "Tpm2EndorsementKey", description: "Specifies the TPM 2.0 endorsement key whose certificate's CA certificate you want to export.")
    var tpm2EndorsementKey: Tpm2EndorsementKeyArgument?
    @Parameter(description: "Indicates that the cmdlet overwrites the existing destination files and creates directories to complete the specified file path.")
    var force: SwitchParameter
    @Parameter(description: "Indicates that the command returns immediately without waiting for the task to complete.")
    var runAsync: SwitchParameter

    public init() {}

    public func process(_ context: CommandContext) throws {
        let session = try PowerCLISession.of(context)
        let issued: CertificateInfo
        if let certificate {
            guard let info = ObjectResolution.certificate(certificate) else {
                throw context.failure("The certificate is not an X509Certificate2 object that vtash made.", id: "Client20_TrustedInfrastructure_InvalidArgument",
                                      category: .invalidArgument, reason: "ViError")
            }
            issued = info
        } else if case .object(let object)? = tpm2EndorsementKey, let box = object.baseObject as? EndorsementKeyBox {
            guard let info = box.key.certificate else {
                throw context.failure("The TPM 2.0 endorsement key of '\(box.host)' has no certificate, so it has no CA certificate to export.",
                                      id: "Client20_TrustedInfrastructure_InvalidArgument", category: .invalidArgument, reason: "ViError")
            }
            issued = info
        } else {
            return
        }
        let authority = try WorkloadFailure.run(context) { () throws(LabError) in try session.lab.tpmCACertificate(issuerOf: issued) }
        let lower = filePath.lowercased()
        let der = [".cer", ".crt", ".der"].contains { lower.hasSuffix($0) }
        try context.write(.object(ArtifactFile.write(der ? authority.rawData : Array(authority.pem.utf8), to: filePath, force: force.isPresent, context)))
    }
}
