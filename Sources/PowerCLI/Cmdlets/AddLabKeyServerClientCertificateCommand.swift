import ShellEngine
import TrustAuthority

/// `Add-LabKeyServerClientCertificate`: the KMS trusts an uploaded client certificate.
public final class AddLabKeyServerClientCertificateCommand: Cmdlet {
    public static let metadata = CommandMetadata(
        name: "Add-LabKeyServerClientCertificate", className: "Vtash.Lab.AddLabKeyServerClientCertificate", module: "Vtash.Lab",
        synopsis: "Uploads a client certificate to a simulated key server, which then trusts it.",
        description: "Plays the key server administrator uploading the key provider's client certificate (for example the file written by Export-TrustAuthorityKeyProviderClientCertificate).",
        parameters: [
            LabKeyServerParameter.metadata,
            ParameterMetadata("FilePath", .string, mandatory: true, position: 1, description: "Specifies the PEM file holding the client certificate."),
        ],
        examples: [HelpExample("Add-LabKeyServerClientCertificate -KeyServer 192.168.110.91 -FilePath clientcert.pem", "The key server 192.168.110.91 now trusts the certificate in clientcert.pem.")])

    public init() {}

    public func process(_ context: CommandContext) throws {
        let address = context.parameters.string("KeyServer") ?? ""
        let path = context.parameters.string("FilePath") ?? ""
        do {
            _ = try PowerCLISession.of(context).lab.administeredKeyServer(address)
        } catch {
            throw LabKeyServerParameter.failure(error, address: address, context, otherwise: "LabKeyServerNotFound")
        }
        let certificate: CertificateInfo
        do {
            certificate = try CertificateInfo(pem: try ObjectResolution.readText(path, context), source: "file '\(path)'")
        } catch let error as CertificateError {
            throw context.failure(error.message, id: "LabInvalidCertificate", category: .invalidData, reason: "LabException", targetName: path, targetType: "String")
        }
        do {
            try PowerCLISession.of(context).lab.trustClientCertificate(keyServer: address, certificate)
        } catch {
            throw LabKeyServerParameter.failure(error, address: address, context, otherwise: "LabTrustFailed")
        }
    }
}
