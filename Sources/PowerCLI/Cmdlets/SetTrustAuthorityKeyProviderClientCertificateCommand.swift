import ShellEngine
import TrustAuthority

/// `Set-TrustAuthorityKeyProviderClientCertificate`: uploads a certificate signed for the provider's CSR
/// (no private key) or a KMS-issued certificate with its private key; from objects or files.
public final class SetTrustAuthorityKeyProviderClientCertificateCommand: Cmdlet {
    public static let metadata = CommandMetadata(
        name: "Set-TrustAuthorityKeyProviderClientCertificate", className: "VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.SetTrustAuthorityKeyProviderClientCertificate",
        module: "VMware.VimAutomation.Security",
        synopsis: "This cmdlet updates the client certificate of the specified Trust Authority key providers in the Trust Authority vCenter Server system.",
        description: "This cmdlet updates the client certificate of the key provider. Without a private key, the certificate must be the one signed for the key provider's CSR. With a private key, the certificate and key are a pair issued by the key server.",
        parameters: [
            ParameterMetadata("KeyProvider", .array(.object(typeName: PowerCLIObjects.providerType, acceptsName: true)), mandatory: true, pipeline: .byValue, description: "Specifies the Trust Authority key providers whose client certificate you want to update."),
            ParameterMetadata("Certificate", .any, mandatory: true, set: "Certificate", description: "Specifies the client certificate (an X509Certificate2 object or PEM text)."),
            ParameterMetadata("PrivateKey", .any, set: "Certificate", description: "Specifies the private key of the client certificate (SecureString or PEM text)."),
            ParameterMetadata("CertificateFilePath", .string, mandatory: true, set: "File", description: "Specifies the file that holds the client certificate in PEM format."),
            ParameterMetadata("PrivateKeyFilePath", .string, set: "File", description: "Specifies the file that holds the private key of the client certificate in PEM format."),
            ParameterMetadata("TrustAuthorityCluster", .object(typeName: PowerCLIObjects.clusterType, acceptsName: true), description: "Specifies the Trust Authority cluster of the key provider."),
            ParameterMetadata("Server", .array(.any), description: "Specifies the vCenter Server systems on which you want to run the cmdlet."),
        ],
        defaultParameterSet: "Certificate",
        examples: [
            HelpExample("Set-TrustAuthorityKeyProviderClientCertificate -KeyProvider $kp -CertificateFilePath signed.pem", "Uploads the certificate the key server signed for the key provider's CSR."),
            HelpExample("Set-TrustAuthorityKeyProviderClientCertificate -KeyProvider $kp -CertificateFilePath kms.pem -PrivateKeyFilePath kms.key", "Uploads a certificate and private key issued by the key server."),
        ])

    public init() {}

    public func process(_ context: CommandContext) throws {
        let p = context.parameters
        let certificate: CertificateInfo
        var key: PrivateKeyMaterial?
        do {
            if let path = p.string("CertificateFilePath") {
                certificate = try CertificateInfo(pem: try ObjectResolution.readText(path, context), source: "file '\(path)'")
                if let keyPath = p.string("PrivateKeyFilePath") {
                    key = try PrivateKeyMaterial(pem: try ObjectResolution.readText(keyPath, context), source: "file '\(keyPath)'")
                }
            } else {
                switch p["Certificate"] {
                case .object(let object)? where object.baseObject is CertificateBox:
                    guard let box = object.baseObject as? CertificateBox else { return }
                    certificate = box.info
                case let value?:
                    certificate = try CertificateInfo(pem: LanguagePrimitives.toString(value), source: "the Certificate parameter")
                case nil:
                    throw context.failure("Specify -Certificate or -CertificateFilePath.", id: "MissingArgument", category: .invalidArgument, reason: "ParameterBindingException")
                }
                switch p["PrivateKey"] {
                case .secureString(let secret)?: key = try PrivateKeyMaterial(pem: secret.plainText, source: "the PrivateKey parameter")
                case let value? where !value.isNull: key = try PrivateKeyMaterial(pem: LanguagePrimitives.toString(value), source: "the PrivateKey parameter")
                default: break
                }
            }
        } catch let error as CertificateError {
            throw context.failure(error.message, id: "Client20_TrustedInfrastructure_InvalidCertificate", category: .invalidData, reason: "ViError")
        }
        for value in p.list("KeyProvider") {
            let provider = try ObjectResolution.provider(value, context)
            do {
                try PowerCLISession.of(context).lab.setClientCertificate(provider: provider.name, certificate: certificate, key: key)
            } catch {
                throw ObjectResolution.labFailure(error, context)
            }
        }
    }
}
