import ShellEngine
import TrustAuthority

/// `New-LabKeyServerClientCertificate`: the KMS issues a client certificate and private key (files; the key 0600).
public final class NewLabKeyServerClientCertificateCommand: Cmdlet {
    public static let metadata = CommandMetadata(
        name: "New-LabKeyServerClientCertificate", className: "Vtash.Lab.NewLabKeyServerClientCertificate", module: "Vtash.Lab",
        synopsis: "Has a simulated key server issue a client certificate and its private key.",
        description: "Plays the key server issuing a certificate and private key for the key provider, to upload with Set-TrustAuthorityKeyProviderClientCertificate -CertificateFilePath -PrivateKeyFilePath. The private key file is created with mode 0600.",
        parameters: [
            LabKeyServerParameter.metadata,
            ParameterMetadata("CertificateFilePath", .string, mandatory: true, description: "Specifies the file to write the certificate to (PEM)."),
            ParameterMetadata("PrivateKeyFilePath", .string, mandatory: true, description: "Specifies the file to write the private key to (PEM, PKCS#8)."),
            ParameterMetadata("CommonName", .string, description: "Specifies the subject common name of the certificate (default: vsphere-trust-authority)."),
            ParameterMetadata("Force", .switchParameter, description: "Overwrites an existing private key file."),
        ],
        examples: [HelpExample("New-LabKeyServerClientCertificate -KeyServer 192.168.110.91 -CertificateFilePath kms.pem -PrivateKeyFilePath kms.key", "Writes a certificate and key issued by the key server.")])

    public init() {}

    public func process(_ context: CommandContext) throws {
        let p = context.parameters
        let address = p.string("KeyServer") ?? ""
        let issued: IssuedCertificate
        do {
            issued = try PowerCLISession.of(context).lab.issueClientCertificate(keyServer: address, commonName: p.string("CommonName") ?? "vsphere-trust-authority")
        } catch {
            throw LabKeyServerParameter.failure(error, address: address, context, otherwise: "LabIssueFailed")
        }
        _ = try ObjectResolution.writeText(issued.key.pem, to: p.string("PrivateKeyFilePath") ?? "", secret: true, force: p.isOn("Force"), context)
        _ = try ObjectResolution.writeText(issued.certificate.pem, to: p.string("CertificateFilePath") ?? "", secret: false, force: true, context)
    }
}
