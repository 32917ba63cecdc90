import ShellEngine
import TrustAuthority

/// `New-LabKeyServerClientCertificate`: the KMS issues a client certificate and private key (files; the key 0600).
public final class NewLabKeyServerClientCertificateCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "New-LabKeyServerClientCertificate", className: "Vtash.Lab.NewLabKeyServerClientCertificate", module: "Vtash.Lab",
        synopsis: "Has a simulated key server issue a client certificate and its private key.",
        description: "Plays the key server issuing a certificate and private key for the key provider, to upload with Set-TrustAuthorityKeyProviderClientCertificate -CertificateFilePath -PrivateKeyFilePath. The private key file is created with mode 0600.",
        examples: [HelpExample("New-LabKeyServerClientCertificate -KeyServer 192.168.110.91 -CertificateFilePath kms.pem -PrivateKeyFilePath kms.key", "Writes a certificate and key issued by the key server.")])

    @Parameter(mandatory: true, position: 0, description: LabKeyServerParameter.description)
    var keyServer: String
    @Parameter(mandatory: true, description: "Specifies the file to write the certificate to (PEM).")
    var certificateFilePath: String
    @Parameter(mandatory: true, description: "Specifies the file to write the private key to (PEM, PKCS#8).")
    var privateKeyFilePath: String
    @Parameter(description: "Specifies the subject common name of the certificate (default: vsphere-trust-authority).")
    var commonName: String = "vsphere-trust-authority"
    @Parameter(description: "Overwrites an existing private key file.")
    var force: SwitchParameter

    public init() {}

    public func process(_ context: CommandContext) throws {
        let lab = try PowerCLISession.of(context).lab
        let issued: IssuedCertificate
        do {
            issued = try lab.issueClientCertificate(keyServer: keyServer, commonName: commonName)
        } catch {
            throw LabKeyServerParameter.failure(error, address: keyServer, context, otherwise: "LabIssueFailed")
        }
        _ = try ObjectResolution.writeText(issued.key.pem, to: privateKeyFilePath, secret: true, force: force.isPresent, context)
        _ = try ObjectResolution.writeText(issued.certificate.pem, to: certificateFilePath, secret: false, force: true, context)
    }
}
