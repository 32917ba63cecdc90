import ShellEngine
import TrustAuthority

/// `Set-TrustAuthorityKeyProviderClientCertificate`: uploads a certificate signed for the provider's CSR
/// (no private key) or a KMS-issued certificate with its private key; from objects or files.
public final class SetTrustAuthorityKeyProviderClientCertificateCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Set-TrustAuthorityKeyProviderClientCertificate", className: "VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.SetTrustAuthorityKeyProviderClientCertificate",
        module: "VMware.VimAutomation.Security",
        synopsis: "This cmdlet updates the client certificate of the specified Trust Authority key providers in the Trust Authority vCenter Server system.",
        description: "This cmdlet updates the client certificate of the key provider. Without a private key, the certificate must be the one signed for the key provider's CSR. With a private key, the certificate and key are a pair issued by the key server.",
        defaultParameterSet: "Certificate",
        examples: [
            HelpExample("Set-TrustAuthorityKeyProviderClientCertificate -KeyProvider $kp -CertificateFilePath signed.pem", "Uploads the certificate the key server signed for the key provider's CSR."),
            HelpExample("Set-TrustAuthorityKeyProviderClientCertificate -KeyProvider $kp -CertificateFilePath kms.pem -PrivateKeyFilePath kms.key", "Uploads a certificate and private key issued by the key server."),
        ])

    @Parameter(mandatory: true, pipeline: .byValue, description: "Specifies the Trust Authority key providers whose client certificate you want to update.")
    var keyProvider: [KeyProviderArgument]
    @Parameter(mandatory: true, set: "Certificate", description: "Specifies the client certificate (an X509Certificate2 object or PEM text).")
    var certificate: Value
    @Parameter(set: "Certificate", description: "Specifies the private key of the client certificate (SecureString or PEM text).")
    var privateKey: Value
    @Parameter(mandatory: true, set: "File", description: "Specifies the file that holds the client certificate in PEM format.")
    var certificateFilePath: String?
    @Parameter(set: "File", description: "Specifies the file that holds the private key of the client certificate in PEM format.")
    var privateKeyFilePath: String?
    @Parameter(description: "Specifies the Trust Authority cluster of the key provider.")
    var trustAuthorityCluster: TrustAuthorityClusterArgument?
    @Parameter(description: "Specifies the vCenter Server systems on which you want to run the cmdlet.")
    var server: [VIServerArgument]

    public init() {}

    public func process(_ context: CommandContext) throws {
        let uploaded: CertificateInfo
        var key: PrivateKeyMaterial?
        do {
            if let path = certificateFilePath {
                uploaded = try CertificateInfo(pem: try ObjectResolution.readText(path, context), source: "file '\(path)'")
                if let keyPath = privateKeyFilePath {
                    key = try PrivateKeyMaterial(pem: try ObjectResolution.readText(keyPath, context), source: "file '\(keyPath)'")
                }
            } else {
                switch certificate {
                case .object(let object) where object.baseObject is CertificateBox:
                    guard let box = object.baseObject as? CertificateBox else { return }
                    uploaded = box.info
                case let value where $certificate.isBound:
                    uploaded = try CertificateInfo(pem: LanguagePrimitives.toString(value), source: "Certificate parameter")
                default:
                    throw context.failure("Specify -Certificate or -CertificateFilePath.", id: "MissingArgument", category: .invalidArgument, reason: "ParameterBindingException")
                }
                switch privateKey {
                case .secureString(let secret): key = try PrivateKeyMaterial(pem: secret.plainText, source: "PrivateKey parameter")
                case let value where !value.isNull: key = try PrivateKeyMaterial(pem: LanguagePrimitives.toString(value), source: "PrivateKey parameter")
                default: break
                }
            }
        } catch let error as CertificateError {
            throw context.failure(error.message, id: "Client20_TrustedInfrastructure_InvalidCertificate", category: .invalidData, reason: "ViError")
        }
        let lab = try PowerCLISession.of(context).lab
        for argument in keyProvider {
            let provider = try ObjectResolution.provider(argument, context, servers: server)
            do {
                try lab.setClientCertificate(provider: provider.name, certificate: uploaded, key: key)
            } catch {
                throw ObjectResolution.labFailure(error, context)
            }
        }
    }
}
